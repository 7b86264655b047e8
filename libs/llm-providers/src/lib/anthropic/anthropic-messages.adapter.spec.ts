import { FixtureServer, loadFixture } from '../../../test/support/fixture-server';
import { sampleInput } from '../../../test/support/sample-input';
import { ProviderError } from '../port/provider.error';
import { AnthropicMessagesAdapter } from './anthropic-messages.adapter';

describe('AnthropicMessagesAdapter against recorded Anthropic responses', () => {
  const server = new FixtureServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const adapter = () =>
    new AnthropicMessagesAdapter({
      kind: 'anthropic',
      baseUrl: server.baseUrl,
      apiKey: 'sk-ant-test',
      model: 'claude-sonnet-4-20250514',
      timeoutMs: 2_000,
      maxOutputTokens: 1_500,
      anthropicVersion: '2023-06-01',
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

  it('sends the system prompt apart, reads JSON from text blocks and sums input/output tokens', async () => {
    server.respondWith(
      loadFixture('anthropic/extraction-success.json'),
      loadFixture('anthropic/localization-success.json'),
    );
    const result = await adapter().generate(sampleInput(), {});
    const request = server.received[1];
    const body = request.body as { system: string; messages: Array<{ role: string }>; max_tokens: number };
    expect(request.path).toBe('/v1/messages');
    expect(request.headers['x-api-key']).toBe('sk-ant-test');
    expect(request.headers['anthropic-version']).toBe('2023-06-01');
    expect(body.system).toContain('copywriter');
    expect(body.messages.map((m) => m.role)).toEqual(['user']);
    expect(result.content.seo_title).toBe('Orbis Electronics Gadget | Quality You Can Feel');
    expect(result.usage).toEqual({ promptTokens: 2500, completionTokens: 650, totalTokens: 3150 });
    expect(result.rateLimit).toMatchObject({
      remainingRequests: 3999,
      remainingTokens: 398000,
      limitTokens: 400000,
    });
    expect(result.provider).toBe('anthropic');
  });

  it.each([
    ['anthropic/overloaded.json', 'retriable', 'overloaded_error', undefined],
    ['anthropic/rate-limited.json', 'rate_limited', 'rate_limit_error', 3000],
    ['anthropic/invalid-request.json', 'fatal', 'invalid_request_error', undefined],
    ['anthropic/api-error.json', 'retriable', 'api_error', undefined],
  ])('maps %s to %s', async (fixture, kind, code, retryAfterMs) => {
    server.respondWith(loadFixture(fixture));
    const error = await failure(adapter().generate(sampleInput({ skuId: `SKU-${code}` }), {}));
    expect(error).toMatchObject({ kind, code, retryAfterMs });
  });
});
