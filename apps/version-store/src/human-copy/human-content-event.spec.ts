import { ProductContent, SourceProduct } from '@content-pipeline/contracts';
import { HumanContentContext, humanContentGenerated } from './human-content-event';

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
  derivedLanguages: [],
  reviewedVersionId: null,
};
const content = { seoTitle: 'Human title' } as ProductContent;

describe('humanContentGenerated', () => {
  it('is attempt 1 of 1 by the human editor, with the stored source', () => {
    expect(humanContentGenerated(context, content, 5)).toMatchObject({
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
    const first = humanContentGenerated(context, content, 1).eventId;
    expect(humanContentGenerated(context, content, 2).eventId).toBe(first);
    expect(humanContentGenerated(context, { seoTitle: 'Other' } as ProductContent, 1).eventId).not.toBe(
      first,
    );
    expect(humanContentGenerated({ ...context, purpose: 'review_edit' }, content, 1).eventId).not.toBe(first);
  });
});
