import { FixtureServer, loadFixture } from '../../../test/support/fixture-server';
import { sampleInput } from '../../../test/support/sample-input';
import { PRODUCT_CONTENT_OUTPUT } from '../content/structured-output';
import { ExtractionCache } from '../extraction/extraction.cache';
import type { OpenAiProviderConfig } from '../port/provider.config';
import type { CallAdmission, PlannedCall } from '../port/content-generation.port';
import { CallNotAdmittedError, ProviderError } from '../port/provider.error';
import { OpenAiChatAdapter } from './openai-chat.adapter';

// The adapter's own deadline (10 s below) must fire before Jest's.
jest.setTimeout(15_000);

describe('OpenAiChatAdapter (official SDK) against recorded OpenAI responses', () => {
  const server = new FixtureServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const adapter = (overrides: Partial<OpenAiProviderConfig> = {}, cache = new ExtractionCache()) =>
    new OpenAiChatAdapter(
      {
        kind: 'openai',
        baseUrl: `${server.baseUrl}/v1`,
        apiKey: 'sk-test',
        model: 'gpt-4o-mini',
        // Generous: the first call of a run loads the SDK and its first request; under a busy CI machine that alone took > 2 s.
        timeoutMs: 10_000,
        maxOutputTokens: 1_500,
        responseFormat: 'json_schema',
        stream: false,
        extraHeaders: { 'x-team': 'content' },
        ...overrides,
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

  type SentBody = {
    response_format: { type: string; json_schema?: { name: string; strict: boolean; schema: unknown } };
    messages: Array<{ role: string; content: string }>;
    stream?: boolean;
  };

  it('asks for a strict json_schema per call, extracts once, sums usage and parses rate-limit headers', async () => {
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-success.json'),
    );
    const result = await adapter().generate(sampleInput(), {});
    expect(server.received).toHaveLength(2);
    const extraction = server.received[0].body as SentBody;
    const body = server.received[1].body as SentBody;
    expect(server.received[1].path).toBe('/v1/chat/completions');
    expect(server.received[1].headers['x-team']).toBe('content');
    expect(server.received[1].headers.authorization).toBe('Bearer sk-test');
    expect(extraction.response_format.json_schema?.name).toBe('core_extraction');
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'product_content',
        description: PRODUCT_CONTENT_OUTPUT.description,
        strict: true,
        schema: PRODUCT_CONTENT_OUTPUT.schema,
      },
    });
    expect(body.messages[1].content).toContain('<core_extraction>');
    expect(result.usage).toEqual({
      promptTokens: 820 + 1450,
      completionTokens: 150 + 420,
      totalTokens: 2840,
    });
    expect(result).toMatchObject({ calls: 2, repairCalls: 0 });
    expect(result.extraction?.technical_specs).toEqual({ Battery: '5,000 mAh', Runtime: '58 hours' });
    expect(result.rateLimit).toEqual({
      limitRequests: 5000,
      limitTokens: 4000000,
      remainingRequests: 4999,
      remainingTokens: 3998765,
      resetRequestsMs: 12,
      resetTokensMs: 18,
    });
  });

  it('reports the prompt tokens the provider served from its cache', async () => {
    const localization = loadFixture('openai/localization-success.json');
    (
      localization.body as { usage: { prompt_tokens_details: { cached_tokens: number } } }
    ).usage.prompt_tokens_details.cached_tokens = 1280;
    server.respondWith(loadFixture('openai/extraction-success.json'), localization);
    const result = await adapter().generate(sampleInput({ skuId: 'SKU-CACHED' }), {});
    expect(result.usage).toEqual({
      promptTokens: 820 + 1450,
      completionTokens: 150 + 420,
      totalTokens: 2840,
      cachedPromptTokens: 1280,
    });
  });

  it('falls back to JSON mode for endpoints without schema support', async () => {
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-success.json'),
    );
    await adapter({ responseFormat: 'json_object' }).generate(sampleInput({ skuId: 'SKU-JM' }), {});
    expect((server.received[1].body as SentBody).response_format).toEqual({ type: 'json_object' });
  });

  it('streams: joins the deltas, reads usage from the last chunk and the headers of the response', async () => {
    server.respondWith(
      loadFixture('openai/extraction-streaming.json'),
      loadFixture('openai/localization-streaming.json'),
    );
    const result = await adapter({ stream: true }).generate(sampleInput({ skuId: 'SKU-S' }), {});
    const body = server.received[1].body as SentBody & { stream_options?: unknown };
    expect(body.stream).toBe(true);
    expect(body.stream_options).toEqual({ include_usage: true });
    expect(result.content.h1).toBe('Discover the Orbis Electronics Gadget');
    expect(result.extraction?.technical_specs['Battery']).toBe('5,000 mAh');
    expect(result.usage.totalTokens).toBe(2840);
    expect(result.rateLimit?.remainingTokens).toBe(3998765);
  });

  it('shares the cached extraction across languages and skips it when an English master is given', async () => {
    const cache = new ExtractionCache();
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-success.json'),
    );
    await adapter({}, cache).generate(sampleInput(), {});
    server.respondWith(loadFixture('openai/localization-success.json'));
    const ja = await adapter({}, cache).generate(sampleInput({ targetLanguage: 'ja' }), {});
    expect(server.received).toHaveLength(1);
    expect(ja.extraction).toBeDefined();
    server.respondWith(loadFixture('openai/localization-success.json'));
    const fresh = await adapter().generate(
      sampleInput({ targetLanguage: 'de', sourceContent: ja.content }),
      {},
    );
    expect(fresh.calls).toBe(1);
    expect((server.received[0].body as SentBody).messages[1].content).toContain('<english_master>');
  });

  describe('a field-only regeneration (v2)', () => {
    const previous = {
      translated_description: 'The Orbis gadget. Battery: 5,000 mAh. Runtime: 58 hours.',
      seo_title: 'Orbis Electronics Gadget With a Title Far Too Long For Any Search Result Page | Orbis',
      meta_description: 'Discover the Orbis gadget.',
      h1: 'Discover the Orbis Gadget',
      marketing_copy_a: 'Solid build. Buy now.',
      marketing_copy_b: 'Feel the difference.',
      marketing_copy_c: 'Buy now while stock lasts.',
      suggested_keywords: ['Orbis'],
    };
    const regeneration = () =>
      sampleInput({
        promptVersion: 'v2',
        attempt: 2,
        feedback: 'seo_title too long; marketing_copy_b has no call to action',
        regenerateFields: ['marketing_copy_b', 'seo_title'],
        previousContent: previous,
      });
    const answerWith = (content: unknown) => {
      const reply = loadFixture('openai/localization-success.json');
      (reply.body as { choices: Array<{ message: { content: string } }> }).choices[0].message.content =
        JSON.stringify(content);
      return reply;
    };

    it('asks for the failing fields alone, without an extraction, and keeps the passing ones', async () => {
      server.respondWith(
        answerWith({ seo_title: 'Orbis Gadget | Orbis', marketing_copy_b: 'Feel the difference. Shop now.' }),
      );
      const result = await adapter().generate(regeneration(), {});
      expect(server.received).toHaveLength(1);
      const body = server.received[0].body as SentBody;
      const schema = body.response_format.json_schema?.schema as { required: string[] };
      expect(body.response_format.json_schema?.name).toBe('product_content_fields');
      expect(schema.required).toEqual(['seo_title', 'marketing_copy_b']);
      expect(body.messages[1].content).toContain(
        '<regenerate_fields>\n["seo_title","marketing_copy_b"]\n</regenerate_fields>',
      );
      // Neither the listing nor an extraction: the kept description carries the facts.
      expect(body.messages[1].content).not.toContain('<core_extraction>');
      expect(body.messages[1].content).not.toContain('product_description');
      expect(body.messages[1].content).toContain(
        `<kept_fields>\n${JSON.stringify({ translated_description: previous.translated_description })}\n</kept_fields>`,
      );
      expect(body.messages[0].content).toMatch(/^You correct some fields of product page content in English/);
      expect(result.content).toEqual({
        ...previous,
        seo_title: 'Orbis Gadget | Orbis',
        marketing_copy_b: 'Feel the difference. Shop now.',
      });
    });

    it('rewrites the whole set under v1, as before', async () => {
      server.respondWith(
        loadFixture('openai/extraction-success.json'),
        loadFixture('openai/localization-success.json'),
      );
      const result = await adapter().generate({ ...regeneration(), promptVersion: 'v1' }, {});
      const body = server.received[1].body as SentBody;
      expect(body.response_format.json_schema?.name).toBe('product_content');
      expect(body.messages[1].content).not.toContain('<regenerate_fields>');
      expect(result.content.h1).toBe('Discover the Orbis Electronics Gadget');
    });

    it('repairs an answer that leaves out an asked field, like any invalid answer', async () => {
      server.respondWith(
        answerWith({ seo_title: 'Orbis Gadget | Orbis' }),
        answerWith({ seo_title: 'Orbis Gadget | Orbis', marketing_copy_b: 'Shop now.' }),
      );
      const result = await adapter().generate(regeneration(), {});
      expect(result).toMatchObject({ calls: 2, repairCalls: 1 });
      expect(result.content.marketing_copy_b).toBe('Shop now.');
      expect(result.content.h1).toBe(previous.h1);
    });
  });

  it('repairs an invalid answer once by sending the error back, and counts the repair', async () => {
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-broken-json.json'),
      loadFixture('openai/localization-success.json'),
    );
    const repaired = await adapter().generate(sampleInput({ skuId: 'SKU-R2' }), {});
    expect(repaired).toMatchObject({ calls: 3, repairCalls: 1 });
    const repairTurn = server.received[2].body as SentBody;
    expect(repairTurn.messages.at(-2)?.role).toBe('assistant');
    expect(repairTurn.messages.at(-1)?.content).toContain('<repair_request>');
    expect(repairTurn.response_format.type).toBe('json_schema');
    expect(repaired.usage.promptTokens).toBe(820 + 1450 + 1450);
  });

  it('gives up with content_failure after one failed repair, billing every answered call', async () => {
    server.respondWith(
      loadFixture('openai/extraction-success.json'),
      loadFixture('openai/localization-broken-json.json'),
    );
    const error = await failure(adapter().generate(sampleInput({ skuId: 'SKU-B' }), {}));
    expect(error).toMatchObject({ kind: 'content_failure', code: 'invalid_output' });
    expect(server.received).toHaveLength(3);
    expect(error.billed).toEqual({
      model: 'gpt-4o-mini-2024-07-18',
      usage: { promptTokens: 820 + 1450 * 2, completionTokens: 150 + 60 * 2, totalTokens: 970 + 1510 * 2 },
      repairCalls: 1,
    });
  });

  it.each([
    ['openai/rate-limited.json', 'rate_limited', 'rate_limit_exceeded', 1500],
    ['openai/insufficient-quota.json', 'quota_exhausted', 'insufficient_quota', undefined],
    ['openai/server-error.json', 'retriable', 'server_error', undefined],
    ['openai/context-length.json', 'content_failure', 'context_length_exceeded', undefined],
    ['openai/invalid-api-key.json', 'fatal', 'invalid_api_key', undefined],
    ['openai/model-not-found.json', 'fatal', 'model_not_found', undefined],
    ['openai/permission-denied.json', 'fatal', 'model_not_allowed', undefined],
  ])('maps %s to %s (the SDK does not retry it)', async (fixture, kind, code, retryAfterMs) => {
    server.respondWith(loadFixture(fixture));
    const error = await failure(adapter().generate(sampleInput({ skuId: `SKU-${code}` }), {}));
    expect(error).toMatchObject({ kind, code, retryAfterMs });
    expect(error.retriable).toBe(kind !== 'fatal' && kind !== 'quota_exhausted');
    expect(server.received).toHaveLength(1);
  });

  it('maps the same errors when streaming', async () => {
    server.respondWith(loadFixture('openai/rate-limited.json'));
    const error = await failure(adapter({ stream: true }).generate(sampleInput({ skuId: 'SKU-SR' }), {}));
    expect(error).toMatchObject({ kind: 'rate_limited', code: 'rate_limit_exceeded', retryAfterMs: 1500 });
  });

  it('reports a 2xx body that is not JSON as a retriable malformed response', async () => {
    server.respondWith(loadFixture('openai/proxy-html.json'));
    const error = await failure(adapter().generate(sampleInput({ skuId: 'SKU-H' }), {}));
    expect(error).toMatchObject({ kind: 'retriable', code: 'malformed_response' });
  });

  it('times out a hanging endpoint, streaming or not', async () => {
    server.respondWith({ status: 200, hang: true });
    expect(
      await failure(adapter({ timeoutMs: 150 }).generate(sampleInput({ skuId: 'SKU-T' }), {})),
    ).toMatchObject({ kind: 'retriable', code: 'timeout' });
    expect(
      await failure(adapter({ timeoutMs: 150, stream: true }).generate(sampleInput({ skuId: 'SKU-T2' }), {})),
    ).toMatchObject({ kind: 'retriable', code: 'timeout' });
  });

  describe('asks the caller to admit each HTTP call at its own turn', () => {
    function recordingAdmission(refuse?: (call: PlannedCall) => unknown) {
      const log: string[] = [];
      const admitCall: CallAdmission = async (call) => {
        log.push(
          `admit ${call.step} (${call.promptTokens > 0 ? 'counted' : 'empty'}) after ${server.received.length} sent`,
        );
        const refusal = refuse?.(call);
        if (refusal) throw new CallNotAdmittedError(refusal);
        return {
          billed: (usage) => log.push(`billed ${call.step} ${usage.promptTokens}+${usage.completionTokens}`),
        };
      };
      return { log, admitCall };
    }

    it('the extraction, the content and a repair, each before it is sent and billed after', async () => {
      server.respondWith(
        loadFixture('openai/extraction-success.json'),
        loadFixture('openai/localization-broken-json.json'),
        loadFixture('openai/localization-success.json'),
      );
      const { log, admitCall } = recordingAdmission();
      await adapter().generate(sampleInput({ skuId: 'SKU-ADM' }), { admitCall });
      expect(log).toEqual([
        'admit extraction (counted) after 0 sent',
        'billed extraction 820+150',
        'admit content (counted) after 1 sent',
        expect.stringMatching(/^billed content /),
        'admit repair (counted) after 2 sent',
        expect.stringMatching(/^billed repair /),
      ]);
    });

    it('sends nothing more once a call is refused, and passes the refusal on unchanged', async () => {
      server.respondWith(loadFixture('openai/extraction-success.json'));
      const reason = new Error('held while waiting');
      const { admitCall } = recordingAdmission((call) => (call.step === 'content' ? reason : undefined));
      const error = await failure(adapter().generate(sampleInput({ skuId: 'SKU-ADM2' }), { admitCall }));
      expect(error).toBeInstanceOf(CallNotAdmittedError);
      expect(error.cause).toBe(reason);
      expect(server.received).toHaveLength(1);
      // The extraction was answered and paid for.
      expect(error.billed?.usage.promptTokens).toBe(820);
    });

    it('does not count the wait for admission against the timeout', async () => {
      server.respondWith(
        loadFixture('openai/extraction-success.json'),
        loadFixture('openai/localization-success.json'),
      );
      const slow: CallAdmission = async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { billed: () => undefined };
      };
      const result = await adapter({ timeoutMs: 250 }).generate(sampleInput({ skuId: 'SKU-ADM3' }), {
        admitCall: slow,
      });
      expect(result.calls).toBe(2);
    });
  });
});
