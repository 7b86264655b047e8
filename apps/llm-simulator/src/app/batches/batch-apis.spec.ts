import {
  AnthropicBatchClient,
  buildExtractionMessages,
  CORE_EXTRACTION_OUTPUT,
  OpenAiBatchClient,
  type BatchProviderClient,
  type BatchRequest,
} from '@content-pipeline/llm-providers';
import { applySettingsPatch, defaultSettings, type SettingsPatch } from '../simulator-settings';
import { SimulatorServer } from '../simulator.server';

const request = (n: number): BatchRequest => ({
  customId: `task-${n}_a1`,
  messages: buildExtractionMessages({
    skuId: `SKU-${n}`,
    productName: `产品 ${n}`,
    productDescription: '不锈钢保温杯，容量500毫升，保温12小时。',
    category: '厨房',
    attributes: { 容量: '500ml' },
    targetLanguage: 'en',
    attempt: 1,
    promptVersion: 'v1',
  }),
  output: CORE_EXTRACTION_OUTPUT,
});

async function untilEnded(client: BatchProviderClient, batchId: string): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    const progress = await client.poll(batchId);
    if (seen[seen.length - 1] !== progress.providerStatus) seen.push(progress.providerStatus);
    if (progress.ended) return seen;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('simulated batch APIs through the official SDKs', () => {
  jest.setTimeout(30_000);
  const sim = new SimulatorServer(defaultSettings(11));
  let base = '';
  const configure = (patch: SettingsPatch) =>
    sim.updateSettings(applySettingsPatch(sim.currentSettings, patch));
  const openAi = () =>
    new OpenAiBatchClient({
      kind: 'openai',
      baseUrl: `${base}/v1`,
      apiKey: 'sk-sim',
      model: 'sim-model',
      timeoutMs: 5_000,
      maxOutputTokens: 2_000,
      responseFormat: 'json_schema',
      stream: false,
    });
  const anthropic = () =>
    new AnthropicBatchClient({
      kind: 'anthropic',
      baseUrl: base,
      apiKey: 'sk-ant',
      model: 'sim-claude',
      timeoutMs: 5_000,
      maxOutputTokens: 2_000,
      anthropicVersion: '2023-06-01',
      stream: false,
    });

  beforeAll(async () => {
    base = `http://127.0.0.1:${await sim.listen(0)}`;
  });
  afterAll(() => sim.close());
  beforeEach(() =>
    sim.updateSettings(applySettingsPatch(defaultSettings(11), { batch: { processingMs: 200 } })),
  );

  it.each([
    ['openai', openAi, ['validating', 'in_progress', 'finalizing', 'completed']],
    ['anthropic', anthropic, ['in_progress', 'ended']],
  ] as const)(
    '%s: answers every request with its usage, errors the configured share',
    async (_, make, phases) => {
      configure({ batch: { errorRate: 0.3, processingMs: 1_500 } });
      const client = make();
      const requests = Array.from({ length: 20 }, (_, i) => request(i));
      const { batchId } = await client.submit(requests, 'spec');
      expect(await untilEnded(client, batchId)).toEqual(phases);
      const results = await client.results(batchId);
      expect(results.map((r) => r.customId).sort()).toEqual(requests.map((r) => r.customId).sort());
      const succeeded = results.filter((r) => r.outcome === 'succeeded');
      const errored = results.filter((r) => r.outcome === 'errored');
      expect(errored.length).toBeGreaterThan(0);
      expect(succeeded.length + errored.length).toBe(20);
      for (const r of succeeded) {
        expect(JSON.parse(r.text)).toHaveProperty('core_features');
        expect(r.usage.promptTokens).toBeGreaterThan(100);
        expect(r.usage.completionTokens).toBeGreaterThan(10);
      }
      const stats = (await (await fetch(`${base}/_sim/stats`)).json()) as {
        totals: { byApi: Record<string, Record<string, { requests: number }>> };
      };
      expect(stats.totals.byApi[`${client.provider}_batch`]?.['200']?.requests).toBeGreaterThanOrEqual(
        succeeded.length,
      );
    },
  );

  it.each([
    ['openai', openAi],
    ['anthropic', anthropic],
  ] as const)('%s: an expiring batch answers half and expires the rest', async (_, make) => {
    configure({ batch: { expireNext: 1 } });
    const client = make();
    const { batchId } = await client.submit(
      Array.from({ length: 10 }, (_, i) => request(i)),
      'expiring',
    );
    const phases = await untilEnded(client, batchId);
    expect(phases[phases.length - 1]).toBe(client.provider === 'openai' ? 'expired' : 'ended');
    const results = await client.results(batchId);
    expect(results.filter((r) => r.outcome === 'succeeded')).toHaveLength(5);
    expect(results.filter((r) => r.outcome === 'expired')).toHaveLength(5);
    expect(sim.currentSettings.batch.expireNext).toBe(0);
  });

  it.each([
    ['openai', openAi],
    ['anthropic', anthropic],
  ] as const)('%s: a cancelled batch ends with no request answered twice', async (_, make) => {
    configure({ batch: { processingMs: 5_000 } });
    const client = make();
    const { batchId } = await client.submit(
      Array.from({ length: 6 }, (_, i) => request(i)),
      'cancelled',
    );
    await client.cancel(batchId);
    const phases = await untilEnded(client, batchId);
    expect(phases[0]).toBe(client.provider === 'openai' ? 'cancelling' : 'canceling');
    const results = await client.results(batchId);
    expect(results.every((r) => r.outcome === 'canceled')).toBe(true);
  });

  it('openai: an input file over the configured request limit fails the batch with the reason', async () => {
    configure({ batch: { openAiMaxRequests: 3 } });
    const client = openAi();
    const { batchId } = await client.submit(
      Array.from({ length: 4 }, (_, i) => request(i)),
      'too-big',
    );
    expect((await untilEnded(client, batchId)).pop()).toMatch(/^failed \(too_many_requests/);
    const batch = (await (
      await fetch(`${base}/v1/batches/${batchId}`, { headers: { authorization: 'Bearer sk' } })
    ).json()) as { errors: { data: Array<{ code: string }> } };
    expect(batch.errors.data[0].code).toBe('too_many_requests');
    expect(await client.results(batchId)).toEqual([]);
  });

  it('openai: duplicate custom ids and mixed models are refused line by line', async () => {
    const line = (id: string, model: string) =>
      JSON.stringify({
        custom_id: id,
        method: 'POST',
        url: '/v1/chat/completions',
        body: { model, messages: [] },
      });
    const form = new FormData();
    form.append('purpose', 'batch');
    form.append(
      'file',
      new Blob([[line('a', 'm1'), line('a', 'm1'), line('b', 'm2')].join('\n')]),
      'in.jsonl',
    );
    const headers = { authorization: 'Bearer sk' };
    const file = (await (
      await fetch(`${base}/v1/files`, { method: 'POST', body: form, headers })
    ).json()) as {
      id: string;
    };
    const created = await fetch(`${base}/v1/batches`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        input_file_id: file.id,
        endpoint: '/v1/chat/completions',
        completion_window: '24h',
      }),
    });
    const { id } = (await created.json()) as { id: string };
    await new Promise((resolve) => setTimeout(resolve, 250));
    const batch = (await (await fetch(`${base}/v1/batches/${id}`, { headers })).json()) as {
      status: string;
      errors: { data: Array<{ code: string; line: number }> };
    };
    expect(batch.status).toBe('failed');
    expect(batch.errors.data.map((e) => [e.code, e.line])).toEqual([
      ['duplicate_custom_id', 2],
      ['mismatched_model', 3],
    ]);
  });

  it('anthropic: refuses a bad custom id and a streaming request at creation', async () => {
    const post = (requests: unknown) =>
      fetch(`${base}/v1/messages/batches`, {
        method: 'POST',
        headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
        body: JSON.stringify({ requests }),
      });
    expect((await post([{ custom_id: 'has space', params: {} }])).status).toBe(400);
    expect((await post([{ custom_id: 'ok', params: { stream: true } }])).status).toBe(400);
    expect((await post([])).status).toBe(400);
  });
});
