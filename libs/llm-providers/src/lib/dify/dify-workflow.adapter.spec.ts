import { FixtureServer, loadFixture } from '../../../test/support/fixture-server';
import { sampleInput } from '../../../test/support/sample-input';
import { ProviderError, type ProviderErrorKind } from '../port/provider.error';
import type { DifyContractConfig } from '../port/provider.config';
import { DifyWorkflowAdapter } from './dify-workflow.adapter';

describe('DifyWorkflowAdapter against recorded Dify responses', () => {
  const server = new FixtureServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const adapter = (
    responseMode: 'blocking' | 'streaming',
    timeoutMs = 2_000,
    contract?: DifyContractConfig,
  ) =>
    new DifyWorkflowAdapter({
      kind: 'dify',
      baseUrl: server.baseUrl,
      apiKey: 'app-key',
      responseMode,
      timeoutMs,
      contract,
    });
  const designContract = (overrides: Partial<DifyContractConfig> = {}): DifyContractConfig => ({
    inputs: 'auto',
    feedbackInput: 'feedback',
    outputMap: {},
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

  it('sends the workflow inputs with bearer auth and reads a blocking run with per-field outputs', async () => {
    server.respondWith(loadFixture('dify/blocking-success.json'));
    const result = await adapter('blocking').generate(sampleInput({ feedback: 'title too short' }), {});
    const request = server.received[0];
    expect(request.path).toBe('/v1/workflows/run');
    expect(request.headers.authorization).toBe('Bearer app-key');
    expect(request.body).toMatchObject({
      response_mode: 'blocking',
      inputs: {
        product_id: 'SKU-0000001',
        target_language: 'en',
        source_content: '',
        feedback: 'title too short',
        prompt_version: 'v1',
      },
    });
    expect(result.content.suggested_keywords).toEqual(['Orbis', 'electronics gadget']);
    expect(result.extraction?.technical_specs['Battery']).toBe('5,000 mAh');
    expect(result.usage).toEqual({ promptTokens: 2410, completionTokens: 655, totalTokens: 3065 });
    expect(result).toMatchObject({
      provider: 'dify',
      providerRunId: '5f3d2a1e-7c4b-4e8a-9d10-2b3c4d5e6f70',
      calls: 1,
    });
  });

  it('asks the caller to admit the run before sending it, and reports what the run was billed', async () => {
    server.respondWith(loadFixture('dify/blocking-success.json'));
    const log: string[] = [];
    await adapter('blocking').generate(sampleInput({ skuId: 'SKU-ADM' }), {
      admitCall: async (call) => {
        log.push(`admit ${call.step} after ${server.received.length} sent, prompt ${call.promptTokens > 0}`);
        return { billed: (usage) => log.push(`billed ${usage.promptTokens}+${usage.completionTokens}`) };
      },
    });
    expect(log).toEqual(['admit workflow after 0 sent, prompt true', 'billed 2410+655']);
  });

  describe('a field-only regeneration (v2)', () => {
    const previous = {
      translated_description: 'Kept description. Battery: 5,000 mAh.',
      seo_title: 'Kept title',
      meta_description: 'Kept meta.',
      h1: 'Kept H1',
      marketing_copy_a: 'Kept a. Buy now.',
      marketing_copy_b: 'Kept b without a call.',
      marketing_copy_c: 'Kept c. Buy now.',
      suggested_keywords: ['kept'],
    };
    const regeneration = sampleInput({
      promptVersion: 'v2',
      attempt: 2,
      feedback: 'marketing_copy_b has no call to action',
      regenerateFields: ['marketing_copy_b'],
      previousContent: previous,
    });
    const runWith = (outputs: Record<string, unknown>) => {
      const reply = loadFixture('dify/blocking-success.json');
      (reply.body as { data: { outputs: Record<string, unknown> } }).data.outputs = outputs;
      return reply;
    };

    it('names the fields in regenerate_fields and completes the answer from the previous attempt', async () => {
      server.respondWith(runWith({ marketing_copy_b: 'Feel the difference. Shop now.' }));
      const result = await adapter('blocking').generate(regeneration, {});
      expect((server.received[0].body as { inputs: Record<string, unknown> }).inputs).toMatchObject({
        regenerate_fields: 'marketing_copy_b',
        prompt_version: 'v2',
        attempt: 2,
      });
      expect(result.content).toEqual({ ...previous, marketing_copy_b: 'Feel the difference. Shop now.' });
      expect(result).toMatchObject({ missingFields: [], fallbackFields: [] });
    });

    it('keeps only the asked fields from a workflow that wrote every field (no regenerate_fields input)', async () => {
      server.respondWith(
        loadFixture('dify/parameters-design-workflow.json'),
        loadFixture('dify/blocking-design-workflow.json'),
      );
      const designed = adapter('blocking', 2_000, designContract());
      const result = await designed.generate(regeneration, {});
      expect((server.received[1].body as { inputs: Record<string, unknown> }).inputs).not.toHaveProperty(
        'regenerate_fields',
      );
      expect(result.content).toMatchObject({ h1: 'Kept H1', seo_title: 'Kept title' });
      expect(result.content.marketing_copy_b).not.toBe(previous.marketing_copy_b);
      const notes = await designed.describeContract();
      expect(notes.map((n) => n.message).join('\n')).toMatch(/takes no regenerate_fields input/);
    });
  });

  it('runs the design workflow: asks the app for its inputs, sends only those, no feedback, and fills the H1', async () => {
    server.respondWith(
      loadFixture('dify/parameters-design-workflow.json'),
      loadFixture('dify/blocking-design-workflow.json'),
    );
    const designed = adapter('blocking', 2_000, designContract());
    const result = await designed.generate(sampleInput({ feedback: 'title too short', attempt: 2 }), {});
    expect(server.received[0]).toMatchObject({ method: 'GET', path: '/v1/parameters' });
    expect(server.received[0].headers.authorization).toBe('Bearer app-key');
    expect((server.received[1].body as { inputs: Record<string, unknown> }).inputs).toEqual({
      product_id: 'SKU-0000001',
      product_name: sampleInput().productName,
      product_description: sampleInput().productDescription,
      target_language: 'en',
      product_category: 'consumer_electronics',
    });
    expect(result.content.h1).toBe('Orbis Electronics Gadget');
    expect(result.content.suggested_keywords).toEqual([]);
    expect(result).toMatchObject({
      fallbackFields: ['h1'],
      missingFields: [],
      workflowReview: {
        score: 82,
        issues: ['meta_description could name the runtime', 'marketing_copy_c is generic'],
      },
    });
    // The parameters are read once, not per call.
    await designed.generate(sampleInput(), {});
    expect(server.received.filter((r) => r.path === '/v1/parameters')).toHaveLength(1);
    const notes = await designed.describeContract();
    expect(notes.find((n) => n.level === 'warn')?.message).toMatch(/no feedback input/);
  });

  it('reads a configured output variable, the h1_tag alias, and leaves a missing field to the gate', async () => {
    const outputs = (extra: Record<string, unknown>) => ({
      status: 200,
      body: {
        workflow_run_id: 'r',
        data: {
          id: 'r',
          status: 'succeeded',
          total_tokens: 100,
          outputs: {
            translated_description: 'Text.',
            seo_title: 'Orbis Gadget | Buy',
            meta_description: 'Meta.',
            marketing_copy_a: 'A. Buy now.',
            marketing_copy_b: 'B. Buy now.',
            ...extra,
          },
        },
      },
    });
    server.respondWith(outputs({ h1_tag: 'Orbis Gadget for Every Day', promo_copy: 'C. Buy now.' }));
    const mapped = await adapter('blocking', 2_000, {
      inputs: ['product_id', 'product_description'],
      feedbackInput: null,
      outputMap: { promo_copy: 'marketing_copy_c' },
    }).generate(sampleInput({ feedback: 'fix it' }), {});
    expect((server.received[0].body as { inputs: unknown }).inputs).toEqual({
      product_id: 'SKU-0000001',
      product_description: sampleInput().productDescription,
    });
    expect(mapped.content).toMatchObject({
      h1: 'Orbis Gadget for Every Day',
      marketing_copy_c: 'C. Buy now.',
    });
    expect(mapped).toMatchObject({ missingFields: [], fallbackFields: [] });
    expect(mapped.workflowReview).toBeUndefined();

    server.respondWith(outputs({ h1: 'Heading' }));
    const gap = await adapter('blocking').generate(sampleInput(), {});
    expect(gap.content.marketing_copy_c).toBe('');
    expect(gap.missingFields).toEqual(['marketing_copy_c']);
  });

  it('refuses a workflow that requires an input the pipeline cannot fill, naming it', async () => {
    server.respondWith(loadFixture('dify/parameters-unfillable-input.json'));
    const error = await failure(adapter('blocking', 2_000, designContract()).generate(sampleInput(), {}));
    expect(error).toMatchObject({ kind: 'fatal', code: 'contract_mismatch' });
    expect(error.message).toContain('brand_voice');
    expect(server.received).toHaveLength(1);
  });

  it('reads a single `content` JSON output and falls back to total tokens as prompt tokens', async () => {
    server.respondWith(loadFixture('dify/blocking-content-json.json'));
    const result = await adapter('blocking').generate(sampleInput(), {});
    expect(result.content.h1).toBe('Discover the Orbis Electronics Gadget');
    expect(result.usage).toEqual({ promptTokens: 2900, completionTokens: 0, totalTokens: 2900 });
  });

  it('sums the LLM nodes of a streaming run into an exact split equal to total_tokens, with the reported price', async () => {
    server.respondWith(loadFixture('dify/streaming-success.json'));
    const result = await adapter('streaming').generate(sampleInput(), {});
    expect(result.usage.promptTokens).toBe(812 + 930 + 402 + 388);
    expect(result.usage.completionTokens).toBe(160 + 210 + 120 + 165);
    expect(result.usage.totalTokens).toBe(3187);
    expect(result.usage.reportedPrice?.currency).toBe('USD');
    expect(result.usage.reportedPrice?.amount).toBeCloseTo(0.0007728, 7);
  });

  it.each<[string, ProviderErrorKind, number]>([
    ['provider_not_initialize', 'fatal', 400],
    ['provider_quota_exceeded', 'fatal', 400],
    ['model_currently_not_support', 'fatal', 400],
    ['completion_request_error', 'fatal', 400],
    ['workflow_request_error', 'content_failure', 400],
    ['too_many_requests', 'rate_limited', 429],
    ['rate_limit_error', 'quota_exhausted', 429],
    ['internal_server_error', 'retriable', 500],
    ['unauthorized', 'fatal', 401],
  ])('maps HTTP error %s to %s', async (code, kind, status) => {
    server.respondWith(loadFixture(`dify/error-${code}.json`));
    const error = await failure(adapter('blocking').generate(sampleInput(), {}));
    expect(error).toMatchObject({ kind, code, httpStatus: status });
    if (status === 429) expect(error.retryAfterMs).toBe(7_000);
  });

  it('maps a streaming error event, a failed run, malformed outputs and a cut stream', async () => {
    server.respondWith(loadFixture('dify/streaming-error-event.json'));
    expect(await failure(adapter('streaming').generate(sampleInput(), {}))).toMatchObject({
      kind: 'fatal',
      code: 'completion_request_error',
    });
    server.respondWith(loadFixture('dify/blocking-failed.json'));
    expect(await failure(adapter('blocking').generate(sampleInput(), {}))).toMatchObject({
      kind: 'content_failure',
      code: 'workflow_failed',
      // The run was billed before it failed: the tokens travel with the error to be metered.
      billed: {
        model: 'dify-workflow',
        usage: { promptTokens: 2800, completionTokens: 0, totalTokens: 2800 },
      },
    });
    server.respondWith(loadFixture('dify/blocking-malformed-outputs.json'));
    expect(await failure(adapter('blocking').generate(sampleInput(), {}))).toMatchObject({
      kind: 'content_failure',
      code: 'invalid_output',
      billed: { usage: { totalTokens: 1200 } },
    });
    server.respondWith(loadFixture('dify/streaming-truncated.json'));
    expect(await failure(adapter('streaming').generate(sampleInput(), {}))).toMatchObject({
      kind: 'retriable',
      code: 'stream_incomplete',
    });
  });

  it('times out a run that never answers, and reports a caller abort as such', async () => {
    server.respondWith({ status: 200, hang: true });
    expect(await failure(adapter('blocking', 150).generate(sampleInput(), {}))).toMatchObject({
      kind: 'retriable',
      code: 'timeout',
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await failure(
      adapter('streaming', 5_000).generate(sampleInput(), { signal: controller.signal }),
    );
    expect(aborted).toMatchObject({ kind: 'retriable', code: 'aborted' });
  });

  it('reports a refused connection as retriable', async () => {
    const closed = new DifyWorkflowAdapter({
      kind: 'dify',
      baseUrl: 'http://127.0.0.1:9',
      apiKey: 'k',
      responseMode: 'blocking',
      timeoutMs: 1_000,
    });
    expect(await failure(closed.generate(sampleInput(), {}))).toMatchObject({
      kind: 'retriable',
      code: 'connection_error',
    });
  });
});
