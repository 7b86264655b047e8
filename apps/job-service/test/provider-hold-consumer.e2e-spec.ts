import { Pool } from 'pg';
import { ProviderHoldChanged, Topics } from '@content-pipeline/contracts';
import { AvroCodec, KafkaJsBrokerClient, provisionTopics } from '@content-pipeline/kafka-runtime';
import {
  DeadLetterReader,
  migrateServices,
  ServiceProcess,
  testInfrastructure,
  uniqueRunTag,
  waitFor,
} from '@content-pipeline/testing';

// The job service's consumer of the generator's provider hold, on the real broker, registry and database: a hold
// is shown, a late (older) change is ignored, a release clears it, and bytes that are not a valid event go to the
// dead-letter topic with the reason and the original bytes instead of blocking the partition.
const PORT = 6210;
const VIEWER_KEY = 'hold-consumer-viewer-key-01';

const infra = testInfrastructure();
const tag = uniqueRunTag('hold-consumer');
const db = new Pool({ connectionString: infra.databaseUrl, max: 2 });
const codec = new AvroCodec({ url: infra.registryUrl });
const broker = new KafkaJsBrokerClient({ clientId: tag, brokers: infra.kafkaBrokers, ssl: false });
const producer = broker.producer();
const jobService = new ServiceProcess('job-service', PORT, {
  ...infra.serviceEnv,
  LOG_LEVEL: 'warn',
  SHUTDOWN_GRACE_MS: '5000',
  API_KEYS: `${VIEWER_KEY}:viewer`,
});
const deadLetters = new DeadLetterReader(
  infra.kafkaBrokers,
  codec,
  `${tag}-dead-letters`,
  (record) =>
    record.sourceTopic === Topics.providerHoldChanged.name &&
    (record.originalKey?.toString('utf8').startsWith(tag) ?? false),
);

const held: ProviderHoldChanged = {
  eventId: `${tag}-held`,
  holdKey: tag,
  provider: 'anthropic',
  held: true,
  reason: 'provider_quota',
  errorCode: 'billing_error',
  message: 'Your credit balance is too low to access the Anthropic API.',
  action: 'Add credit at the provider; the probe resumes within a probe interval.',
  heldAt: 1_765_000_000_000,
  changedAt: 1_765_000_000_000,
  changedBy: 'generator-a:1',
  sequence: 5,
  traceparent: '',
};

async function send(key: string, value: Buffer): Promise<void> {
  await producer.send(Topics.providerHoldChanged.name, [{ key: Buffer.from(key), value, headers: {} }]);
}

const announce = async (change: ProviderHoldChanged) =>
  send(change.holdKey, await codec.encode(Topics.providerHoldChanged, change));

async function holdsShown(): Promise<{ hold_key: string; reason: string; message: string; since: string }[]> {
  const response = await fetch(`http://127.0.0.1:${PORT}/api/provider-holds`, {
    headers: { authorization: `Bearer ${VIEWER_KEY}` },
  });
  if (!response.ok) throw new Error(`GET /api/provider-holds answered ${response.status}`);
  return (await response.json()) as { hold_key: string; reason: string; message: string; since: string }[];
}

const mine = async () => (await holdsShown()).filter((hold) => hold.hold_key === tag);

beforeAll(async () => {
  migrateServices(['job-service'], infra.serviceEnv);
  const admin = broker.admin();
  await provisionTopics(admin, {
    partitions: 6,
    replicationFactor: infra.replicationFactor,
    consumerGroups: [],
  });
  await admin.disconnect();
  await producer.connect();
  await deadLetters.start();
  await jobService.start();
}, 120_000);

afterAll(async () => {
  await jobService.stop();
  await deadLetters.stop();
  await producer.disconnect();
  // A run that failed half-way must not leave its hold shown on every job of the test database.
  await db.query(`UPDATE job_service.provider_hold SET held = false WHERE hold_key = $1`, [tag]);
  await db.end();
});

describe('the job service follows the provider hold', () => {
  it('shows a hold, ignores an older change, clears on the release, and dead-letters what is not a valid event', async () => {
    const garbage = Buffer.from('not an Avro event at all');
    await send(`${tag}-garbage`, garbage);
    const invalid = await codec.encode(Topics.providerHoldChanged, {
      ...held,
      holdKey: `${tag}-invalid`,
      reason: 'tired',
    });
    await send(`${tag}-invalid`, invalid);
    await announce(held);
    // Redelivered or late: an older change of the same key changes nothing.
    await announce({ ...held, eventId: `${tag}-old-release`, held: false, sequence: 4 });

    const shown = await waitFor(mine, (holds) => holds.length === 1, {
      timeoutMs: 60_000,
      description: 'the hold shown by the job service',
    });
    expect(shown[0]).toMatchObject({
      reason: 'provider_quota',
      message: held.message,
      since: new Date(held.heldAt).toISOString(),
    });
    const letters = await waitFor(
      async () => deadLetters.received,
      (received) => received.length >= 2,
      { timeoutMs: 60_000, description: 'both bad messages dead-lettered' },
    );
    const byKey = new Map(letters.map((letter) => [letter.originalKey?.toString('utf8'), letter]));
    expect(byKey.get(`${tag}-garbage`)?.originalValue).toEqual(garbage);
    expect(byKey.get(`${tag}-invalid`)?.originalValue).toEqual(invalid);
    expect(byKey.get(`${tag}-invalid`)?.reason).toContain('reason "tired" is not one of');
    expect(byKey.get(`${tag}-garbage`)?.reason).toEqual(expect.any(String));
    expect([...byKey.values()].every((letter) => letter.consumerGroup === 'job-provider-hold')).toBe(true);
    expect(await mine()).toHaveLength(1);

    await announce({
      ...held,
      eventId: `${tag}-released`,
      held: false,
      changedAt: held.heldAt + 60_000,
      changedBy: 'probe',
      sequence: 6,
    });
    await waitFor(mine, (holds) => holds.length === 0, {
      timeoutMs: 30_000,
      description: 'the hold cleared after the release',
    });
  }, 180_000);
});
