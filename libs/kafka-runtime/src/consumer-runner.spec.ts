import { Topics } from '@content-pipeline/contracts';
import { AvroCodec } from './avro-codec';
import type { BatchContext, BrokerClient, RawBatch, RawConsumer, RawProducer } from './broker.port';
import { ConsumerRunner, subscribe } from './consumer-runner';
import { EventPublisher } from './event-publisher';

/** A consumer that records the runner's listeners so a test can play the client's group events. */
class ScriptedConsumer implements RawConsumer {
  crash?: (error: Error, restarting: boolean) => void;
  join?: () => void;
  running = false;
  disconnected = false;
  readonly paused = new Set<string>();
  eachBatch?: (batch: RawBatch, context: BatchContext) => Promise<void>;

  constructor(readonly groupId: string) {}

  async connect(): Promise<void> {}
  async subscribe(): Promise<void> {}
  async run(eachBatch: (batch: RawBatch, context: BatchContext) => Promise<void>): Promise<void> {
    this.eachBatch = eachBatch;
    this.running = true;
  }
  async commit(): Promise<void> {}
  pause(topics: { topic: string }[]): void {
    // As kafkajs: a consumer out of its group (crashed, not yet restarted) refuses to pause.
    if (!this.running)
      throw new Error('Consumer group was not initialized, consumer#run must be called first');
    topics.forEach(({ topic }) => this.paused.add(topic));
  }
  resume(topics: { topic: string }[]): void {
    topics.forEach(({ topic }) => this.paused.delete(topic));
  }
  onRebalance(): void {}
  onCrash(listener: (error: Error, restarting: boolean) => void): void {
    this.crash = listener;
  }
  onGroupJoin(listener: () => void): void {
    this.join = listener;
  }
  async stop(): Promise<void> {}
  async disconnect(): Promise<void> {
    this.disconnected = true;
  }
}

const unusedProducer: RawProducer = {
  connect: async () => undefined,
  send: async () => undefined,
  sendBatch: async () => undefined,
  disconnect: async () => undefined,
};

async function startedRunner(): Promise<{ runner: ConsumerRunner; consumers: ScriptedConsumer[] }> {
  const consumers: ScriptedConsumer[] = [];
  const broker: BrokerClient = {
    producer: () => unusedProducer,
    consumer: ({ groupId }) => {
      const consumer = new ScriptedConsumer(groupId);
      consumers.push(consumer);
      return consumer;
    },
    admin: () => {
      throw new Error('the runner needs no admin client');
    },
  };
  const codec = new AvroCodec({ url: 'http://127.0.0.1:1' });
  const runner = new ConsumerRunner(broker, codec, new EventPublisher(unusedProducer, codec), {
    groupId: 'spec-group',
    subscriptions: [subscribe({ topic: Topics.contentGenerated, handle: async () => undefined })],
    concurrency: 1,
    commitIntervalMs: 60_000,
  });
  await runner.start();
  return { runner, consumers };
}

describe('ConsumerRunner after a crash of its Kafka client', () => {
  const runners: ConsumerRunner[] = [];
  afterEach(async () => {
    jest.useRealTimers();
    await Promise.all(runners.splice(0).map((runner) => runner.stop(0)));
  });

  it('reports a crash the client restarts from until the consumer has rejoined its group', async () => {
    jest.useFakeTimers();
    const { runner, consumers } = await startedRunner();
    runners.push(runner);
    const [main] = consumers;
    expect(runner.failure).toBeUndefined();

    main.crash?.(new Error('Connection error: connect ECONNREFUSED'), true);
    expect(runner.failure?.message).toMatch(/ECONNREFUSED/);
    // kafkajs restarts this one itself: the runner does not replace it, however long the rejoin takes.
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(2);

    main.join?.();
    expect(runner.failure).toBeUndefined();
  });

  it('replaces a consumer the client stopped for good, and is ready once the new one has joined', async () => {
    jest.useFakeTimers();
    const { runner, consumers } = await startedRunner();
    runners.push(runner);
    const [main, retry] = consumers;

    main.crash?.(new Error('Failed to find group coordinator'), false);
    expect(runner.failure?.message).toBe('Failed to find group coordinator');
    expect(consumers).toHaveLength(2);

    await jest.advanceTimersByTimeAsync(1_000);
    expect(consumers).toHaveLength(3);
    const replacement = consumers[2];
    expect(replacement).toMatchObject({ groupId: 'spec-group', running: true });
    expect(main.disconnected).toBe(true);

    retry.join?.();
    main.join?.();
    expect(runner.failure?.message).toBe('Failed to find group coordinator');
    replacement.join?.();
    expect(runner.failure).toBeUndefined();
  });

  it('pauses a consumer that was out of its group when the topics were paused, once it rejoins', async () => {
    const { runner, consumers } = await startedRunner();
    runners.push(runner);
    const [main] = consumers;

    main.crash?.(new Error('Connection error: connect ECONNREFUSED'), true);
    main.running = false;
    expect(() => runner.pauseTopics([Topics.contentGenerated.name])).not.toThrow();
    expect(main.paused.size).toBe(0);

    main.running = true;
    main.join?.();
    expect([...main.paused]).toEqual([Topics.contentGenerated.name]);
  });

  it('backs off further each time the replacement is stopped too', async () => {
    jest.useFakeTimers();
    const { runner, consumers } = await startedRunner();
    runners.push(runner);

    consumers[0].crash?.(new Error('Failed to find group coordinator'), false);
    await jest.advanceTimersByTimeAsync(1_000);
    consumers[2].crash?.(new Error('Failed to find group coordinator'), false);
    await jest.advanceTimersByTimeAsync(1_999);
    expect(consumers).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(1);
    expect(consumers).toHaveLength(4);
  });
});

describe('ConsumerRunner slots', () => {
  const batchContext: BatchContext = {
    resolveOffset: () => undefined,
    heartbeat: async () => undefined,
    isRunning: () => true,
    isStale: () => false,
  };
  const batchOf = (topic: string, offset: string, key: string | null = null, count = 1): RawBatch => ({
    topic,
    partition: 0,
    highWatermark: String(Number(offset) + count),
    messages: Array.from({ length: count }, (_, index) => ({
      topic,
      partition: 0,
      offset: String(Number(offset) + index),
      key: key === null ? null : Buffer.from(key),
      value: Buffer.from(offset),
      headers: {},
      timestamp: '0',
    })),
  });
  const scriptedBroker = (consumers: ScriptedConsumer[]): BrokerClient => ({
    producer: () => unusedProducer,
    consumer: ({ groupId }) => {
      const consumer = new ScriptedConsumer(groupId);
      consumers.push(consumer);
      return consumer;
    },
    admin: () => {
      throw new Error('the runner needs no admin client');
    },
  });

  it('starts a message of a topic with slots of its own while every shared slot is held by another topic', async () => {
    const consumers: ScriptedConsumer[] = [];
    const broker = scriptedBroker(consumers);
    const codec = new AvroCodec({ url: 'http://127.0.0.1:1' });
    const started: string[] = [];
    let finishBulk = () => undefined as void;
    const bulkHeld = new Promise<void>((resolve) => (finishBulk = resolve));
    const bulk = Topics.generationRequestedBulk.name;
    const priority = Topics.generationRequestedPriority.name;
    const runner = new ConsumerRunner(broker, codec, new EventPublisher(unusedProducer, codec), {
      groupId: 'spec-slots',
      subscriptions: [
        subscribe({
          topic: Topics.generationRequestedBulk,
          decode: async () => ({}) as never,
          handle: async () => {
            started.push(bulk);
            await bulkHeld;
          },
        }),
        subscribe({
          topic: Topics.generationRequestedPriority,
          decode: async () => ({}) as never,
          handle: async () => {
            started.push(priority);
          },
        }),
      ],
      concurrency: 1,
      topicConcurrency: { [priority]: 1 },
      commitIntervalMs: 60_000,
    });
    await runner.start();
    try {
      const [main] = consumers;
      await main.eachBatch?.(batchOf(bulk, '0'), batchContext);
      await new Promise((resolve) => setImmediate(resolve));
      expect(started).toEqual([bulk]);
      // Without slots of its own the priority message would wait for the bulk task to finish.
      await main.eachBatch?.(batchOf(priority, '0'), batchContext);
      await new Promise((resolve) => setImmediate(resolve));
      expect(started).toEqual([bulk, priority]);
    } finally {
      finishBulk();
      await runner.stop(0);
    }
  });

  it.each([
    ['one after another on an ordered topic', [], 1],
    ['together on an unordered topic', [Topics.generationRequestedPriority.name], 3],
  ])('runs same-key messages %s', async (_, unorderedTopics, startedTogether) => {
    const consumers: ScriptedConsumer[] = [];
    const codec = new AvroCodec({ url: 'http://127.0.0.1:1' });
    let started = 0;
    let finish = () => undefined as void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const runner = new ConsumerRunner(
      scriptedBroker(consumers),
      codec,
      new EventPublisher(unusedProducer, codec),
      {
        groupId: 'spec-order',
        subscriptions: [
          subscribe({
            topic: Topics.generationRequestedPriority,
            decode: async () => ({}) as never,
            handle: async () => {
              started += 1;
              await held;
            },
          }),
        ],
        concurrency: 8,
        unorderedTopics,
        commitIntervalMs: 60_000,
      },
    );
    await runner.start();
    try {
      await consumers[0].eachBatch?.(
        batchOf(Topics.generationRequestedPriority.name, '0', 'SKU-1', 3),
        batchContext,
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(started).toBe(startedTogether);
    } finally {
      finish();
      await runner.stop(0);
    }
  });
});
