import { ProductContent, SourceProduct } from '@content-pipeline/contracts';
import { GenerationTaskPolicy } from './generation-task-policy';
import { HumanContentContext, humanContentGenerated } from './human-copy';
import { humanCopyRequestEventId } from './request-ids';

const context: HumanContentContext = {
  purpose: 'variant',
  jobId: 'job-1',
  taskId: 'job-1:SKU-1:en',
  skuId: 'SKU-1',
  language: 'en',
  promptVersion: 'v1',
  source: { productName: '耳机', sourceHash: 'h' } as SourceProduct,
  masterVersionId: null,
  masterContent: null,
  reviewedVersionId: null,
};
const policy: GenerationTaskPolicy = { maxAttempts: 3, derivedLanguages: ['ja', 'es', 'de', 'fr'] };
const content = { seoTitle: 'Human title' } as ProductContent;

describe('humanContentGenerated', () => {
  it('is attempt 1 of 1 by the human editor, with the stored source', () => {
    expect(humanContentGenerated(context, content, policy, 5)).toMatchObject({
      provider: 'human',
      model: 'editor',
      attempt: 1,
      maxAttempts: 1,
      source: context.source,
      content,
      generatedAt: 5,
    });
  });

  it('derives the same event id for the same copy and a different one for other copy or purpose', () => {
    const first = humanContentGenerated(context, content, policy, 1).eventId;
    expect(humanContentGenerated(context, content, policy, 2).eventId).toBe(first);
    expect(
      humanContentGenerated(context, { seoTitle: 'Other' } as ProductContent, policy, 1).eventId,
    ).not.toBe(first);
    expect(
      humanContentGenerated({ ...context, purpose: 'review_edit' }, content, policy, 1).eventId,
    ).not.toBe(first);
  });

  it('names the request it stands for after its own event id', () => {
    const event = humanContentGenerated(context, content, policy, 1);
    expect(event.requestEventId).toBe(humanCopyRequestEventId(event.eventId));
  });

  it("fans out the derived languages from a reviewer's English edits, never from a variant", () => {
    const edit = { ...context, purpose: 'review_edit' as const, reviewedVersionId: 'en-v1' };
    expect(humanContentGenerated(edit, content, policy, 1).derivedLanguages).toEqual([
      'ja',
      'es',
      'de',
      'fr',
    ]);
    expect(humanContentGenerated(context, content, policy, 1).derivedLanguages).toEqual([]);
    expect(
      humanContentGenerated({ ...edit, language: 'ja', masterVersionId: 'en-v1' }, content, policy, 1)
        .derivedLanguages,
    ).toEqual([]);
  });
});
