import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { JobAdmissionChanged, Topics } from '@content-pipeline/contracts';
import { KafkaJsBrokerClient, RawBatch } from '@content-pipeline/kafka-runtime';
import { PipelineUnderTest, ServiceProcess, uniqueRunTag, waitFor } from '@content-pipeline/testing';
import { sampleLines } from './catalog-fixtures';

const WORKSPACE_ROOT = resolve(__dirname, '..', '..', '..');
const BASE_PORT = 4900;
const OPERATOR_KEY = 'e2e-jobs-operator-key-000001';
const VIEWER_KEY = 'e2e-jobs-viewer-key-0000001';
const PRICE = { inputPerMillion: 0.15, outputPerMillion: 0.6 };

interface Progress {
  state: string;
  total: number;
  pending: number;
  processing: number;
  completed: number;
  unchanged: number;
  failed: number;
  dead_lettered: number;
  blocked: number;
  human_review: number;
  progress_pct: number;
  cost_usd_so_far: number;
  projected_total_cost_usd: number | null;
  eta_seconds: number | null;
  languages: Record<string, { total: number; completed: number; failed: number; blocked: number }>;
}

interface SimulatorTotals {
  requests: number;
  promptTokens: number;
  completionTokens: number;
}

/**
 * Jobs end to end: a job created from a file, its progress while a misconfigured provider refuses every
 * call (tasks fail, derived languages are blocked), a resume after the fix that ends with every task
 * completed, costs equal to what the simulator counted, a budget cap that pauses the job and a raise +
 * resume that admits it again, and a replay of the unchanged catalogue that generates nothing.
 */
describe('jobs: progress, cost metering, budget caps, resume and replay', () => {
  const tag = uniqueRunTag('e2e-jobs');
  // The injected failure: the provider's safety system flags every prompt (OpenAI's 400 `invalid_prompt`), a
  // refusal of that one request the generator dead-letters at once. (A refusal of the account or deployment — a
  // wrong key, no quota, an unknown model — holds the provider instead: provider-hold.e2e-spec.ts.)
  const pipeline = new PipelineUnderTest(tag, BASE_PORT, ['--seed', '11'], {
    API_KEYS: `${OPERATOR_KEY}:operator,${VIEWER_KEY}:viewer`,
    LLM_PROVIDER: 'openai',
    OPENAI_BASE_URL: `http://127.0.0.1:${BASE_PORT + 50}/v1`,
  });
  const configureSimulator = (settings: Record<string, unknown>) =>
    fetch(`http://127.0.0.1:${BASE_PORT + 50}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(settings),
    });
  const jobService = `http://127.0.0.1:${pipeline.service('job-service').port}`;
  const skuPrefix = `${tag.replace(/[^A-Za-z0-9]/g, '')}-`;
  const sample = sampleLines(skuPrefix);
  const unique = new Map<string, string>();
  sample.lines.forEach((line) => unique.set((JSON.parse(line) as { sku_id: string }).sku_id, line));
  const catalogue = [...unique.values()];
  const jobA = `${tag}-a`;
  const jobB = `${tag}-budget`;
  const replayJob = `${tag}-replay`;
  const simulatedModel = `sim-${tag}`;
  const admissionEvents: JobAdmissionChanged[] = [];
  const admissionConsumer = new KafkaJsBrokerClient({
    clientId: `${tag}-admission`,
    brokers: pipeline.infra.kafkaBrokers,
    ssl: false,
  }).consumer({ groupId: `${tag}-admission` });
  let jobACreatedAt = 0;
  let refusedTasks = 0;

  const api = async (
    method: string,
    path: string,
    options: { key?: string; body?: string; type?: string } = {},
  ) => {
    const response = await fetch(`${jobService}${path}`, {
      method,
      headers: {
        ...(options.key === undefined ? { authorization: `Bearer ${OPERATOR_KEY}` } : {}),
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        ...(options.type ? { 'content-type': options.type } : {}),
      },
      body: options.body,
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const progressOf = async (jobId: string) =>
    (await api('GET', `/api/batch/${jobId}/progress`)).body as unknown as Progress;
  /** Calls the simulator answered with content (HTTP 200), with their tokens, over all its APIs. */
  const answeredBySimulator = async (): Promise<SimulatorTotals> => {
    const stats = (await (await fetch(`http://127.0.0.1:${BASE_PORT + 50}/_sim/stats`)).json()) as {
      totals: { byApi: Record<string, Record<string, SimulatorTotals>> };
    };
    const answered = Object.values(stats.totals.byApi)
      .map((byStatus) => byStatus['200'])
      .filter(Boolean);
    return {
      requests: answered.reduce((sum, counter) => sum + counter.requests, 0),
      promptTokens: answered.reduce((sum, counter) => sum + counter.promptTokens, 0),
      completionTokens: answered.reduce((sum, counter) => sum + counter.completionTokens, 0),
    };
  };

  beforeAll(async () => {
    await pipeline.start({ skipEarlierGenerationRequests: true });
    await admissionConsumer.connect();
    await admissionConsumer.subscribe([Topics.jobAdmissionChanged.name], true);
    await admissionConsumer.run(async (batch: RawBatch, context) => {
      for (const message of batch.messages) {
        const event = await pipeline.codec.decode(Topics.jobAdmissionChanged, message.value);
        if (event.jobId === jobB) admissionEvents.push(event);
        context.resolveOffset(message.offset);
      }
    });
  });

  afterAll(async () => {
    await admissionConsumer.disconnect().catch(() => undefined);
    await pipeline.stop();
  });

  it('creates a job from a file and shows its tasks failing while the provider refuses every call', async () => {
    expect((await configureSimulator({ providerRefusal: 'flagged_prompt' })).status).toBe(200);
    jobACreatedAt = Date.now();
    const created = await api('POST', `/api/batch?job_id=${jobA}&languages=ja&lane=bulk`, {
      body: catalogue.slice(0, 8).join('\n'),
      type: 'application/x-ndjson',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ job_id: jobA, skus: 8, total_tasks: 16, languages: ['en', 'ja'] });

    // Consumer groups are shared with any other pipeline running on this broker, so another pipeline's
    // working generator may serve some of these requests: assert what holds either way.
    const failing = await waitFor(
      () => progressOf(jobA),
      (progress) => progress.state === 'needs_attention' || progress.state === 'completed',
      { timeoutMs: 90_000, intervalMs: 1_000, description: 'job A to settle with its refused tasks' },
    );
    expect(failing).toMatchObject({ state: 'needs_attention', total: 16, pending: 0, processing: 0 });
    expect(failing.failed).toBeGreaterThan(0);
    expect(failing.failed + failing.blocked + failing.completed).toBe(16);
    // Each refused English master blocks its Japanese task.
    expect(failing.languages.ja.blocked).toBe(failing.languages.en.failed);
    refusedTasks = failing.failed;
    // This pipeline's simulator never answered with content: nothing it counted was billed.
    expect((await answeredBySimulator()).promptTokens).toBe(0);
  });

  it('resumes after the fix: failed tasks are re-queued once and every task completes', async () => {
    await pipeline.service('generator').stop();
    // The fix. Through the simulator's OpenAI-compatible API with a model name of this run's own, so every
    // call this simulator answers is recognisable in the token ledger even when other pipelines share the
    // broker (consumer groups are shared: this generator may serve their requests, theirs ours).
    const configured = await configureSimulator({ model: simulatedModel, providerRefusal: 'none' });
    expect(configured.status).toBe(200);
    const fixed = new ServiceProcess('generator', BASE_PORT + 2, {
      ...pipeline.infra.serviceEnv,
      LLM_PROVIDER: 'openai',
      OPENAI_BASE_URL: `http://127.0.0.1:${BASE_PORT + 50}/v1`,
      OPENAI_MODEL: simulatedModel,
      SHUTDOWN_GRACE_MS: '5000',
      LOG_LEVEL: 'warn',
    });
    pipeline.services.set('generator', fixed);
    await fixed.start();

    expect((await api('POST', `/api/batch/${jobA}/resume`, { key: VIEWER_KEY })).status).toBe(403);
    const resumed = await api('POST', `/api/batch/${jobA}/resume`);
    expect(resumed).toMatchObject({
      status: 200,
      body: { admitted: true, requeued: refusedTasks, exhausted: 0 },
    });
    // A second resume right away re-queues nothing: those tasks are in the pipeline again.
    expect((await api('POST', `/api/batch/${jobA}/resume`)).body).toMatchObject({
      requeued: 0,
      exhausted: 0,
    });

    const snapshots: Progress[] = [];
    const done = await waitFor(
      async () => {
        const progress = await progressOf(jobA);
        snapshots.push(progress);
        return progress;
      },
      (progress) => progress.state === 'completed',
      { timeoutMs: 180_000, intervalMs: 500, description: 'job A to complete' },
    );
    expect(done).toMatchObject({
      total: 16,
      completed: 16,
      failed: 0,
      blocked: 0,
      progress_pct: 100,
      eta_seconds: 0,
    });
    expect(done.languages.en.completed + done.languages.ja.completed).toBe(16);
    // Seen on the way: tasks in the pipeline, and the counts always adding up to the total.
    expect(snapshots.some((progress) => progress.processing > 0 || progress.pending > 0)).toBe(true);
    for (const progress of snapshots) {
      expect(
        progress.pending +
          progress.processing +
          progress.completed +
          progress.unchanged +
          progress.failed +
          progress.human_review +
          progress.dead_lettered +
          progress.blocked,
      ).toBe(progress.total);
    }
    const rows = await pipeline.query<{ state: string; resume_count: number; language: string }>(
      'SELECT state, resume_count, language FROM job_service.job_task WHERE job_id = $1',
      [jobA],
    );
    expect(rows).toHaveLength(16);
    expect(rows.every((row) => row.state === 'completed')).toBe(true);
    expect(rows.filter((row) => row.resume_count === 1)).toHaveLength(refusedTasks);
    expect(rows.every((row) => row.resume_count <= 1)).toBe(true);
  });

  it('meters exactly what the simulator counted: tokens to the unit, cost to the cent', async () => {
    // Every call this simulator answered, whichever job it was for, carries this run's model name; the
    // usage of the last ones may still be on its way to the ledger.
    const servedByThisSimulator = async () => {
      const [row] = await pipeline.query<{ calls: string; prompt: string; completion: string; usd: string }>(
        `SELECT count(*) AS calls, coalesce(sum(prompt_tokens), 0) AS prompt,
                coalesce(sum(completion_tokens), 0) AS completion, coalesce(sum(cost_usd), 0) AS usd
           FROM cost_meter.token_ledger WHERE model = $1`,
        [simulatedModel],
      );
      return { ledger: row, simulated: await answeredBySimulator() };
    };
    const { ledger: served, simulated } = await waitFor(
      servedByThisSimulator,
      ({ ledger, simulated: counted }) =>
        Number(ledger.prompt) === counted.promptTokens &&
        Number(ledger.completion) === counted.completionTokens,
      {
        timeoutMs: 60_000,
        intervalMs: 1_000,
        description: 'the ledger to have every call the simulator answered',
      },
    );
    // Calls are not compared: the simulator also counts token-free requests (the generator's provider probes).
    expect(Number(served.prompt)).toBe(simulated.promptTokens);
    expect(Number(served.completion)).toBe(simulated.completionTokens);
    const expectedUsd =
      (simulated.promptTokens * PRICE.inputPerMillion + simulated.completionTokens * PRICE.outputPerMillion) /
      1_000_000;
    expect(Math.round(Number(served.usd) * 100)).toBe(Math.round(expectedUsd * 100));
    expect(Math.abs(Number(served.usd) - expectedUsd)).toBeLessThan(1e-9);

    // The job's own view: the API's totals equal the generator's record of the job's calls, exactly (once the
    // cost meter's announcements of the last calls have reached the job service).
    const [generated] = await pipeline.query<{ calls: string; prompt: string; completion: string }>(
      `SELECT count(*) AS calls, sum((usage->>'promptTokens')::int) AS prompt,
              sum((usage->>'completionTokens')::int) AS completion
         FROM generator.generation_attempt WHERE job_id = $1`,
      [jobA],
    );
    const cost = await waitFor(
      async () =>
        (await api('GET', `/api/batch/${jobA}/cost`, { key: VIEWER_KEY })).body as {
          total: { calls: number; prompt_tokens: number; completion_tokens: number; cost_usd: number };
          by_language: Record<string, { calls: number }>;
          by_attempt: Record<string, { calls: number; cost_usd: number }>;
          accepted_outputs: number;
          cost_per_accepted_output_usd: number;
        },
      (jobCost) => jobCost.total.calls >= Number(generated.calls),
      { timeoutMs: 30_000, intervalMs: 500, description: 'the job service to have every call of job A' },
    );
    expect(cost.total).toMatchObject({
      calls: Number(generated.calls),
      prompt_tokens: Number(generated.prompt),
      completion_tokens: Number(generated.completion),
    });
    expect(cost.by_language.en.calls + cost.by_language.ja.calls).toBe(cost.total.calls);
    expect(cost.accepted_outputs).toBe(16);
    expect(cost.cost_per_accepted_output_usd).toBeCloseTo(cost.total.cost_usd / 16, 9);
    const progress = await progressOf(jobA);
    // Progress reports money rounded to the micro-dollar, so half a micro-dollar is the most it may differ by.
    expect(Math.abs(progress.cost_usd_so_far - cost.total.cost_usd)).toBeLessThanOrEqual(0.5e-6 + 1e-12);
    process.stdout.write(
      `[jobs e2e] simulator: ${simulated.requests} calls, ${simulated.promptTokens} prompt + ${simulated.completionTokens} completion tokens, ` +
        `ledger $${Number(served.usd).toFixed(6)} = table $${expectedUsd.toFixed(6)}; job A: ${cost.total.calls} calls, ` +
        `${cost.total.prompt_tokens} + ${cost.total.completion_tokens} tokens, $${cost.total.cost_usd.toFixed(6)}, by attempt ${JSON.stringify(cost.by_attempt)}\n`,
    );
  });

  it('streams progress as Server-Sent Events until the job has settled', async () => {
    const response = await fetch(`${jobService}/api/batch/${jobA}/progress/stream?interval_ms=500`, {
      headers: { authorization: `Bearer ${VIEWER_KEY}` },
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await response.text();
    expect(text).toMatch(/^event: progress\ndata: \{.*"state":"completed"/m);
    expect(text).toMatch(/event: end\n/);
  });

  it('pauses a job when its cost reaches the cap, and admits it again after a raise and a resume', async () => {
    const created = await api('POST', '/api/batch', {
      body: JSON.stringify({
        jobId: jobB,
        lines: catalogue.slice(8, 14),
        languages: ['en'],
        budgetUsd: 0.0001,
      }),
      type: 'application/json',
    });
    expect(created).toMatchObject({ status: 201, body: { skus: 6, total_tasks: 6, budget_usd: 0.0001 } });

    const paused = await waitFor(
      () => progressOf(jobB),
      (progress) => progress.state === 'paused: budget',
      { timeoutMs: 90_000, intervalMs: 500, description: 'job B paused by its budget' },
    );
    expect(paused.cost_usd_so_far).toBeGreaterThanOrEqual(0.0001);
    // Concurrent usage events may each announce the pause: same event id and sequence, applied once.
    const pause = await waitFor(
      async () => admissionEvents.find((event) => event.sequence === 1),
      (event) => event !== undefined,
      { timeoutMs: 30_000, description: 'a JobAdmissionChanged for job B' },
    );
    expect(pause).toMatchObject({ jobId: jobB, admitted: false, reason: 'budget', budgetUsd: 0.0001 });

    // Paused means no more LLM calls: the generator parks the job's requests instead of generating them.
    const attemptsOfB = async () =>
      Number(
        (
          await pipeline.query<{ n: string }>(
            'SELECT count(*) AS n FROM generator.generation_attempt WHERE job_id = $1',
            [jobB],
          )
        )[0].n,
      );
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const attemptsWhilePaused = await attemptsOfB();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await attemptsOfB()).toBe(attemptsWhilePaused);

    const refused = await api('POST', `/api/batch/${jobB}/resume`);
    expect(refused.status).toBe(409);
    expect(String(refused.body.message)).toMatch(/raise the cap first/);

    const raised = await api('PATCH', `/api/batch/${jobB}`, {
      body: JSON.stringify({ budgetUsd: 10 }),
      type: 'application/json',
    });
    expect(raised).toMatchObject({ status: 200, body: { budget_usd: 10, admitted: false } });
    const resumed = await api('POST', `/api/batch/${jobB}/resume`);
    expect(resumed).toMatchObject({ status: 200, body: { admitted: true } });
    const admission = await waitFor(
      async () => admissionEvents.find((event) => event.sequence === 2),
      (event) => event !== undefined,
      { timeoutMs: 30_000, description: 'the admission of job B' },
    );
    expect(admission).toMatchObject({ jobId: jobB, admitted: true, reason: 'resumed' });
    expect(new Set(admissionEvents.map((event) => `${event.sequence}:${event.eventId}`)).size).toBe(2);
    // Parked requests are released on admission: every task completes.
    const after = await waitFor(
      () => progressOf(jobB),
      (progress) => progress.state === 'completed',
      { timeoutMs: 90_000, intervalMs: 1_000, description: 'job B to complete' },
    );
    expect(after.completed).toBe(6);
  });

  it('answers bad requests with a 4xx and a message, never a 500', async () => {
    const cases: [string, string, { key?: string; body?: string; type?: string }, number, RegExp][] = [
      [
        'POST',
        '/api/batch',
        { key: '', body: '{"sku_id":"X"}', type: 'application/x-ndjson' },
        401,
        /API key/,
      ],
      [
        'POST',
        '/api/batch',
        { key: VIEWER_KEY, body: '{"sku_id":"X"}', type: 'application/x-ndjson' },
        403,
        /operator/,
      ],
      [
        'POST',
        '/api/batch?languages=en,xx',
        { body: '{"sku_id":"X"}', type: 'application/x-ndjson' },
        400,
        /unknown language xx/,
      ],
      [
        'POST',
        '/api/batch',
        { body: 'not json\nalso not', type: 'application/x-ndjson' },
        400,
        /No catalogue record/,
      ],
      ['POST', '/api/batch', { body: '{"lines":[]', type: 'application/json' }, 400, /JSON/],
      [
        'POST',
        `/api/batch?job_id=${jobA}`,
        { body: catalogue[0], type: 'application/x-ndjson' },
        409,
        /already exists/,
      ],
      ['GET', '/api/batch/no-such-job/progress', { key: VIEWER_KEY }, 404, /No job no-such-job/],
      ['GET', '/api/batch/bad%20id/progress', { key: VIEWER_KEY }, 400, /job id/],
      [
        'PATCH',
        `/api/batch/${jobA}`,
        { body: '{"budgetUsd":"ten"}', type: 'application/json' },
        400,
        /budgetUsd/,
      ],
      [
        'PATCH',
        `/api/batch/${jobA}`,
        { body: '{"budgetUsd":-1}', type: 'application/json' },
        400,
        /budgetUsd/,
      ],
    ];
    for (const [method, path, options, status, message] of cases) {
      const response = await api(method, path, options);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(JSON.stringify(response.body)).toMatch(message);
    }
  });

  it('replays the unchanged catalogue without a single generation request', async () => {
    const replay = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'apps/ingester/src/replay.ts',
        '--since',
        new Date(jobACreatedAt - 1_000).toISOString(),
        '--job',
        replayJob,
      ],
      {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, ...pipeline.infra.serviceEnv, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    replay.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    replay.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => replay.once('exit', done));
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    const summary = JSON.parse(output.trim().split('\n').pop() as string) as Record<string, number>;
    expect(summary.requested).toBe(0);
    expect(summary.unchanged).toBeGreaterThanOrEqual(14);

    const progress = await waitFor(
      () => progressOf(replayJob),
      (current) => current.unchanged >= 8 * 2 + 6,
      { timeoutMs: 30_000, description: 'the replay job’s skipped tasks in the ledger' },
    );
    expect(progress).toMatchObject({ state: 'completed', processing: 0, pending: 0, cost_usd_so_far: 0 });
    const generated = await pipeline.query<{ count: string }>(
      'SELECT count(*) AS count FROM generator.generation_attempt WHERE job_id = $1',
      [replayJob],
    );
    expect(Number(generated[0].count)).toBe(0);
    const [metered] = await pipeline.query<{ count: string }>(
      'SELECT count(*) AS count FROM cost_meter.token_ledger WHERE job_id = $1',
      [replayJob],
    );
    expect(Number(metered.count)).toBe(0);
  });
});
