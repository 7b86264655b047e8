import { contentVersionIdFor, type QualityVerdictIssued } from '@content-pipeline/contracts';
import type { ContentVersion } from '../content-version/content-version.entity';
import type { HumanSubmission } from '../human-copy/human-submission.entity';
import type { VersionStoreConfig } from '../version-store.config';
import { StoreVersionUseCase } from './store-version.use-case';
import type {
  NewContentVersion,
  SkuLanguageState,
  StoredVersionConsequence,
  VersionStorageRepository,
  VersionStorageTransaction,
} from './version-storage.repository';

/** The storage's contract without a database: states, versions and the consequences applied to them. */
class InMemoryVersionStorage implements VersionStorageRepository {
  readonly states = new Map<string, SkuLanguageState>();
  readonly versions = new Map<string, NewContentVersion>();
  readonly applied: StoredVersionConsequence[] = [];
  readonly submissions = new Map<string, HumanSubmission>();

  async transaction<T>(work: (transaction: VersionStorageTransaction) => Promise<T>): Promise<T> {
    return work({
      lockStates: async (keys) =>
        keys.map(({ skuId, language }) => {
          const key = `${skuId}/${language}`;
          const state = this.states.get(key) ?? {
            skuId,
            language,
            activeVersionId: null,
            pinned: false,
            nextVersionNumber: 1,
          };
          this.states.set(key, state);
          return { ...state };
        }),
      humanSubmission: async (generatedEventId) => this.submissions.get(generatedEventId) ?? null,
      insertNew: async (versions) => {
        const inserted = new Set<string>();
        for (const version of versions)
          if (!this.versions.has(version.versionId)) {
            this.versions.set(version.versionId, version);
            inserted.add(version.versionId);
          }
        return inserted;
      },
      apply: async (consequences) => {
        for (const consequence of consequences) {
          const { version, activate, previousActiveVersionId } = consequence;
          const state = this.states.get(`${version.skuId}/${version.language}`) as SkuLanguageState;
          state.nextVersionNumber = version.versionNumber + 1;
          if (activate) {
            state.activeVersionId = version.versionId;
            const previous = previousActiveVersionId && this.versions.get(previousActiveVersionId);
            if (previous) previous.status = 'inactive';
          }
          this.applied.push(consequence);
        }
      },
      findVersions: async (ids) =>
        ids.flatMap((id) => (this.versions.has(id) ? [this.versions.get(id) as ContentVersion] : [])),
    });
  }
}

let sequence = 0;
function verdict(overrides: Partial<QualityVerdictIssued> = {}): QualityVerdictIssued {
  sequence += 1;
  return {
    eventId: `verdict-${sequence}`,
    generatedEventId: `generated-${sequence}`,
    taskId: 'job-1:SKU-1:en',
    jobId: 'job-1',
    skuId: 'SKU-1',
    language: 'en',
    attempt: 1,
    maxAttempts: 3,
    promptVersion: 'v1',
    lane: 'bulk',
    derivedLanguages: [],
    masterVersionId: null,
    masterContent: null,
    provider: 'dify',
    model: 'm',
    usage: {
      promptTokens: 10,
      completionTokens: 5,
      reportedPriceAmount: null,
      reportedPriceCurrency: null,
      cachedPromptTokens: 0,
      cacheWriteTokens: 0,
    },
    score: 90,
    verdict: 'pass',
    issues: [],
    checkedAt: 0,
    traceparent: '',
    source: {
      productName: 'n',
      productDescription: 'd',
      category: 'c',
      brand: '',
      attributes: {},
      sourceHash: 'h',
    },
    content: {
      translatedDescription: 't',
      seoTitle: 's',
      metaDescription: 'm',
      h1: 'h',
      marketingCopyA: 'a',
      marketingCopyB: 'b',
      marketingCopyC: 'c',
      suggestedKeywords: [],
    },
    ...overrides,
  } as QualityVerdictIssued;
}

function store() {
  const storage = new InMemoryVersionStorage();
  const useCase = new StoreVersionUseCase(storage, { activationMinScore: 80 } as VersionStoreConfig);
  return { storage, useCase };
}

describe('StoreVersionUseCase', () => {
  it('numbers the versions of a SKU and language in turn and activates each that passes, retiring the previous', async () => {
    const { storage, useCase } = store();
    const first = verdict();
    const second = verdict();
    expect(await useCase.execute(first)).toBe('stored');
    expect(await useCase.execute(second)).toBe('stored');
    const firstId = contentVersionIdFor(first.eventId);
    const secondId = contentVersionIdFor(second.eventId);
    expect(storage.versions.get(firstId)).toMatchObject({ versionNumber: 1, status: 'inactive' });
    expect(storage.versions.get(secondId)).toMatchObject({ versionNumber: 2, status: 'active' });
    expect(storage.states.get('SKU-1/en')).toMatchObject({ activeVersionId: secondId, nextVersionNumber: 3 });
    expect(storage.applied[1]).toMatchObject({
      activate: true,
      previousActiveVersionId: firstId,
      actor: 'system',
      reason: 'passed the quality gate with score 90',
    });
  });

  it('stores but does not show what is not fit or scores below the threshold, nor anything on a pinned SKU', async () => {
    const { storage, useCase } = store();
    await useCase.execute(verdict({ verdict: 'human_review', score: 95 }));
    await useCase.execute(verdict({ score: 79 }));
    storage.states.set('SKU-2/en', {
      skuId: 'SKU-2',
      language: 'en',
      activeVersionId: null,
      pinned: true,
      nextVersionNumber: 1,
    });
    await useCase.execute(verdict({ skuId: 'SKU-2' }));
    expect([...storage.versions.values()].map((version) => version.status)).toEqual([
      'inactive',
      'inactive',
      'inactive',
    ]);
    expect(storage.applied.every(({ activate }) => !activate)).toBe(true);
    expect(storage.states.get('SKU-1/en')).toMatchObject({ activeVersionId: null, nextVersionNumber: 3 });
  });

  it('stores a redelivered verdict once and changes nothing the second time', async () => {
    const { storage, useCase } = store();
    const once = verdict();
    expect(await useCase.execute(once)).toBe('stored');
    expect(await useCase.execute(once)).toBe('duplicate');
    expect(storage.versions.size).toBe(1);
    expect(storage.applied).toHaveLength(1);
    expect(storage.states.get('SKU-1/en')).toMatchObject({ nextVersionNumber: 2 });
  });

  it("activates a reviewer's edits in the reviewer's name but never a candidate variant on its own", async () => {
    const { storage, useCase } = store();
    const edit = verdict({ provider: 'human' });
    storage.submissions.set(edit.generatedEventId, {
      generatedEventId: edit.generatedEventId,
      purpose: 'review_edit',
      submittedBy: 'reviewer:ana',
      reason: 'tone',
    } as HumanSubmission);
    const variant = verdict({ provider: 'human', language: 'de' });
    storage.submissions.set(variant.generatedEventId, {
      generatedEventId: variant.generatedEventId,
      purpose: 'variant',
      submittedBy: 'reviewer:ana',
      reason: 'test B',
    } as HumanSubmission);
    await useCase.execute(edit);
    await useCase.execute(variant);
    expect(
      storage.applied.map(({ activate, actor, submissionEventId }) => ({
        activate,
        actor,
        submissionEventId,
      })),
    ).toEqual([
      { activate: true, actor: 'reviewer:ana', submissionEventId: edit.generatedEventId },
      { activate: false, actor: 'reviewer:ana', submissionEventId: variant.generatedEventId },
    ]);
    expect(storage.applied[0].reason).toBe("reviewer's edits passed the quality gate with score 90: tone");
  });
});
