import { Headers, retryConsumerGroupFor, retryTopicFor, TopicDefinition } from '@content-pipeline/contracts';
import type { BatchContext, BrokerClient, RawBatch, RawMessage } from './broker.port';
import type { AvroCodec } from './avro-codec';
import type { EventPublisher } from './event-publisher';
import { ConcurrencyLimit } from './concurrency-limit';
import { ConsumerObserver, HandlingOutcome, silentObserver } from './consumer-observer';
import { SupervisedConsumer } from './consumer-supervisor';
import { FailureRouter, MessageDescription } from './failure-router';
import { OffsetCommitter } from './offset-committer';
import { DEFAULT_RETRY_POLICY, RetryPolicy } from './retry-policy';
import { sleep } from './sleep';

/** What a handler learns about the message besides its decoded value. */
export interface MessageContext {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  /** 1 for the first delivery; grows with each pass through the retry topic. */
  deliveryAttempt: number;
  /** Aborted when the service shuts down and the grace period is over: stop and throw. */
  signal: AbortSignal;
  raw: RawMessage;
}

export interface Subscription<TValue> {
  topic: TopicDefinition<TValue>;
  /** Defaults to Avro through the registry; the catalogue topic overrides it to accept JSON too. */
  decode?: (message: RawMessage) => Promise<TValue>;
  handle(value: TValue, context: MessageContext): Promise<void>;
  /** Describes a message for the dead-letter record (SKU, job, language) when it could be decoded. */
  describe?: (value: TValue) => { skuId?: string; jobId?: string; language?: string };
}

/** A subscription whose value type is forgotten so several can share one runner; build with `subscribe()`. */
export type ErasedSubscription = Subscription<unknown> & { readonly __erased: true };

/** Binds a handler to its topic's value type, then erases it for the runner's list. */
export function subscribe<TValue>(subscription: Subscription<TValue>): ErasedSubscription {
  return subscription as unknown as ErasedSubscription;
}

export interface ConsumerRunnerOptions {
  groupId: string;
  subscriptions: ErasedSubscription[];
  /** Messages in flight across all partitions of this instance. */
  concurrency: number;
  /**
   * Topics with in-flight slots of their own (not counted in `concurrency`): their messages never wait for a slot
   * held by another topic's work, e.g. the priority lane while the bulk lane's tasks wait for the LLM budget.
   */
  topicConcurrency?: Readonly<Record<string, number>>;
  /**
   * Topics whose same-key messages run concurrently instead of one after another: the key only places them on a
   * partition (a new SKU's derived languages, independent tasks keyed by the SKU, waited for each other).
   */
  unorderedTopics?: readonly string[];
  fromBeginning?: boolean;
  retryPolicy?: RetryPolicy;
  commitIntervalMs?: number;
  sessionTimeoutMs?: number;
  observer?: ConsumerObserver;
}

/** How often a batch waiting for a slot checks whether it should stop (its topic paused, a rebalance). */
const SLOT_WAIT_SLICE_MS = 200;

/** One of the runner's consumers (main topics, or the retry topic) with the offsets it commits. */
interface RunnerConsumer {
  supervised: SupervisedConsumer;
  offsets: OffsetCommitter;
  isRetry: boolean;
}

/**
 * At-least-once consumption with manual commits, bounded concurrency inside partitions and
 * retry/dead-letter routing. A poison message never blocks its partition and never crashes the service.
 *
 * Long handlers (LLM calls) never hold the batch callback: messages are dispatched into a bounded pool and
 * the batch returns, so kafkajs keeps fetching and heartbeating. A commit timer commits, per partition, the
 * offset below which all work is finished. Same-key messages keep partition order.
 *
 * The runner dispatches; it composes {@link SupervisedConsumer} (crash, rejoin, replacement),
 * {@link FailureRouter} (in-process retries, retry topic, dead letter) and {@link OffsetCommitter} (commits
 * that never pass the slowest unfinished message).
 */
export class ConsumerRunner {
  private readonly observer: ConsumerObserver;
  private readonly slots: ConcurrencyLimit;
  private readonly topicSlots = new Map<string, ConcurrencyLimit>();
  private readonly subscriptionsByTopic = new Map<string, Subscription<unknown>>();
  private readonly retryTopic: string;
  private readonly failures: FailureRouter;
  private readonly consumers: RunnerConsumer[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();
  private readonly pausedTopics = new Set<string>();
  private commitTimer?: NodeJS.Timeout;
  private stopping = false;
  private started = false;

  constructor(
    private readonly broker: BrokerClient,
    private readonly codec: AvroCodec,
    publisher: EventPublisher,
    private readonly options: ConsumerRunnerOptions,
  ) {
    this.observer = options.observer ?? silentObserver;
    this.slots = new ConcurrencyLimit(options.concurrency);
    for (const [topic, limit] of Object.entries(options.topicConcurrency ?? {}))
      this.topicSlots.set(topic, new ConcurrencyLimit(limit));
    this.retryTopic = retryTopicFor(options.groupId);
    this.failures = new FailureRouter(publisher, {
      groupId: options.groupId,
      retryTopic: this.retryTopic,
      retryPolicy: options.retryPolicy ?? DEFAULT_RETRY_POLICY,
      observer: this.observer,
      signal: this.shutdown.signal,
    });
    for (const subscription of options.subscriptions) {
      this.subscriptionsByTopic.set(subscription.topic.name, subscription);
    }
  }

  get groupId(): string {
    return this.options.groupId;
  }

  get retryTopicName(): string {
    return this.retryTopic;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /**
   * Undefined while every consumer of this runner is in its group; after a crash, its error until the
   * consumer has rejoined (readiness is red meanwhile).
   */
  get failure(): Error | undefined {
    return this.consumers.find(({ supervised }) => supervised.crash)?.supervised.crash;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const mainTopics = [...this.subscriptionsByTopic.keys()];
    // The retry topic gets its own consumer: waiting for a delayed message there must not hold main partitions.
    await this.startConsumer(this.options.groupId, mainTopics, false);
    await this.startConsumer(retryConsumerGroupFor(this.options.groupId), [this.retryTopic], true);
    this.commitTimer = setInterval(() => void this.commitFinished(), this.options.commitIntervalMs ?? 1_000);
  }

  private async startConsumer(groupId: string, topics: string[], isRetry: boolean): Promise<void> {
    const offsets = new OffsetCommitter(this.observer);
    const supervised: SupervisedConsumer = new SupervisedConsumer(this.broker, {
      groupId,
      topics,
      fromBeginning: isRetry ? true : (this.options.fromBeginning ?? true),
      sessionTimeoutMs: this.options.sessionTimeoutMs,
      observer: this.observer,
      pausedTopics: this.pausedTopics,
      handleBatch: (batch, context) => this.dispatchBatch(offsets, batch, context, isRetry),
      // Commit what is finished before partitions move, then forget the old assignment's progress:
      // work still in flight for it completes but its offsets are left for the next owner to redo.
      onRebalance: () => void offsets.commit(supervised.consumer).finally(() => offsets.forget()),
      onSessionLost: () => offsets.forget(),
    });
    this.consumers.push({ supervised, offsets, isRetry });
    await supervised.start();
  }

  /** Pauses fetching (e.g. while a circuit breaker is open); in-flight work continues. */
  pause(): void {
    this.pauseTopics([...this.subscriptionsByTopic.keys(), this.retryTopic]);
  }

  resume(): void {
    this.resumeTopics([...this.subscriptionsByTopic.keys(), this.retryTopic]);
  }

  /**
   * Pauses some topics only (e.g. the bulk lane while priority work waits). A batch of a paused topic that is
   * still being dispatched stops at the next message; its undispatched messages are fetched again on resume.
   */
  pauseTopics(topics: readonly string[]): void {
    topics.forEach((topic) => this.pausedTopics.add(topic));
    for (const { supervised } of this.consumers) supervised.pause(topics);
  }

  resumeTopics(topics: readonly string[]): void {
    topics.forEach((topic) => this.pausedTopics.delete(topic));
    for (const { supervised } of this.consumers) supervised.resume(topics);
  }

  /** Topics paused through {@link pause} or {@link pauseTopics}. */
  get paused(): ReadonlySet<string> {
    return this.pausedTopics;
  }

  private async dispatchBatch(
    offsets: OffsetCommitter,
    batch: RawBatch,
    context: BatchContext,
    isRetry: boolean,
  ): Promise<void> {
    const partition = offsets.partition(batch.topic, batch.partition);
    const slots = this.topicSlots.get(batch.topic) ?? this.slots;
    const unordered = this.options.unorderedTopics?.includes(batch.topic) === true;
    const halted = () =>
      this.stopping || !context.isRunning() || context.isStale() || this.pausedTopics.has(batch.topic);
    for (const message of batch.messages) {
      if (halted()) return;
      if (isRetry && !(await this.waitUntilDue(message, halted, context))) return;
      if (!(await this.acquireSlot(slots, halted, context))) return;
      partition.tracker.dispatched(message.offset);
      context.resolveOffset(message.offset);
      this.observer.lag({
        groupId: this.options.groupId,
        topic: batch.topic,
        partition: batch.partition,
        lag: Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(message.offset) - 1n)),
      });
      const orderKey = message.key && !unordered ? message.key.toString('utf8') : null;
      const work = partition.sequencer
        .run(orderKey, () => this.process(message))
        .then((outcome) => {
          if (outcome !== 'abandoned') partition.tracker.finished(message.offset);
        })
        .finally(() => {
          slots.release();
          this.inFlight.delete(work);
        });
      this.inFlight.add(work);
    }
    await context.heartbeat();
  }

  private async acquireSlot(
    slots: ConcurrencyLimit,
    halted: () => boolean,
    context: BatchContext,
  ): Promise<boolean> {
    while (!(await slots.acquire(SLOT_WAIT_SLICE_MS))) {
      if (halted()) return false;
      await context.heartbeat();
    }
    if (halted()) {
      slots.release();
      return false;
    }
    return true;
  }

  private async waitUntilDue(
    message: RawMessage,
    halted: () => boolean,
    context: BatchContext,
  ): Promise<boolean> {
    const due = Number(message.headers[Headers.notBefore] ?? 0);
    while (Date.now() < due) {
      if (halted()) return false;
      await sleep(Math.min(SLOT_WAIT_SLICE_MS, due - Date.now()), this.shutdown.signal);
      await context.heartbeat();
    }
    return true;
  }

  /** Handles one message to an end state; never throws. */
  private async process(message: RawMessage): Promise<HandlingOutcome> {
    const originalTopic = message.headers[Headers.originalTopic] ?? message.topic;
    const subscription = this.subscriptionsByTopic.get(originalTopic);
    const retryPass = Number(message.headers[Headers.attempts] ?? 1) - 1;
    const started = Date.now();
    const record = (outcome: HandlingOutcome, errorCode?: string) => {
      this.observer.handled({
        groupId: this.options.groupId,
        topic: originalTopic,
        outcome,
        durationMs: Date.now() - started,
        errorCode,
      });
      return outcome;
    };
    if (!subscription) {
      const routed = await this.failures.deadLetter(message, originalTopic, retryPass + 1, {
        code: 'unknown_topic',
        retriable: false,
        reason: `No handler for ${originalTopic}`,
      });
      return record(routed ? 'dead_lettered' : 'abandoned', 'unknown_topic');
    }
    let described: MessageDescription = {};
    return this.failures.handle(
      { message, originalTopic, retryPass, record },
      async () => {
        const value = await (subscription.decode
          ? subscription.decode(message)
          : this.codec.decode(subscription.topic, message.value));
        described = subscription.describe?.(value) ?? {};
        await subscription.handle(value, {
          topic: originalTopic,
          partition: message.partition,
          offset: message.offset,
          key: message.key ? message.key.toString('utf8') : null,
          headers: message.headers,
          deliveryAttempt: retryPass + 1,
          signal: this.shutdown.signal,
          raw: message,
        });
      },
      () => described,
    );
  }

  private async commitFinished(): Promise<void> {
    await Promise.all(this.consumers.map(({ supervised, offsets }) => offsets.commit(supervised.consumer)));
  }

  /**
   * Graceful stop: stop fetching, let in-flight work finish within the grace period, abort what is left
   * (its offsets stay uncommitted, so it is redelivered), commit, disconnect.
   */
  async stop(graceMs: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await Promise.all(this.consumers.map(({ supervised }) => supervised.stop()));
    const drained = Promise.allSettled([...this.inFlight]).then(() => true);
    const finishedInTime = await Promise.race([drained, sleep(graceMs).then(() => false)]);
    if (!finishedInTime) {
      this.observer.log(
        'warn',
        'Grace period over: abandoning in-flight messages (they will be redelivered)',
        {
          inFlight: this.inFlight.size,
        },
      );
      this.shutdown.abort();
      await Promise.race([Promise.allSettled([...this.inFlight]), sleep(2_000)]);
    }
    if (this.commitTimer) clearInterval(this.commitTimer);
    await this.commitFinished();
    await Promise.all(this.consumers.map(({ supervised }) => supervised.disconnect()));
  }
}
