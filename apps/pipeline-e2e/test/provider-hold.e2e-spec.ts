import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { AvroCodec, KafkaJsBrokerClient, provisionTopics } from '@content-pipeline/kafka-runtime';
import {
  createGeneratorGroupAtEnd,
  DeadLetterReader,
  generatorInstance,
  metricSample,
  migrateServices,
  publishGenerationRequests,
  sampleGenerationSources,
  ServiceProcess,
  testInfrastructure,
  uniqueRunTag,
  waitFor,
} from '@content-pipeline/testing';

// Failures no retry can fix hold the provider for the whole generator group: nothing is dead-lettered, the
// backlog waits, and after the fix (a probe, a restart with the right key, or an operator) everything completes.
const SIM_PORT = 5150;
const GENERATOR_PORTS = [5151, 5152];
const RESTARTED_PORTS = [5153, 5154];
const JOB_SERVICE_PORT = 5155;
const TASKS = 24;
const KEYS = { viewer: 'hold-viewer-key-0001', operator: 'hold-operator-key-0001' };

const infra = testInfrastructure();
const db = new Pool({ connectionString: infra.databaseUrl, max: 2 });
const simulator = new ServiceProcess('llm-simulator', SIM_PORT, {}, [
  '--port',
  String(SIM_PORT),
  '--latency-median-ms',
  '150',
]);
const runPrefix = uniqueRunTag('e2e-hold');
// The job service hears of the hold on content.internal.provider.hold-changed.v1 and shows it on the job.
const jobService = new ServiceProcess('job-service', JOB_SERVICE_PORT, {
  ...infra.serviceEnv,
  LOG_LEVEL: 'warn',
  SHUTDOWN_GRACE_MS: '5000',
  API_KEYS: `${KEYS.viewer}:viewer,${KEYS.operator}:operator`,
});
const deadLetters = new DeadLetterReader(
  infra.kafkaBrokers,
  new AvroCodec({ url: infra.registryUrl }),
  `${runPrefix}-dead-letters`,
  (record) => record.jobId?.startsWith(runPrefix) ?? false,
);

interface HoldView {
  held: boolean;
  reason: string | null;
  error_code: string | null;
  message: string | null;
  action: string | null;
  refused_calls: number;
  released_by: string | null;
}

async function simulatorConfig(patch: Record<string, unknown>): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${SIM_PORT}/_sim/config`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  if (!response.ok) throw new Error(`simulator config: ${response.status} ${await response.text()}`);
}

async function call(port: number, method: string, key?: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${port}/provider-hold`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as HoldView & { message: unknown } };
}

const holdOf = async (port: number) => (await call(port, 'GET', KEYS.viewer)).body;

interface ProviderHoldNotice {
  reason: string;
  provider: string;
  hold_key: string;
  error_code: string;
  message: string;
  action: string;
  since: string;
}

interface JobWithProgress {
  paused_by: string | null;
  provider_hold: ProviderHoldNotice | null;
  progress: {
    state: string;
    paused_by: string | null;
    provider_hold: ProviderHoldNotice | null;
    eta_seconds: number | null;
    eta_status: string;
  };
}

async function jobApi<T>(path: string): Promise<T | undefined> {
  const response = await fetch(`http://127.0.0.1:${JOB_SERVICE_PORT}${path}`, {
    headers: { authorization: `Bearer ${KEYS.viewer}` },
  });
  return response.ok ? ((await response.json()) as T) : undefined;
}

const jobOf = (jobId: string) => jobApi<JobWithProgress>(`/api/batch/${jobId}`);

/** The first `progress` event of the job's Server-Sent Events stream. */
async function firstStreamedProgress(jobId: string): Promise<JobWithProgress['progress']> {
  const controller = new AbortController();
  const response = await fetch(
    `http://127.0.0.1:${JOB_SERVICE_PORT}/api/batch/${jobId}/progress/stream?interval_ms=500`,
    { headers: { authorization: `Bearer ${KEYS.viewer}` }, signal: controller.signal },
  );
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`the stream ended before a progress event: ${text}`);
      text += Buffer.from(value).toString('utf8');
      const event = /event: progress\ndata: (.*)\n\n/.exec(text);
      if (event) return JSON.parse(event[1]) as JobWithProgress['progress'];
    }
  } finally {
    controller.abort();
  }
}

/** The job API shows the job paused by the hold, in the generator's words, on the detail, the list and the stream. */
async function jobShowsTheHold(jobId: string, reason: string, generatorHold: HoldView): Promise<void> {
  const job = await waitFor(
    () => jobOf(jobId),
    (view) => view?.progress.provider_hold?.hold_key === jobId,
    { timeoutMs: 60_000, description: `the job API showing ${jobId} held` },
  );
  expect(job?.progress).toMatchObject({
    state: `paused: ${reason}`,
    paused_by: reason,
    eta_seconds: null,
    eta_status: 'held',
  });
  expect(job?.progress.provider_hold).toMatchObject({
    reason,
    error_code: generatorHold.error_code,
    message: generatorHold.message,
    action: generatorHold.action,
  });
  expect(Date.parse(job?.progress.provider_hold?.since ?? '')).toBeLessThanOrEqual(Date.now());
  expect(job).toMatchObject({ paused_by: reason, provider_hold: { hold_key: jobId } });
  const listed = (await jobApi<(JobWithProgress & { job_id: string })[]>('/api/batch?limit=100'))?.find(
    (entry) => entry.job_id === jobId,
  );
  expect(listed).toMatchObject({ paused_by: reason, provider_hold: { reason, hold_key: jobId } });
  expect(await firstStreamedProgress(jobId)).toMatchObject({
    state: `paused: ${reason}`,
    eta_status: 'held',
    provider_hold: { reason, hold_key: jobId },
  });
  const holds = await jobApi<ProviderHoldNotice[]>('/api/provider-holds');
  expect(holds?.map((hold) => hold.hold_key)).toContain(jobId);
}

/** After the fix the job API no longer shows it: the job runs again (its ETA is a figure once it moves). */
async function jobNoLongerHeld(jobId: string): Promise<void> {
  const job = await waitFor(
    () => jobOf(jobId),
    (view) => view?.progress.provider_hold === null,
    { timeoutMs: 30_000, description: `the job API showing ${jobId} no longer held` },
  );
  expect(job).toMatchObject({ paused_by: null, provider_hold: null });
  expect(job?.progress.state).not.toMatch(/^paused/);
  expect(job?.progress.eta_status).not.toBe('held');
  const holds = await jobApi<ProviderHoldNotice[]>('/api/provider-holds');
  expect(holds?.map((hold) => hold.hold_key)).not.toContain(jobId);
}

async function completedTasks(jobId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(DISTINCT task_id)::int AS n FROM generator.generation_attempt WHERE job_id = $1',
    [jobId],
  );
  return rows[0].n;
}

const deadLettersOf = (jobId: string) => deadLetters.received.filter((record) => record.jobId === jobId);

/** Two generator instances in one private group (and one limiter and hold key) for a job. */
function group(jobId: string, ports: number[], env: Record<string, string> = {}): ServiceProcess[] {
  return ports.map((port) =>
    generatorInstance(port, {
      DIFY_API_URL: `http://127.0.0.1:${SIM_PORT}`,
      OPENAI_BASE_URL: `http://127.0.0.1:${SIM_PORT}/v1`,
      GENERATOR_CONSUMER_GROUP: `generator-${jobId}`,
      LLM_RATE_LIMITER_KEY: jobId,
      LLM_RPM_LIMIT: '60000',
      LLM_TPM_LIMIT: '200000000',
      LLM_HOLD_POLL_MS: '500',
      LLM_HOLD_PROBE_MS: '3000',
      API_KEYS: `${KEYS.viewer}:viewer,${KEYS.operator}:operator`,
      ...env,
    }),
  );
}

/** Starts the group, publishes the backlog, and waits for the hold; returns the hold as the API shows it. */
async function holdsTheLine(jobId: string, instances: ServiceProcess[], reason: string): Promise<HoldView> {
  await createGeneratorGroupAtEnd(`generator-${jobId}`);
  await Promise.all(instances.map((instance) => instance.start()));
  await publishGenerationRequests(jobId, sampleGenerationSources(TASKS), 'bulk');
  const hold = await waitFor(
    () => holdOf(instances[0].port),
    (view) => view.held,
    { timeoutMs: 60_000, description: `the provider held for ${jobId}` },
  );
  expect(hold.reason).toBe(reason);
  expect(hold.action).toEqual(expect.any(String));
  // Every instance sees the hold and stops fetching; none completes anything meanwhile.
  for (const instance of instances) {
    await waitFor(
      () => metricSample(instance.port, 'content_pipeline_llm_provider_held', `reason="${reason}"`),
      (value) => value === 1,
      { timeoutMs: 10_000, description: `instance ${instance.port} reporting the hold` },
    );
    expect(
      await metricSample(
        instance.port,
        'content_pipeline_generator_consumer_paused',
        'reason="provider_held"',
      ),
    ).toBe(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  expect(await completedTasks(jobId)).toBe(0);
  expect(deadLettersOf(jobId)).toEqual([]);
  await jobShowsTheHold(jobId, reason, hold);
  return hold;
}

async function completesAfterTheFix(jobId: string, instances: ServiceProcess[]): Promise<HoldView> {
  await waitFor(
    () => completedTasks(jobId),
    (done) => done === TASKS,
    { timeoutMs: 120_000, description: `all ${TASKS} tasks of ${jobId} completed` },
  );
  const hold = await holdOf(instances[0].port);
  expect(hold.held).toBe(false);
  // Dead letters would have been published before the completions they replaced.
  expect(deadLettersOf(jobId)).toEqual([]);
  await jobNoLongerHeld(jobId);
  return hold;
}

describe('a failure that needs a person holds the generator group; nothing is dead-lettered', () => {
  let running: ServiceProcess[] = [];

  beforeAll(async () => {
    migrateServices(['generator', 'job-service'], infra.serviceEnv);
    // The dead-letter reader subscribes before any service has created the topics (a fresh broker has none).
    const admin = new KafkaJsBrokerClient({
      clientId: 'e2e-hold-admin',
      brokers: infra.kafkaBrokers,
      ssl: false,
    }).admin();
    await provisionTopics(admin, {
      partitions: 6,
      replicationFactor: infra.replicationFactor,
      consumerGroups: [],
    });
    await admin.disconnect();
    // A run killed while held leaves its hold in force on the test database; every job would show it.
    await db.query(
      `UPDATE job_service.provider_hold SET held = false WHERE held AND hold_key LIKE 'e2e-hold-%'`,
    );
    await deadLetters.start();
    await simulator.start('/health');
    await jobService.start();
  }, 120_000);

  afterEach(async () => {
    await Promise.all(running.map((instance) => instance.stop()));
    running = [];
    await simulatorConfig({ acceptedApiKey: '', providerRefusal: 'none' });
  }, 60_000);

  afterAll(async () => {
    await jobService.stop();
    await simulator.stop();
    await deadLetters.stop();
    await db.end();
  });

  it('wrong API key: held as provider_auth; instances restarted with the right key stay paused until the operator asks for a probe', async () => {
    const jobId = `${runPrefix}-auth`;
    await simulatorConfig({ acceptedApiKey: 'app-right-key' });
    running = group(jobId, GENERATOR_PORTS, { DIFY_API_KEY: 'app-wrong-key' });
    const hold = await holdsTheLine(jobId, running, 'provider_auth');
    expect(hold.error_code).toBe('unauthorized');

    await Promise.all(running.map((instance) => instance.stop()));
    // The restarted group sees the stored hold before it fetches anything; its probe waits a minute.
    running = group(jobId, RESTARTED_PORTS, { DIFY_API_KEY: 'app-right-key', LLM_HOLD_PROBE_MS: '60000' });
    await Promise.all(running.map((instance) => instance.start()));
    expect((await holdOf(running[0].port)).held).toBe(true);
    expect(
      await metricSample(
        running[1].port,
        'content_pipeline_generator_consumer_paused',
        'reason="provider_held"',
      ),
    ).toBe(1);
    expect(await completedTasks(jobId)).toBe(0);

    const probe = await call(running[1].port, 'POST', KEYS.operator, { action: 'probe' });
    expect(probe.status).toBe(200);
    const after = await completesAfterTheFix(jobId, running);
    expect(after.released_by).toBe('probe');
  }, 300_000);

  it('wrong API key in a mounted secret: rotating the secret file lifts the hold at the next probe, without a restart', async () => {
    const jobId = `${runPrefix}-rotated`;
    const secrets = mkdtempSync(join(tmpdir(), 'hold-secret-'));
    const keyFile = join(secrets, 'dify-api-key');
    try {
      writeFileSync(keyFile, 'app-wrong-key\n');
      await simulatorConfig({ acceptedApiKey: 'app-right-key' });
      running = group(jobId, GENERATOR_PORTS, { DIFY_API_KEY_FILE: keyFile });
      expect((await holdsTheLine(jobId, running, 'provider_auth')).error_code).toBe('unauthorized');
      // What a secret update does in the pod's volume; the same processes keep running.
      writeFileSync(keyFile, 'app-right-key\n');
      expect((await completesAfterTheFix(jobId, running)).released_by).toBe('probe');
    } finally {
      rmSync(secrets, { recursive: true, force: true });
    }
  }, 300_000);

  it('exhausted quota (OpenAI insufficient_quota): held as provider_quota, released by the probe once the quota is back', async () => {
    const jobId = `${runPrefix}-quota`;
    await simulatorConfig({ providerRefusal: 'quota_exhausted' });
    running = group(jobId, GENERATOR_PORTS, { LLM_PROVIDER: 'openai' });
    const hold = await holdsTheLine(jobId, running, 'provider_quota');
    expect(hold.error_code).toBe('insufficient_quota');
    await simulatorConfig({ providerRefusal: 'none' });
    expect((await completesAfterTheFix(jobId, running)).released_by).toBe('probe');
  }, 300_000);

  it('unknown model: held as provider_model; an operator releases it after the fix', async () => {
    const jobId = `${runPrefix}-model`;
    await simulatorConfig({ providerRefusal: 'unknown_model' });
    running = group(jobId, GENERATOR_PORTS, { LLM_HOLD_PROBE_MS: '600000' });
    const hold = await holdsTheLine(jobId, running, 'provider_model');
    expect(hold.error_code).toBe('model_currently_not_support');
    await simulatorConfig({ providerRefusal: 'none' });
    const released = await call(running[0].port, 'POST', KEYS.operator, {
      action: 'release',
      note: 'model provider configured',
    });
    expect([released.status, released.body.held]).toEqual([200, false]);
    expect((await completesAfterTheFix(jobId, running)).released_by).toContain('model provider configured');
  }, 300_000);

  it('workflow contract mismatch (same unreadable outputs on every call): held as provider_contract, then completes', async () => {
    const jobId = `${runPrefix}-contract`;
    await simulatorConfig({ providerRefusal: 'contract_mismatch' });
    running = group(jobId, GENERATOR_PORTS, { DIFY_RESPONSE_MODE: 'blocking' });
    const hold = await holdsTheLine(jobId, running, 'provider_contract');
    expect(hold.message).toContain('translated_description');
    await simulatorConfig({ providerRefusal: 'none' });
    expect((await completesAfterTheFix(jobId, running)).released_by).toBe('probe');
  }, 300_000);

  it('guards the hold API with the service’s API keys and validates the action', async () => {
    const jobId = `${runPrefix}-api`;
    running = group(jobId, GENERATOR_PORTS.slice(0, 1));
    await Promise.all(running.map((instance) => instance.start()));
    const port = running[0].port;
    expect((await call(port, 'GET')).status).toBe(401);
    expect((await call(port, 'GET', KEYS.viewer)).body).toMatchObject({ provider: 'dify', held: false });
    expect((await call(port, 'POST', KEYS.viewer, { action: 'release' })).status).toBe(403);
    const bad = await call(port, 'POST', KEYS.operator, { action: 'resume-everything' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain('action');
    const docs = (await (await fetch(`http://127.0.0.1:${port}/docs-json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(docs.paths)).toContain('/provider-hold');
  }, 120_000);
});
