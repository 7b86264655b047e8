import type { BatchLineResult } from '@content-pipeline/llm-providers';
import { mapBatchLine } from './batch-result.mapping';

const content = {
  translated_description: 'A steel bottle.',
  seo_title: 'Steel bottle | Brand',
  meta_description: 'Keeps drinks hot.',
  h1: 'Steel bottle',
  marketing_copy_a: 'a',
  marketing_copy_b: 'b',
  marketing_copy_c: 'c',
  suggested_keywords: ['bottle'],
};
const succeeded = (
  over: Partial<Extract<BatchLineResult, { outcome: 'succeeded' }>> = {},
): BatchLineResult => ({
  customId: 't_a1',
  outcome: 'succeeded',
  text: JSON.stringify(content),
  usage: { promptTokens: 1_000, completionTokens: 400 },
  model: 'gpt-4o-mini',
  truncated: false,
  refused: false,
  ...over,
});

describe('mapBatchLine', () => {
  it('turns a valid answer into the generation result an interactive call gives, with its usage', () => {
    const outcome = mapBatchLine(succeeded(), 'openai', 1_234);
    expect(outcome).toEqual({
      kind: 'content',
      result: {
        content,
        usage: { promptTokens: 1_000, completionTokens: 400, totalTokens: 1_400 },
        provider: 'openai',
        model: 'gpt-4o-mini',
        latencyMs: 1_234,
        calls: 1,
        repairCalls: 0,
      },
    });
  });

  it('sends an answer that fails the content schema interactive, with what it was billed', () => {
    const outcome = mapBatchLine(succeeded({ text: '{"seo_title": 3}' }), 'anthropic', 0);
    expect(outcome).toMatchObject({
      kind: 'retry',
      interactive: true,
      countsAsTry: true,
      billed: { model: 'gpt-4o-mini', promptTokens: 1_000, completionTokens: 400 },
    });
    expect((outcome as { reason: string }).reason).toMatch(/^invalid_output/);
  });

  it.each([
    [{ truncated: true }, 'truncated'],
    [{ refused: true }, 'refusal'],
    [{ text: 'not json at all' }, 'invalid_output'],
  ])('sends %j interactive (%s)', (over, reason) => {
    expect(mapBatchLine(succeeded(over), 'openai', 0)).toMatchObject({ kind: 'retry', interactive: true });
    expect((mapBatchLine(succeeded(over), 'openai', 0) as { reason: string }).reason).toContain(reason);
  });

  it('retries expired, errored and missing requests as a try, a cancelled one without counting it', () => {
    expect(mapBatchLine({ customId: 'x', outcome: 'expired' }, 'openai', 0)).toMatchObject({
      kind: 'retry',
      reason: 'batch_expired',
      countsAsTry: true,
      interactive: false,
    });
    expect(
      mapBatchLine({ customId: 'x', outcome: 'errored', code: 'api_error', message: 'boom' }, 'anthropic', 0),
    ).toMatchObject({ kind: 'retry', reason: 'api_error: boom', countsAsTry: true });
    expect(mapBatchLine(undefined, 'openai', 0)).toMatchObject({
      reason: 'missing_from_results',
      countsAsTry: true,
    });
    expect(mapBatchLine({ customId: 'x', outcome: 'canceled' }, 'openai', 0)).toMatchObject({
      reason: 'batch_cancelled',
      countsAsTry: false,
    });
  });

  describe('a field-only regeneration', () => {
    const input = {
      skuId: 'SKU-1',
      productName: 'n',
      productDescription: 'd',
      category: 'c',
      attributes: {},
      targetLanguage: 'en',
      attempt: 2,
      promptVersion: 'v2',
      regenerateFields: ['seo_title', 'h1'],
      previousContent: content,
    } as const;

    it('completes the asked fields from the previous attempt', () => {
      const outcome = mapBatchLine(
        succeeded({ text: JSON.stringify({ seo_title: 'Steel bottle 500 ml | Brand', h1: 'Bottle' }) }),
        'openai',
        0,
        input,
      );
      expect(outcome).toMatchObject({
        kind: 'content',
        result: { content: { ...content, seo_title: 'Steel bottle 500 ml | Brand', h1: 'Bottle' } },
      });
    });

    it('sends an answer without an asked field to the interactive lane', () => {
      expect(
        mapBatchLine(succeeded({ text: JSON.stringify({ seo_title: 'Title' }) }), 'openai', 0, input),
      ).toMatchObject({ kind: 'retry', interactive: true, reason: expect.stringContaining('h1') });
    });
  });
});
