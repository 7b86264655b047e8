import type {
  GenerationRequested,
  Language,
  ProductContent,
  SourceProduct,
} from '@content-pipeline/contracts';
import { derivedLanguageRequest } from './derived-language-request';
import type { GenerationTaskPolicy } from './generation-task-policy';

/** The English version active now, which the derived languages should derive from. */
export interface EnglishMaster {
  versionId: string;
  jobId: string;
  skuId: string;
  promptVersion: string;
  content: ProductContent;
  source: SourceProduct;
}

/** What a derived language shows now, and whether a fit version derived from the master already exists. */
export interface DerivedLanguageFacts {
  language: Language;
  activeVersionId: string | null;
  activeMasterVersionId: string | null;
  /** Newest version of this language derived from the master that may be shown, if any. */
  fitVersionFromMasterId: string | null;
}

export type DerivationStep =
  | { language: Language; step: 'up_to_date'; versionId: string }
  | { language: Language; step: 'reactivate'; versionId: string }
  | { language: Language; step: 'request'; request: GenerationRequested };

/**
 * Brings the derived languages in line with the active English master: nothing to do where the active
 * version already derives from it; where a fit version derived from it exists (the master was active
 * before), that version is activated again instead of paying for a new generation; elsewhere a first
 * attempt is requested from the master on the bulk lane — the same request (and event id) the regenerator
 * sends when the master passes, so asking twice generates once.
 */
export function planRederivation(
  master: EnglishMaster,
  languages: readonly DerivedLanguageFacts[],
  policy: GenerationTaskPolicy,
  now: number,
): DerivationStep[] {
  const from = {
    jobId: master.jobId,
    skuId: master.skuId,
    promptVersion: master.promptVersion,
    source: master.source,
    masterVersionId: master.versionId,
    masterContent: master.content,
    lane: 'bulk' as const,
    maxAttempts: policy.maxAttempts,
    traceparent: '',
  };
  return languages.map((facts): DerivationStep => {
    if (facts.activeVersionId && facts.activeMasterVersionId === master.versionId)
      return { language: facts.language, step: 'up_to_date', versionId: facts.activeVersionId };
    if (facts.fitVersionFromMasterId)
      return { language: facts.language, step: 'reactivate', versionId: facts.fitVersionFromMasterId };
    return {
      language: facts.language,
      step: 'request',
      request: derivedLanguageRequest(from, facts.language, now),
    };
  });
}
