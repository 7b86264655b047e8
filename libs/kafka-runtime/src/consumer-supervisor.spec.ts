import type { BrokerClient, RawConsumer } from './broker.port';
import { silentObserver } from './consumer-observer';
import { SupervisedConsumer } from './consumer-supervisor';

/** A consumer that records the supervisor's listeners so a test can play the client's group events. */
class ScriptedConsumer implements RawConsumer {
  rebalance?: () => void;
  crash?: (error: Error, restarting: boolean) => void;
  join?: () => void;
  running = false;
  disconnected = false;
  readonly paused = new Set<string>();

  constructor(private readonly refuseConnection: boolean) {}

  async connect(): Promise<void> {
    if (this.refuseConnection) throw new Error('Failed to find group coordinator');
  }
  async subscribe(): Promise<void> {}
  async run(): Promise<void> {
    this.running = true;
  }
  async commit(): Promise<void> {}
  pause(topics: { topic: string }[]): void {
    if (!this.running) throw new Error('Consumer group was not initialized');
    topics.forEach(({ topic }) => this.paused.add(topic));
  }
  resume(topics: { topic: string }[]): void {
    topics.forEach(({ topic }) => this.paused.delete(topic));
  }
  onRebalance(listener: () => void): void {
    this.rebalance = listener;
  }
  onCrash(listener: (error: Error, restarting: boolean) => void): void {
    this.crash = listener;
  }
  onGroupJoin(listener: () => void): void {
    this.join = listener;
  }
  async stop(): Promise<void> {
    this.running = false;
  }
  async disconnect(): Promise<void> {
    this.disconnected = true;
  }
}

interface Harness {
  supervised: SupervisedConsumer;
  consumers: ScriptedConsumer[];
  pausedTopics: Set<string>;
  events: string[];
  /** How many of the next consumers created refuse to connect. */
  refuseNext(count: number): void;
}

async function startedSupervisor(): Promise<Harness> {
  const consumers: ScriptedConsumer[] = [];
  const events: string[] = [];
  const pausedTopics = new Set<string>();
  let refusals = 0;
  const broker: BrokerClient = {
    producer: () => {
      throw new Error('no producer needed');
    },
    consumer: () => {
      const consumer = new ScriptedConsumer(refusals-- > 0);
      consumers.push(consumer);
      return consumer;
    },
    admin: () => {
      throw new Error('no admin needed');
    },
  };
  const supervised = new SupervisedConsumer(broker, {
    groupId: 'spec-group',
    topics: ['bulk', 'priority'],
    fromBeginning: true,
    observer: silentObserver,
    pausedTopics,
    handleBatch: async () => undefined,
    onRebalance: () => events.push('rebalance'),
    onSessionLost: () => events.push('session lost'),
  });
  await supervised.start();
  return { supervised, consumers, pausedTopics, events, refuseNext: (count) => (refusals = count) };
}

describe('SupervisedConsumer', () => {
  afterEach(() => jest.useRealTimers());

  it('reports a crash the client restarts from, drops the session progress, and clears it on rejoin', async () => {
    jest.useFakeTimers();
    const { supervised, consumers, events } = await startedSupervisor();

    consumers[0].crash?.(new Error('Connection error: ECONNREFUSED'), true);
    expect(supervised.crash?.message).toMatch(/ECONNREFUSED/);
    expect(events).toEqual(['session lost']);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(1);

    consumers[0].join?.();
    expect(supervised.crash).toBeUndefined();
  });

  it('replaces a consumer the client stopped for good after a second, and ignores the old one afterwards', async () => {
    jest.useFakeTimers();
    const { supervised, consumers, events } = await startedSupervisor();
    const [stopped] = consumers;

    stopped.crash?.(new Error('Failed to find group coordinator'), false);
    await jest.advanceTimersByTimeAsync(999);
    expect(consumers).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(consumers).toHaveLength(2);
    expect(supervised.consumer).toBe(consumers[1]);
    expect(consumers[1].running).toBe(true);
    expect(stopped.disconnected).toBe(true);

    stopped.rebalance?.();
    stopped.join?.();
    expect(events).toEqual(['session lost']);
    expect(supervised.crash).toBeDefined();
    consumers[1].rebalance?.();
    consumers[1].join?.();
    expect(events).toEqual(['session lost', 'rebalance']);
    expect(supervised.crash).toBeUndefined();
  });

  it('doubles the back-off while replacements cannot connect', async () => {
    jest.useFakeTimers();
    const { supervised, consumers, refuseNext } = await startedSupervisor();
    refuseNext(2);

    consumers[0].crash?.(new Error('Failed to find group coordinator'), false);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(consumers).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1_999);
    expect(consumers).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(consumers).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(3_999);
    expect(consumers).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(1);
    expect(consumers).toHaveLength(4);
    expect(supervised.crash?.message).toBe('Failed to find group coordinator');
    consumers[3].join?.();
    expect(supervised.crash).toBeUndefined();
  });

  it('cancels a pending replacement when stopped', async () => {
    jest.useFakeTimers();
    const { supervised, consumers } = await startedSupervisor();

    consumers[0].crash?.(new Error('Failed to find group coordinator'), false);
    await supervised.stop();
    await jest.advanceTimersByTimeAsync(60_000);

    expect(consumers).toHaveLength(1);
  });

  it('pauses the owner’s paused topics again when a consumer joins, and only logs a pause it cannot apply', async () => {
    const { supervised, consumers, pausedTopics } = await startedSupervisor();
    const [consumer] = consumers;
    consumer.running = false;

    pausedTopics.add('bulk');
    expect(() => supervised.pause(['bulk'])).not.toThrow();
    expect(consumer.paused.size).toBe(0);

    consumer.running = true;
    consumer.join?.();
    expect([...consumer.paused]).toEqual(['bulk']);
    supervised.resume(['bulk']);
    expect(consumer.paused.size).toBe(0);
  });
});
