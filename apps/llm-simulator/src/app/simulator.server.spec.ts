import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AnthropicMessagesAdapter,
  DifyWorkflowAdapter,
  OpenAiChatAdapter,
  ProviderError,
  type GenerationInput,
  type GenerationResult,
} from '@content-pipeline/llm-providers';
import { LANGUAGES } from '@content-pipeline/languages';
import { defaultSettings, applySettingsPatch, type SettingsPatch } from './simulator-settings';
import { SimulatorServer } from './simulator.server';

interface CatalogRecord {
  sku_id: string;
  product_name: string;
  product_description: string;
  category: string;
  brand: string;
  attributes: Record<string, string>;
}

const SAMPLE = join(__dirname, '..', '..', '..', '..', 'data', 'catalog', 'sample-200.jsonl');
const records: CatalogRecord[] = readFileSync(SAMPLE, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as CatalogRecord);

function inputOf(r: CatalogRecord, overrides: Partial<GenerationInput> = {}): GenerationInput {
  return {
    skuId: r.sku_id,
    productName: r.product_name,
    productDescription: r.product_description,
    category: r.category,
    brand: r.brand,
    attributes: r.attributes,
    targetLanguage: 'en',
    attempt: 1,
    promptVersion: 'v1',
    ...overrides,
  };
}

interface StatsTotals {
  requests: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  byApi: Record<string, Record<string, { requests: number; totalTokens: number }>>;
}

describe('llm-simulator served in-process', () => {
  // Tokenising hundreds of prompts is CPU-bound; leave room when lint and typecheck run alongside.
  jest.setTimeout(30_000);
  const sim = new SimulatorServer(defaultSettings(7));
  let base = '';

  beforeAll(async () => {
    base = `http://127.0.0.1:${await sim.listen(0)}`;
  });
  afterAll(() => sim.close());
  beforeEach(async () => {
    sim.updateSettings(defaultSettings(7));
    await fetch(`${base}/_sim/reset`, { method: 'POST' });
  });

  const configure = (patch: SettingsPatch) =>
    sim.updateSettings(applySettingsPatch(sim.currentSettings, patch));
  const stats = async () =>
    (await (await fetch(`${base}/_sim/stats`)).json()) as {
      totals: StatsTotals;
      window60s: { requests: number; tokens: number };
      worst60s: { requests: number; tokens: number };
      perSecond: unknown[];
    };
  const dify = (responseMode: 'blocking' | 'streaming', timeoutMs = 5_000) =>
    new DifyWorkflowAdapter({ kind: 'dify', baseUrl: base, apiKey: 'app-sim', responseMode, timeoutMs });
  const openAi = (
    options: { timeoutMs?: number; stream?: boolean; responseFormat?: 'json_schema' | 'json_object' } = {},
  ) =>
    new OpenAiChatAdapter({
      kind: 'openai',
      baseUrl: `${base}/v1`,
      apiKey: 'sk-sim',
      model: 'sim-model',
      timeoutMs: options.timeoutMs ?? 5_000,
      maxOutputTokens: 2_000,
      responseFormat: options.responseFormat ?? 'json_schema',
      stream: options.stream ?? false,
    });
  const anthropic = (stream = false) =>
    new AnthropicMessagesAdapter({
      kind: 'anthropic',
      baseUrl: base,
      apiKey: 'sk-ant',
      model: 'sim-claude',
      timeoutMs: 5_000,
      maxOutputTokens: 2_000,
      anthropicVersion: '2023-06-01',
      stream,
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

  function sumUsage(results: GenerationResult[]) {
    return results.reduce(
      (acc, r) => ({
        promptTokens: acc.promptTokens + r.usage.promptTokens,
        completionTokens: acc.completionTokens + r.usage.completionTokens,
        totalTokens: acc.totalTokens + r.usage.totalTokens,
      }),
      { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
    );
  }

  it('runs the v2 Dify workflow in fewer tokens: one content node, the extraction only without a master', async () => {
    const run = async (promptVersion: string) => {
      await fetch(`${base}/_sim/reset`, { method: 'POST' });
      const en = await dify('blocking').generate(inputOf(records[0], { promptVersion }), {});
      const de = await dify('blocking').generate(
        inputOf(records[0], { promptVersion, targetLanguage: 'de', sourceContent: en.content }),
        {},
      );
      return { en, de, totals: (await stats()).totals };
    };
    const v1 = await run('v1');
    const v2 = await run('v2');
    expect(v2.de.content).toEqual(v1.de.content);
    expect(v2.totals.promptTokens).toBeLessThan(v1.totals.promptTokens * 0.4);
    expect(v2.de.usage.promptTokens + v2.de.usage.completionTokens).toBe(
      v2.totals.totalTokens - v2.en.usage.totalTokens,
    );
  });

  it('answers v2 chat prompts that carry only the SKU id next to the English master', async () => {
    const adapter = openAi();
    const en = await adapter.generate(inputOf(records[1], { promptVersion: 'v2' }), {});
    const ja = await adapter.generate(
      inputOf(records[1], { promptVersion: 'v2', targetLanguage: 'ja', sourceContent: en.content }),
      {},
    );
    const jaV1 = await openAi().generate(
      inputOf(records[1], { targetLanguage: 'ja', sourceContent: en.content }),
      {},
    );
    expect(ja.content).toEqual(jaV1.content);
    expect(ja.usage.promptTokens).toBeLessThan(jaV1.usage.promptTokens);
  });

  it('answers a v2 field-only regeneration with the asked fields alone, on Dify and both chat APIs, for fewer tokens', async () => {
    // Every content fault on: a whole regeneration would carry all of them; one of two fields shows only its own.
    configure({ faults: { missing_cta: 1, long_title: 1 } });
    const first = await dify('blocking').generate(inputOf(records[2], { promptVersion: 'v2' }), {});
    const regeneration = inputOf(records[2], {
      promptVersion: 'v2',
      attempt: 2,
      feedback: 'marketing_copy_b has no call to action',
      regenerateFields: ['marketing_copy_b'],
      previousContent: first.content,
    });
    await fetch(`${base}/_sim/reset`, { method: 'POST' });
    const whole = await dify('blocking').generate({ ...regeneration, regenerateFields: [] }, {});
    for (const adapter of [dify('streaming'), openAi(), anthropic()]) {
      const fixed = await adapter.generate(regeneration, {});
      // The asked field is written again (the fault drawn for it still shows: missing_cta is at rate 1); the others
      // are the first attempt's, byte for byte — including its over-long title, which was not asked for.
      expect({ ...fixed.content, marketing_copy_b: '' }).toEqual({ ...first.content, marketing_copy_b: '' });
      expect(fixed.usage.totalTokens).toBeLessThan(whole.usage.totalTokens * 0.6);
    }
    configure({ faults: { missing_cta: 0, long_title: 0 } });
    const clean = await openAi().generate(regeneration, {});
    expect(clean.content.marketing_copy_b).not.toBe(first.content.marketing_copy_b);
    expect(clean.content.seo_title).toBe(first.content.seo_title);
  });

  it('reports prompt-cache reads and writes as OpenAI and Anthropic do, from a 1,024-token prefix', async () => {
    const long = 'Follow the catalogue style guide. '.repeat(200);
    const chat = (system: string) =>
      fetch(`${base}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk' },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: 'hi' },
          ],
        }),
      }).then(
        async (r) =>
          ((await r.json()) as { usage: { prompt_tokens_details: { cached_tokens: number } } }).usage,
      );
    expect((await chat(long)).prompt_tokens_details.cached_tokens).toBe(0);
    const cached = (await chat(long)).prompt_tokens_details.cached_tokens;
    expect(cached).toBeGreaterThanOrEqual(1024);
    expect(cached % 128).toBe(0);
    await chat('short system prompt');
    expect((await chat('short system prompt')).prompt_tokens_details.cached_tokens).toBe(0);

    const messages = (cacheControl: boolean) =>
      fetch(`${base}/v1/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-api-key': 'sk-ant',
          'anthropic-version': '2023-06-01',
        },
        body: JSON.stringify({
          model: 'claude-sonnet-4-5',
          max_tokens: 100,
          system: [
            { type: 'text', text: long, ...(cacheControl ? { cache_control: { type: 'ephemeral' } } : {}) },
          ],
          messages: [{ role: 'user', content: 'hi' }],
        }),
      }).then(async (r) => ((await r.json()) as { usage: Record<string, number> }).usage);
    const unmarked = await messages(false);
    expect(unmarked.cache_creation_input_tokens + unmarked.cache_read_input_tokens).toBe(0);
    const first = await messages(true);
    const second = await messages(true);
    expect(first.cache_creation_input_tokens).toBeGreaterThanOrEqual(1024);
    expect(first.cache_read_input_tokens).toBe(0);
    expect(second).toMatchObject({
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: first.cache_creation_input_tokens,
    });
    expect(second.input_tokens).toBe(unmarked.input_tokens - first.cache_creation_input_tokens);
  });

  it('answers health', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
  });

  it.each(['blocking', 'streaming'] as const)(
    'serves Dify %s runs whose token counts equal what the simulator counted',
    async (mode) => {
      const results: GenerationResult[] = [];
      for (const r of records.slice(0, 2)) {
        const en = await dify(mode).generate(inputOf(r), {});
        results.push(en);
        for (const language of LANGUAGES.slice(1)) {
          results.push(
            await dify(mode).generate(
              inputOf(r, { targetLanguage: language, sourceContent: en.content }),
              {},
            ),
          );
        }
      }
      const { totals } = await stats();
      expect(sumUsage(results)).toEqual({
        promptTokens: totals.promptTokens,
        completionTokens: totals.completionTokens,
        totalTokens: totals.totalTokens,
      });
      expect(results.every((r) => r.usage.completionTokens > 0 && r.extraction !== undefined)).toBe(true);
      expect(totals.byApi['dify']['200'].requests).toBe(10);
    },
  );

  it('serves OpenAI chat completions: one extraction per SKU, token counts equal the simulator, rate-limit headers parsed', async () => {
    const adapter = openAi();
    const results: GenerationResult[] = [];
    for (const r of records.slice(0, 2)) {
      for (const language of LANGUAGES)
        results.push(await adapter.generate(inputOf(r, { targetLanguage: language }), {}));
    }
    const { totals } = await stats();
    expect(totals.requests).toBe(2 + 10);
    expect(sumUsage(results)).toEqual({
      promptTokens: totals.promptTokens,
      completionTokens: totals.completionTokens,
      totalTokens: totals.totalTokens,
    });
    expect(results[0].calls).toBe(2);
    expect(results[1].calls).toBe(1);
    expect(results[0].rateLimit?.remainingRequests).toBeGreaterThan(0);
  });

  it('streams OpenAI answers through the SDK with the same content and usage as whole answers', async () => {
    const whole = await openAi().generate(inputOf(records[4]), {});
    await fetch(`${base}/_sim/reset`, { method: 'POST' });
    const streamed = await openAi({ stream: true }).generate(inputOf(records[4]), {});
    expect(streamed.content).toEqual(whole.content);
    expect(streamed.usage).toEqual(whole.usage);
    const { totals } = await stats();
    expect(streamed.usage.totalTokens).toBe(totals.totalTokens);
  });

  it.each([false, true])(
    'serves Anthropic messages (stream: %s) with a forced tool and token counts equal to the simulator',
    async (stream) => {
      const result = await anthropic(stream).generate(inputOf(records[3], { targetLanguage: 'de' }), {});
      const { totals } = await stats();
      expect(result.usage.totalTokens).toBe(totals.totalTokens);
      expect(result.content.marketing_copy_a).toMatch(/Jetzt kaufen/);
      expect(result.extraction?.technical_specs).toBeDefined();
      expect(result.repairCalls).toBe(0);
    },
  );

  it("refuses a schema strict mode cannot take with a 400 in OpenAI's shape, and a tool choice naming no tool", async () => {
    const send = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { authorization: 'Bearer k' },
        body: JSON.stringify(body),
      });
    const messages = [{ role: 'user', content: 'hi' }];
    const loose = await send('/v1/chat/completions', {
      model: 'm',
      messages,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'answer',
          strict: true,
          schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
        },
      },
    });
    expect(loose.status).toBe(400);
    expect(await loose.json()).toEqual({
      error: {
        message:
          "Invalid schema for response_format 'answer': In context=(), 'additionalProperties' is required to be supplied and to be false.",
        type: 'invalid_request_error',
        param: 'response_format',
        code: 'invalid_json_schema',
      },
    });
    const partial = await send('/v1/chat/completions', {
      model: 'm',
      messages,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'answer',
          strict: true,
          schema: {
            type: 'object',
            properties: {
              a: { type: 'object', properties: { b: { type: 'string' } }, additionalProperties: false },
            },
            required: ['a'],
            additionalProperties: false,
          },
        },
      },
    });
    expect(((await partial.json()) as { error: { message: string } }).error.message).toContain(
      "In context=('properties', 'a'), 'required' is required to be supplied",
    );
    const unknownTool = await send('/v1/messages', {
      model: 'm',
      max_tokens: 100,
      messages,
      tools: [{ name: 'answer', input_schema: { type: 'object', properties: {} } }],
      tool_choice: { type: 'tool', name: 'other' },
    });
    expect(unknownTool.status).toBe(400);
    expect(((await unknownTool.json()) as { error: { type: string } }).error.type).toBe(
      'invalid_request_error',
    );
  });

  it('with a schema enforced, a model that writes JSON of another shape costs no repair; in JSON mode it fails', async () => {
    configure({ faults: { foreign_shape: 1 } });
    const enforced = await openAi().generate(inputOf(records[7]), {});
    expect(enforced).toMatchObject({ calls: 2, repairCalls: 0 });
    const jsonMode = await failure(
      openAi({ responseFormat: 'json_object' }).generate(inputOf(records[8]), {}),
    );
    expect(jsonMode).toMatchObject({ kind: 'content_failure', code: 'invalid_output' });
    expect(jsonMode.billed?.repairCalls).toBe(1);
    const viaTool = await anthropic(true).generate(inputOf(records[9]), {});
    expect(viaTool.repairCalls).toBe(0);
  });

  it('emulates the design workflow: declares five inputs, refuses others, returns no h1 or keywords but its own review', async () => {
    configure({ difyWorkflow: 'design', faults: { missing_cta: 1 } });
    const parameters = (await (
      await fetch(`${base}/v1/parameters`, { headers: { authorization: 'Bearer k' } })
    ).json()) as { user_input_form: Array<Record<string, { variable: string; required: boolean }>> };
    expect(parameters.user_input_form.map((entry) => Object.values(entry)[0].variable)).toEqual([
      'product_id',
      'product_name',
      'product_description',
      'target_language',
      'product_category',
    ]);
    const projectContract = await failure(dify('blocking').generate(inputOf(records[0]), {}));
    expect(projectContract).toMatchObject({ kind: 'fatal', code: 'invalid_param', httpStatus: 400 });
    expect(projectContract.message).toContain('brand is not an input variable');

    const designed = new DifyWorkflowAdapter({
      kind: 'dify',
      baseUrl: base,
      apiKey: 'app-sim',
      responseMode: 'streaming',
      timeoutMs: 5_000,
      contract: { inputs: 'auto', feedbackInput: 'feedback', outputMap: {} },
    });
    const en = await designed.generate(inputOf(records[0], { feedback: 'fix the CTA' }), {});
    expect(en.content.h1.length).toBeGreaterThan(0);
    expect(en.content.suggested_keywords).toEqual([]);
    expect(en).toMatchObject({ fallbackFields: ['h1'], missingFields: [] });
    expect(en.workflowReview).toEqual({ score: 77, issues: ['a marketing copy has no call to action'] });
    const { totals } = await stats();
    expect(en.usage.totalTokens).toBe(totals.totalTokens);
  });

  it('is deterministic: the same request gives the same bytes', async () => {
    const body = JSON.stringify({
      inputs: {
        product_id: 'SKU-0000001',
        product_name: 'n',
        product_description: records[0].product_description,
        product_category: 'kitchen',
        target_language: 'fr',
      },
      response_mode: 'blocking',
      user: 'u',
    });
    const call = async () => {
      const text = await (
        await fetch(`${base}/v1/workflows/run`, {
          method: 'POST',
          headers: { authorization: 'Bearer k' },
          body,
        })
      ).text();
      return text.replace(/"(created_at|finished_at)":\d+/g, '');
    };
    expect(await call()).toBe(await call());
  });

  it('answers 429 with Retry-After once over its RPM, in both API shapes', async () => {
    configure({ rpm: 3 });
    const adapter = dify('blocking');
    for (let i = 0; i < 3; i++) await adapter.generate(inputOf(records[i]), {});
    const limited = await failure(adapter.generate(inputOf(records[5]), {}));
    expect(limited).toMatchObject({ kind: 'rate_limited', code: 'too_many_requests', httpStatus: 429 });
    expect(limited.retryAfterMs).toBeGreaterThanOrEqual(1_000);
    const openAiLimited = await failure(openAi().generate(inputOf(records[6]), {}));
    expect(openAiLimited).toMatchObject({ kind: 'rate_limited', code: 'rate_limit_exceeded' });
    const { totals } = await stats();
    expect(totals.byApi['dify']['429'].requests).toBe(1);
  });

  it("enforces Anthropic's separate input and output limits, output held at max_tokens until the answer ends", async () => {
    const post = async (maxTokens: number, text: string) => {
      const res = await fetch(`${base}/v1/messages`, {
        method: 'POST',
        headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'm',
          max_tokens: maxTokens,
          messages: [{ role: 'user', content: text }],
        }),
      });
      const body = (await res.json()) as { usage?: { input_tokens: number; output_tokens: number } };
      return { status: res.status, headers: res.headers, body };
    };
    const config = await fetch(`${base}/_sim/config`, {
      method: 'POST',
      body: JSON.stringify({ itpm: 1_000_000, otpm: 3_000 }),
    });
    expect(config.status).toBe(200);
    // Output is estimated from max_tokens when the request arrives: 2 × 1,400 fit, a third does not.
    configure({ latency: { medianMs: 300, p95Ms: 300 } });
    const inFlight = [post(1_400, 'one'), post(1_400, 'two')];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await post(1_400, 'three');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
    expect(JSON.stringify(refused.body)).toContain('3000 output tokens');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('anthropic-ratelimit-output-tokens-limit')).toBe('3000');
    expect(refused.headers.get('anthropic-ratelimit-input-tokens-limit')).toBe('1000000');
    const answered = await Promise.all(inFlight);
    expect(answered.map((a) => a.status)).toEqual([200, 200]);
    // Once the answers ended, the estimate is corrected to the tokens generated: the third fits now.
    const generated = answered.reduce((sum, a) => sum + (a.body.usage?.output_tokens ?? 0), 0);
    expect(generated).toBeLessThan(3_000 - 1_400);
    expect((await post(1_400, 'three')).status).toBe(200);

    // The input limit counts input tokens only, per request.
    configure({ latency: { medianMs: 0, p95Ms: 0 }, itpm: 30, otpm: 0 });
    await fetch(`${base}/_sim/reset`, { method: 'POST' });
    const first = await post(100, 'a short question');
    expect(first.status).toBe(200);
    const used = first.body.usage?.input_tokens ?? 0;
    expect(first.headers.get('anthropic-ratelimit-input-tokens-remaining')).toBe(String(30 - used));
    let inputRefused = await post(100, 'a short question');
    while (inputRefused.status === 200) inputRefused = await post(100, 'a short question');
    expect(JSON.stringify(inputRefused.body)).toContain('30 input tokens');
    const perSecond = (await stats()).perSecond as { inputTokens: number; outputTokens: number }[];
    expect(perSecond.reduce((sum, b) => sum + b.inputTokens, 0)).toBeLessThanOrEqual(30);
  });

  it('enforces the limits as a token bucket when asked, as Anthropic documents them', async () => {
    const post = (maxTokens: number, text: string) =>
      fetch(`${base}/v1/messages`, {
        method: 'POST',
        headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'm',
          max_tokens: maxTokens,
          messages: [{ role: 'user', content: text }],
        }),
      });
    configure({ latency: { medianMs: 0, p95Ms: 0 }, itpm: 1_000_000, otpm: 3_000, limiter: 'token_bucket' });
    // A full bucket takes a whole minute's output at once; what the answer did not generate comes back at its end.
    expect((await post(3_000, 'one')).status).toBe(200);
    const refused = await post(3_000, 'two');
    expect(refused.status).toBe(429);
    expect(JSON.stringify(await refused.json())).toContain('3000 output tokens');
    // Refilled continuously (50 tokens a second here): seconds, not the minute a sliding window waits.
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(10);
    configure({ limiter: 'sliding_window', otpm: 0 });
  });

  it('keeps 60-s window statistics', async () => {
    for (const r of records.slice(0, 4)) await dify('blocking').generate(inputOf(r), {});
    const s = await stats();
    expect(s.window60s.requests).toBe(4);
    expect(s.worst60s.requests).toBe(4);
    expect(s.window60s.tokens).toBe(s.totals.totalTokens);
    expect(s.worst60s.tokens).toBe(s.totals.totalTokens);
    expect(s.perSecond.length).toBeGreaterThan(0);
  });

  it('injects transient 5xx, outages and hangs', async () => {
    configure({ outageSeconds: 30 });
    expect(await failure(dify('streaming').generate(inputOf(records[0]), {}))).toMatchObject({
      kind: 'retriable',
      httpStatus: 503,
    });
    configure({ outageSeconds: 0, hangRate: 1 });
    expect(await failure(dify('blocking', 200).generate(inputOf(records[0]), {}))).toMatchObject({
      kind: 'retriable',
      code: 'timeout',
    });
    configure({ hangRate: 0, error5xxRate: 0.3 });
    let errors = 0;
    for (let i = 0; i < 200; i++) {
      const res = await fetch(`${base}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: 'Bearer k' },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: `hi ${i}` }] }),
      });
      await res.text();
      if (res.status >= 500) errors++;
    }
    expect(errors).toBeGreaterThan(35);
    expect(errors).toBeLessThan(85);
  });

  it('honours content fault rates roughly, and the OpenAI adapter repairs broken JSON', async () => {
    configure({ faults: { missing_cta: 0.25 } });
    let missing = 0;
    for (const r of records.slice(0, 100)) {
      const result = await dify('blocking').generate(inputOf(r), {});
      if (!/buy now|shop/i.test(result.content.marketing_copy_b)) missing++;
    }
    expect(missing).toBeGreaterThan(13);
    expect(missing).toBeLessThan(40);

    configure({ faults: { missing_cta: 0, broken_json: 1 } });
    const repaired = await openAi({ responseFormat: 'json_object' }).generate(
      inputOf(records[10], { targetLanguage: 'es' }),
      {},
    );
    expect(repaired).toMatchObject({ calls: 3, repairCalls: 1 });
    const difyBroken = await failure(dify('streaming').generate(inputOf(records[10]), {}));
    expect(difyBroken).toMatchObject({ kind: 'content_failure', code: 'workflow_failed' });
  });

  it('validates runtime config changes', async () => {
    const bad = await fetch(`${base}/_sim/config`, {
      method: 'POST',
      body: JSON.stringify({ error5xxRate: 2 }),
    });
    expect(bad.status).toBe(400);
    const ok = await fetch(`${base}/_sim/config`, {
      method: 'POST',
      body: JSON.stringify({ rpm: 10, faults: { chatter: 0.1 } }),
    });
    expect(((await ok.json()) as { rpm: number }).rpm).toBe(10);
  });
});
