import { FixtureServer, loadFixture } from '../../../test/support/fixture-server';
import { sampleInput } from '../../../test/support/sample-input';
import { CORE_EXTRACTION_OUTPUT, PRODUCT_CONTENT_OUTPUT } from '../content/structured-output';
import type { AnthropicProviderConfig } from '../port/provider.config';
import { ProviderError } from '../port/provider.error';
import { AnthropicMessagesAdapter } from './anthropic-messages.adapter';

// The adapter's own deadline (10 s below) must fire before Jest's.
jest.setTimeout(15_000);

describe('AnthropicMessagesAdapter (official SDK) against recorded Anthropic responses', () => {
  const server = new FixtureServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const adapter = (overrides: Partial<AnthropicProviderConfig> = {}) =>
    new AnthropicMessagesAdapter({
      kind: 'anthropic',
      baseUrl: server.baseUrl,
      apiKey: 'sk-ant-test',
      model: 'claude-sonnet-4-20250514',
      // Generous: the first call of a run loads the SDK and its first request; under a busy CI machine that alone took > 2 s.
      timeoutMs: 10_000,
      maxOutputTokens: 1_500,
      anthropicVersion: '2023-06-01',
      stream: false,
      ...overrides,
    });

  async function failure(promise: Promise<unknown>): Promise<ProviderError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ProviderError) return error;
      throw error;
    }
    throw new Error('expected a ProviderError');
  }

  type SentBody = {
    system: Array<{ type: string; text: string; cache_control?: unknown }>;
    messages: Array<{ role: string }>;
    tools: Array<{ name: string; input_schema: unknown }>;
    tool_choice: unknown;
    stream?: boolean;
  };

  it('forces the output tool, reads its input as the answer and sums input/output tokens', async () => {
    server.respondWith(
      loadFixture('anthropic/extraction-tool-use.json'),
      loadFixture('anthropic/localization-tool-use.json'),
    );
    const result = await adapter().generate(sampleInput(), {});
    const request = server.received[1];
    const body = request.body as SentBody;
    expect(request.path).toBe('/v1/messages');
    // This SDK version sends the key as a bearer token; the API takes it that way or as x-api-key.
    expect(request.headers['x-api-key'] ?? request.headers.authorization).toMatch(/sk-ant-test$/);
    expect(request.headers['anthropic-version']).toBe('2023-06-01');
    // The system prompt is the static prefix, marked as the cache breakpoint.
    expect(body.system).toEqual([
      { type: 'text', text: expect.stringContaining('copywriter'), cache_control: { type: 'ephemeral' } },
    ]);
    expect(body.messages.map((m) => m.role)).toEqual(['user']);
    expect(body.tools).toEqual([
      expect.objectContaining({ name: 'product_content', input_schema: PRODUCT_CONTENT_OUTPUT.schema }),
    ]);
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'product_content' });
    expect((server.received[0].body as SentBody).tools[0].input_schema).toEqual(
      CORE_EXTRACTION_OUTPUT.schema,
    );
    expect(result.content.seo_title).toBe('Orbis Electronics Gadget | Quality You Can Feel');
    expect(result).toMatchObject({ calls: 2, repairCalls: 0, provider: 'anthropic' });
    expect(result.usage.totalTokens).toBe(result.usage.promptTokens + result.usage.completionTokens);
    expect(result.rateLimit).toMatchObject({
      remainingRequests: 3999,
      remainingTokens: 398000,
      limitTokens: 400000,
    });
  });

  it('reports cache reads and writes apart, as part of the prompt tokens', async () => {
    const extraction = loadFixture('anthropic/extraction-tool-use.json');
    const localization = loadFixture('anthropic/localization-tool-use.json');
    (extraction.body as { usage: unknown }).usage = {
      input_tokens: 300,
      output_tokens: 100,
      cache_creation_input_tokens: 1100,
    };
    (localization.body as { usage: unknown }).usage = {
      input_tokens: 400,
      output_tokens: 500,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 1300,
    };
    server.respondWith(extraction, localization);
    const result = await adapter().generate(sampleInput({ skuId: 'SKU-CACHE' }), {});
    expect(result.usage).toEqual({
      promptTokens: 300 + 1100 + 400 + 1300,
      completionTokens: 600,
      totalTokens: 3700,
      cachedPromptTokens: 1300,
      cacheWriteTokens: 1100,
    });
  });

  it('streams: assembles the tool input from its JSON deltas and the usage from message_start/delta', async () => {
    server.respondWith(
      loadFixture('anthropic/extraction-streaming.json'),
      loadFixture('anthropic/localization-streaming.json'),
    );
    const streamed = await adapter({ stream: true }).generate(sampleInput({ skuId: 'SKU-S' }), {});
    server.respondWith(
      loadFixture('anthropic/extraction-tool-use.json'),
      loadFixture('anthropic/localization-tool-use.json'),
    );
    const whole = await adapter().generate(sampleInput({ skuId: 'SKU-W' }), {});
    expect((server.received[0].body as SentBody).stream).toBeUndefined();
    expect(streamed.content).toEqual(whole.content);
    expect(streamed.usage).toEqual(whole.usage);
    expect(streamed.extraction?.technical_specs).toEqual(whole.extraction?.technical_specs);
  });

  it('reports a stream cut before message_stop as retriable', async () => {
    server.respondWith(
      loadFixture('anthropic/extraction-streaming.json'),
      loadFixture('anthropic/localization-streaming-cut.json'),
    );
    expect(
      await failure(adapter({ stream: true }).generate(sampleInput({ skuId: 'SKU-C' }), {})),
    ).toMatchObject({
      kind: 'retriable',
      code: 'stream_incomplete',
    });
  });

  it.each([
    ['anthropic/overloaded.json', 'retriable', 'overloaded_error', undefined],
    ['anthropic/rate-limited.json', 'rate_limited', 'rate_limit_error', 3000],
    ['anthropic/invalid-request.json', 'fatal', 'invalid_request_error', undefined],
    ['anthropic/api-error.json', 'retriable', 'api_error', undefined],
    ['anthropic/authentication.json', 'fatal', 'authentication_error', undefined],
    ['anthropic/not-found.json', 'fatal', 'not_found_error', undefined],
    ['anthropic/billing.json', 'quota_exhausted', 'billing_error', undefined],
  ])('maps %s to %s (the SDK does not retry it)', async (fixture, kind, code, retryAfterMs) => {
    server.respondWith(loadFixture(fixture));
    const error = await failure(adapter().generate(sampleInput({ skuId: `SKU-${code}` }), {}));
    expect(error).toMatchObject({ kind, code, retryAfterMs });
    expect(server.received).toHaveLength(1);
  });

  it('times out a hanging endpoint', async () => {
    server.respondWith({ status: 200, hang: true });
    expect(
      await failure(adapter({ timeoutMs: 150, stream: true }).generate(sampleInput({ skuId: 'SKU-T' }), {})),
    ).toMatchObject({ kind: 'retriable', code: 'timeout' });
  });
});
