import { derivedEventId, ProductContent, SourceProduct } from '@content-pipeline/contracts';
import { GenerationTaskPolicy } from './generation-task-policy';
import { EnglishMaster, planRederivation } from './rederivation';

const master: EnglishMaster = {
  versionId: 'en-v1',
  jobId: 'job-1',
  skuId: 'SKU-1',
  promptVersion: 'v1',
  content: { seoTitle: 'English' } as ProductContent,
  source: { productName: '耳机', sourceHash: 'h' } as SourceProduct,
};

const policy: GenerationTaskPolicy = { maxAttempts: 3, derivedLanguages: ['ja', 'es', 'de', 'fr'] };

describe('planRederivation', () => {
  it('requests a first bulk attempt from the master where the language derives from another one', () => {
    const [step] = planRederivation(
      master,
      [
        {
          language: 'ja',
          activeVersionId: 'ja-v2',
          activeMasterVersionId: 'en-v2',
          fitVersionFromMasterId: null,
        },
      ],
      policy,
      1_000,
    );
    expect(step).toEqual({
      language: 'ja',
      step: 'request',
      request: expect.objectContaining({
        eventId: derivedEventId('generation-requested', 'job-1', 'SKU-1', 'ja', 'en-v1', 1),
        taskId: 'job-1:SKU-1:ja',
        attempt: 1,
        maxAttempts: 3,
        lane: 'bulk',
        masterVersionId: 'en-v1',
        masterContent: master.content,
        source: master.source,
        derivedLanguages: [],
        feedback: null,
      }),
    });
  });

  it('gives a requested language the configured attempts', () => {
    const [step] = planRederivation(
      master,
      [{ language: 'fr', activeVersionId: null, activeMasterVersionId: null, fitVersionFromMasterId: null }],
      { ...policy, maxAttempts: 5 },
      0,
    );
    expect(step.step === 'request' && step.request.maxAttempts).toBe(5);
  });

  it('reactivates a fit version already derived from the master and leaves up-to-date languages alone', () => {
    expect(
      planRederivation(
        master,
        [
          {
            language: 'es',
            activeVersionId: 'es-v2',
            activeMasterVersionId: 'en-v2',
            fitVersionFromMasterId: 'es-v1',
          },
          {
            language: 'de',
            activeVersionId: 'de-v1',
            activeMasterVersionId: 'en-v1',
            fitVersionFromMasterId: 'de-v1',
          },
        ],
        policy,
        1_000,
      ),
    ).toEqual([
      { language: 'es', step: 'reactivate', versionId: 'es-v1' },
      { language: 'de', step: 'up_to_date', versionId: 'de-v1' },
    ]);
  });
});
