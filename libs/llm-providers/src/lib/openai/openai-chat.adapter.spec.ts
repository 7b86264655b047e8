import { FixtureServer, loadFixture } from '../../../test/support/fixture-server';
import { sampleInput } from '../../../test/support/sample-input';
import { ExtractionCache } from '../extraction/extraction.cache';
import { ProviderError } from '../port/provider.error';
import { OpenAiChatAdapter } from './openai-chat.adapter';

describe('OpenAiChatAdapter against recorded OpenAI responses', () => {
  const server = new FixtureServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const adapter = (timeoutMs = 2_000, cache = new ExtractionCache()) =>
    new OpenAiChatAdapter(
      {
        kind: 'openai',
        baseUrl: `${server.baseUrl}/v1`,
        apiKey: 'sk-test',
        model: 'gpt-4o-mini',
        timeoutMs,
        maxOutputTokens: 1_500,
        extraHeaders: { 'x-team': 'content' },
      },
      cache,
    );

  async function failure(promise: Promise<unknown>): Promise<ProviderError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ProviderError) return error;
      throw error;
    }
    throw new Error('expected a ProviderError');
  }

  it('extracts once, localises in JSON mode, sums usage and parses rate-limit headers', async () => {
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-success.json'),
    );
    const result = await adapter().generate(sampleInput(), {});
    expect(server.received).toHaveLength(2);
    const body = server.received[1].body as {
      response_format: unknown;
      messages: Array<{ content: string }>;
    };
    expect(server.received[1].path).toBe('/v1/chat/completions');
    expect(server.received[1].headers['x-team']).toBe('content');
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages[1].content).toContain('<product_source>');
    expect(body.messages[1].content).toContain('<core_extraction>');
    expect(result.usage).toEqual({
      promptTokens: 820 + 1450,
      completionTokens: 150 + 420,
      totalTokens: 2840,
    });
    expect(result.calls).toBe(2);
    expect(result.rateLimit).toEqual({
      limitRequests: 5000,
      limitTokens: 4000000,
      remainingRequests: 4999,
      remainingTokens: 3998765,
      resetRequestsMs: 12,
      resetTokensMs: 18,
    });
  });

  it('shares the cached extraction across languages and skips it when an English master is given', async () => {
    const cache = new ExtractionCache();
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-success.json'),
    );
    await adapter(2_000, cache).generate(sampleInput(), {});
    server.respondWith(loadFixture('openai/localization-success.json'));
    const ja = await adapter(2_000, cache).generate(sampleInput({ targetLanguage: 'ja' }), {});
    expect(server.received).toHaveLength(1);
    expect(ja.extraction).toBeDefined();
    server.respondWith(loadFixture('openai/localization-success.json'));
    const fresh = await adapter().generate(
      sampleInput({ targetLanguage: 'de', sourceContent: ja.content }),
      {},
    );
    expect(fresh.calls).toBe(1);
    expect(
      (server.received[0].body as { messages: Array<{ content: string }> }).messages[1].content,
    ).toContain('<english_master>');
  });

  it('repairs broken JSON once by sending the error back', async () => {
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-broken-json.json'),
      loadFixture('openai/localization-success.json'),
    );
    const repaired = await adapter().generate(sampleInput({ skuId: 'SKU-R2' }), {});
    expect(repaired.calls).toBe(3);
    const repairTurn = server.received[2].body as { messages: Array<{ role: string; content: string }> };
    expect(repairTurn.messages.at(-2)?.role).toBe('assistant');
    expect(repairTurn.messages.at(-1)?.content).toContain('<repair_request>');
    expect(repaired.usage.promptTokens).toBe(820 + 1450 + 1450);
  });

  it('gives up with content_failure after one failed repair', async () => {
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-broken-json.json'),
    );
    const error = await failure(adapter().generate(sampleInput({ skuId: 'SKU-B' }), {}));
    expect(error).toMatchObject({ kind: 'content_failure', code: 'invalid_output' });
    expect(server.received).toHaveLength(3);
    // Three answered calls were billed: extraction, the broken answer and its failed repair.
    expect(error.billed).toEqual({
      model: 'gpt-4o-mini-2024-07-18',
      usage: { promptTokens: 820 + 1450 * 2, completionTokens: 150 + 60 * 2, totalTokens: 970 + 1510 * 2 },
    });
  });

  it.each([
    ['openai/rate-limited.json', 'rate_limited', 'rate_limit_exceeded', 1500],
    ['openai/insufficient-quota.json', 'quota_exhausted', 'insufficient_quota', undefined],
    ['openai/server-error.json', 'retriable', 'server_error', undefined],
    ['openai/context-length.json', 'content_failure', 'context_length_exceeded', undefined],
    ['openai/invalid-api-key.json', 'fatal', 'invalid_api_key', undefined],
  ])('maps %s to %s', async (fixture, kind, code, retryAfterMs) => {
    server.respondWith(loadFixture(fixture));
    const error = await failure(adapter().generate(sampleInput({ skuId: `SKU-${code}` }), {}));
    expect(error).toMatchObject({ kind, code, retryAfterMs });
    expect(error.retriable).toBe(kind !== 'fatal' && kind !== 'quota_exhausted');
  });

  it('times out a hanging endpoint', async () => {
    server.respondWith({ status: 200, hang: true });
    const error = await failure(adapter(150).generate(sampleInput({ skuId: 'SKU-T' }), {}));
    expect(error).toMatchObject({ kind: 'retriable', code: 'timeout' });
  });
});
