import { DeadLetter, defineTopic, Headers, Topics } from '@content-pipeline/contracts';
import {
  AvroCodec,
  ConsumerRunner,
  EventPublisher,
  InvalidMessageError,
  KafkaJsBrokerClient,
  subscribe,
  TransientError,
} from '../src';
import { DeadLetterReader, testInfrastructure, uniqueRunTag, waitFor } from '@content-pipeline/testing';

interface Probe {
  id: string;
  amount: number;
}

const infra = testInfrastructure();

/** A private topic and consumer group per test, on the real broker and registry. */
async function fixture(options: { concurrency?: number; retryDelaysMs?: number[] } = {}) {
  const tag = uniqueRunTag('runtime').replace(/-/g, '_');
  const topic = defineTopic<Probe>(
    `test.internal.runtime.${tag}.v1`,
    {
      type: 'record',
      name: 'Probe',
      namespace: 'com.contentpipeline.test',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'amount', type: 'int' },
      ],
    },
    'runtime probe',
  );
  const broker = new KafkaJsBrokerClient({ clientId: tag, brokers: infra.kafkaBrokers, ssl: false });
  const admin = broker.admin();
  const groupId = `test-${tag}`;
  await admin.ensureTopics([
    { name: topic.name, partitions: 3, replicationFactor: 1 },
    { name: `pipeline.internal.retry.${groupId}.v1`, partitions: 3, replicationFactor: 1 },
    { name: Topics.deadLetter.name, partitions: 6, replicationFactor: 1 },
  ]);
  const codec = new AvroCodec({ url: infra.registryUrl });
  const producer = broker.producer();
  await producer.connect();
  const publisher = new EventPublisher(producer, codec);
  const deadLetters = new DeadLetterReader(
    infra.kafkaBrokers,
    codec,
    `${groupId}-dlq-reader`,
    (record: DeadLetter) => record.sourceTopic === topic.name,
  );
  await deadLetters.start();
  const runners: ConsumerRunner[] = [];
  const run = async (handle: (probe: Probe) => Promise<void>) => {
    const runner = new ConsumerRunner(broker, codec, publisher, {
      groupId,
      concurrency: options.concurrency ?? 16,
      retryPolicy: {
        inProcessAttempts: 2,
        baseDelayMs: 10,
        maxDelayMs: 50,
        retryTopicDelaysMs: options.retryDelaysMs ?? [500],
      },
      commitIntervalMs: 200,
      subscriptions: [subscribe<Probe>({ topic, handle, describe: (probe) => ({ skuId: probe.id }) })],
    });
    runners.push(runner);
    await runner.start();
    return runner;
  };
  const cleanup = async () => {
    await Promise.all(runners.map((runner) => runner.stop(2_000)));
    await deadLetters.stop();
    await producer.disconnect();
    await admin.disconnect();
  };
  return { topic, groupId, admin, publisher, producer, codec, deadLetters, run, cleanup };
}

describe('ConsumerRunner against real Kafka', () => {
  it('dead-letters poison messages with a reason and the original bytes while the partition keeps flowing', async () => {
    const f = await fixture();
    try {
      const processed: string[] = [];
      await f.run(async (probe) => {
        if (probe.amount < 0)
          throw new InvalidMessageError(
            `amount must not be negative, got ${probe.amount}`,
            'negative_amount',
          );
        processed.push(probe.id);
      });
      const unknownSchemaId = Buffer.from([0, 0x7f, 0xff, 0xff, 0xf0, 2, 0x61]);
      // Everything on one key, hence one partition: good messages after the poison ones must still arrive.
      await f.producer.send(f.topic.name, [
        { key: 'k', value: await f.codec.encode(f.topic, { id: 'good-1', amount: 1 }) },
        { key: 'k', value: Buffer.from('garbage that is not avro') },
        { key: 'k', value: unknownSchemaId },
        { key: 'k', value: await f.codec.encode(f.topic, { id: 'bad-domain', amount: -5 }) },
        { key: 'k', value: null },
        { key: 'k', value: await f.codec.encode(f.topic, { id: 'good-2', amount: 2 }) },
      ]);
      await waitFor(
        async () => processed.length,
        (count) => count === 2,
        { timeoutMs: 60_000, description: 'good messages' },
      );
      expect(processed).toEqual(['good-1', 'good-2']);
      const records = await waitFor(
        async () => f.deadLetters.received,
        (received) => received.length === 4,
        {
          timeoutMs: 60_000,
          description: 'four dead letters',
        },
      );
      const byCode = Object.fromEntries(records.map((record) => [record.errorCode, record]));
      expect(Object.keys(byCode).sort()).toEqual([
        'empty_value',
        'negative_amount',
        'not_avro',
        'unknown_schema_id',
      ]);
      expect(byCode['not_avro'].originalValue?.toString()).toBe('garbage that is not avro');
      expect(byCode['unknown_schema_id'].originalValue).toEqual(unknownSchemaId);
      expect(byCode['negative_amount'].reason).toBe('amount must not be negative, got -5');
      expect(byCode['negative_amount'].skuId).toBe('bad-domain');
      expect(byCode['negative_amount'].retriable).toBe(false);
    } finally {
      await f.cleanup();
    }
  });

  it('retries transient failures in process, then through the retry topic, and dead-letters when exhausted', async () => {
    const f = await fixture({ retryDelaysMs: [300] });
    try {
      const attempts = new Map<string, number>();
      const processed: string[] = [];
      await f.run(async (probe) => {
        const attempt = (attempts.get(probe.id) ?? 0) + 1;
        attempts.set(probe.id, attempt);
        // flaky-1 fails once (in-process retry fixes it); flaky-3 fails 3 times (needs the retry topic);
        // always-down never succeeds (dead-lettered after 2 + 2 attempts).
        const failures =
          probe.id === 'flaky-1' ? 1 : probe.id === 'flaky-3' ? 3 : probe.id === 'always-down' ? Infinity : 0;
        if (attempt <= failures)
          throw new TransientError(`dependency down (attempt ${attempt})`, 'dependency_down');
        processed.push(probe.id);
      });
      await f.publisher.publishAll(f.topic, [
        { value: { id: 'flaky-1', amount: 1 }, key: 'a' },
        { value: { id: 'flaky-3', amount: 1 }, key: 'b' },
        { value: { id: 'always-down', amount: 1 }, key: 'c' },
      ]);
      await waitFor(
        async () => [...processed].sort(),
        (ids) => ids.length === 2,
        { timeoutMs: 60_000, description: 'flaky messages' },
      );
      expect([...processed].sort()).toEqual(['flaky-1', 'flaky-3']);
      expect(attempts.get('flaky-3')).toBe(4);
      const [record] = await waitFor(
        async () => f.deadLetters.received,
        (received) => received.length === 1,
        {
          timeoutMs: 60_000,
          description: 'exhausted message dead-lettered',
        },
      );
      expect(record.errorCode).toBe('dependency_down');
      expect(record.retriable).toBe(true);
      expect(record.attempts).toBe(4);
      expect(record.originalHeaders[Headers.attempts]).toBe('2');
      expect(attempts.get('always-down')).toBe(4);
    } finally {
      await f.cleanup();
    }
  });

  it('processes a partition concurrently but commits only below the slowest unfinished message', async () => {
    const f = await fixture({ concurrency: 50 });
    try {
      const finished = new Set<string>();
      let releaseSlow!: () => void;
      const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
      await f.run(async (probe) => {
        if (probe.id === 'slow') await slowGate;
        finished.add(probe.id);
      });
      // Distinct keys on one partition: the slow first message must not hold the others back.
      const values = [
        { id: 'slow', amount: 0 },
        ...Array.from({ length: 20 }, (_, i) => ({ id: `fast-${i}`, amount: i })),
      ];
      await f.producer.send(
        f.topic.name,
        await Promise.all(
          values.map(async (value) => ({
            key: value.id,
            value: await f.codec.encode(f.topic, value),
            partition: 0,
          })),
        ),
      );
      await waitFor(
        async () => finished.size,
        (size) => size === 20,
        { timeoutMs: 60_000, description: 'fast messages' },
      );
      await new Promise((resolve) => setTimeout(resolve, 600));
      // 20 of 21 are done, but offset 0 is not: the group may only have committed "resume at 0".
      const before = (await f.admin.groupLag(f.groupId, f.topic.name)).find((entry) => entry.partition === 0);
      expect(['-1', '0']).toContain(before?.committed);
      releaseSlow();
      const after = await waitFor(
        async () =>
          (await f.admin.groupLag(f.groupId, f.topic.name)).find((entry) => entry.partition === 0)?.committed,
        (committed) => committed === '21',
        { timeoutMs: 30_000, description: 'commit past all 21 messages' },
      );
      expect(after).toBe('21');
    } finally {
      await f.cleanup();
    }
  });
});
