import {
  derivedEventId,
  GenerationRequested,
  Language,
  ProductContent,
  SourceProduct,
  taskIdFor,
} from '@content-pipeline/contracts';

/** The languages derived from the English master. */
export const DERIVED_LANGUAGES: readonly Language[] = ['ja', 'es', 'de', 'fr'];

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
 * attempt is requested from the master, with the id the regenerator would give it, so asking twice
 * generates once.
 */
export function planRederivation(
  master: EnglishMaster,
  languages: readonly DerivedLanguageFacts[],
  now: number,
): DerivationStep[] {
  return languages.map((facts): DerivationStep => {
    if (facts.activeVersionId && facts.activeMasterVersionId === master.versionId)
      return { language: facts.language, step: 'up_to_date', versionId: facts.activeVersionId };
    if (facts.fitVersionFromMasterId)
      return { language: facts.language, step: 'reactivate', versionId: facts.fitVersionFromMasterId };
    return {
      language: facts.language,
      step: 'request',
      request: {
        eventId: derivedEventId(
          'generation-requested',
          master.jobId,
          master.skuId,
          facts.language,
          master.versionId,
          1,
        ),
        taskId: taskIdFor(master.jobId, master.skuId, facts.language),
        jobId: master.jobId,
        skuId: master.skuId,
        language: facts.language,
        attempt: 1,
        maxAttempts: 3,
        promptVersion: master.promptVersion,
        lane: 'bulk',
        source: master.source,
        derivedLanguages: [],
        masterVersionId: master.versionId,
        masterContent: master.content,
        feedback: null,
        requestedAt: now,
        traceparent: '',
      },
    };
  });
}
