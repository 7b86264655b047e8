import { randomUUID } from 'node:crypto';
import {
  Headers,
  retryConsumerGroupFor,
  retryTopicFor,
  Topics,
  TopicDefinition,
} from '@content-pipeline/contracts';
import type { BatchContext, BrokerClient, RawBatch, RawConsumer, RawMessage } from './broker.port';
import type { AvroCodec } from './avro-codec';
import type { EventPublisher } from './event-publisher';
import { ConcurrencyLimit } from './concurrency-limit';
import { ConsumerObserver, HandlingOutcome, silentObserver } from './consumer-observer';
import { KeyedSequencer } from './keyed-sequencer';
import { PartitionOffsetTracker } from './partition-offset-tracker';
import { classifyError } from './pipeline.error';
import { DEFAULT_RETRY_POLICY, nextStepAfterFailure, RetryPolicy } from './retry-policy';

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
  fromBeginning?: boolean;
  retryPolicy?: RetryPolicy;
  commitIntervalMs?: number;
  sessionTimeoutMs?: number;
  observer?: ConsumerObserver;
}

interface PartitionState {
  tracker: PartitionOffsetTracker;
  sequencer: KeyedSequencer;
}

const SLOT_WAIT_SLICE_MS = 1_000;

const REPLACEMENT_FIRST_DELAY_MS = 1_000;
const REPLACEMENT_MAX_DELAY_MS = 30_000;

interface ConsumerEntry {
  groupId: string;
  topics: string[];
  isRetry: boolean;
  /** Replaced when kafkajs has stopped the previous one for good. */
  consumer: RawConsumer;
  partitions: Map<string, PartitionState>;
  /** The last crash, until the consumer is back in its group. */
  crash?: Error;
  restarts: number;
  replacementTimer?: NodeJS.Timeout;
}

/**
 * At-least-once consumption with manual commits, bounded concurrency inside partitions and
 * retry/dead-letter routing. A poison message never blocks its partition and never crashes the service.
 *
 * Long handlers (LLM calls) never hold the batch callback: messages are dispatched into a bounded pool and
 * the batch returns, so kafkajs keeps fetching and heartbeating. A commit timer commits, per partition, the
 * offset below which all work is finished. Same-key messages keep partition order.
 */
export class ConsumerRunner {
  private readonly retryPolicy: RetryPolicy;
  private readonly observer: ConsumerObserver;
  private readonly slots: ConcurrencyLimit;
  private readonly subscriptionsByTopic = new Map<string, Subscription<unknown>>();
  private readonly retryTopic: string;
  private readonly consumers: ConsumerEntry[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();
  private readonly pausedTopics = new Set<string>();
  private commitTimer?: NodeJS.Timeout;
  private stopping = false;
  private started = false;

  constructor(
    private readonly broker: BrokerClient,
    private readonly codec: AvroCodec,
    private readonly publisher: EventPublisher,
    private readonly options: ConsumerRunnerOptions,
  ) {
    this.retryPolicy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    this.observer = options.observer ?? silentObserver;
    this.slots = new ConcurrencyLimit(options.concurrency);
    this.retryTopic = retryTopicFor(options.groupId);
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
    return this.consumers.find((entry) => entry.crash)?.crash;
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
    const entry: ConsumerEntry = {
      groupId,
      topics,
      isRetry,
      consumer: this.broker.consumer({ groupId, sessionTimeoutMs: this.options.sessionTimeoutMs }),
      partitions: new Map(),
      restarts: 0,
    };
    this.consumers.push(entry);
    await this.runConsumer(entry);
  }

  private async runConsumer(entry: ConsumerEntry): Promise<void> {
    const { consumer, groupId } = entry;
    consumer.onRebalance(() => {
      if (entry.consumer !== consumer) return;
      // Commit what is finished before partitions move, then forget the old assignment's progress:
      // work still in flight for it completes but its offsets are left for the next owner to redo.
      void this.commitEntry(entry).finally(() => entry.partitions.clear());
    });
    consumer.onCrash((error, restarting) => {
      if (entry.consumer !== consumer) return;
      entry.crash = error;
      // Whoever rejoins starts from the committed offsets: progress tracked for the old session no longer applies.
      entry.partitions.clear();
      this.observer.log('error', 'Kafka consumer crashed', { groupId, error: error.message, restarting });
      if (!restarting) this.scheduleReplacement(entry);
    });
    consumer.onGroupJoin(() => {
      if (entry.consumer !== consumer) return;
      // A consumer kafkajs restarted, or a replacement, starts unpaused.
      this.pauseOrResume(
        entry,
        'pause',
        entry.topics.filter((topic) => this.pausedTopics.has(topic)),
      );
      if (!entry.crash) return;
      entry.crash = undefined;
      entry.restarts = 0;
      this.observer.log('info', 'Kafka consumer rejoined its group', { groupId });
    });
    await consumer.connect();
    await consumer.subscribe(entry.topics, entry.isRetry ? true : (this.options.fromBeginning ?? true));
    await consumer.run((batch, context) =>
      this.dispatchBatch(entry.partitions, batch, context, entry.isRetry),
    );
  }

  /** A consumer out of its group (crashed, not yet rejoined) has nothing to pause; it catches up on joining. */
  private pauseOrResume(entry: ConsumerEntry, action: 'pause' | 'resume', topics: readonly string[]): void {
    if (topics.length === 0) return;
    try {
      entry.consumer[action](topics.map((topic) => ({ topic })));
    } catch (error) {
      this.observer.log('warn', `Could not ${action} topics of a consumer out of its group`, {
        groupId: entry.groupId,
        error: (error as Error).message,
      });
    }
  }

  /**
   * kafkajs stops a consumer for good on errors it does not retry — among them "failed to find group
   * coordinator", which a fresh or restarting broker answers for a while (kafkajs issues #1445, #1630).
   * Such a consumer is replaced by a new one, with a growing back-off, until one is back in its group.
   */
  private scheduleReplacement(entry: ConsumerEntry): void {
    if (this.stopping) return;
    const delayMs = Math.min(REPLACEMENT_MAX_DELAY_MS, REPLACEMENT_FIRST_DELAY_MS * 2 ** entry.restarts);
    entry.restarts += 1;
    this.observer.log('warn', 'Replacing the stopped Kafka consumer', {
      groupId: entry.groupId,
      attempt: entry.restarts,
      delayMs,
    });
    entry.replacementTimer = setTimeout(() => {
      entry.replacementTimer = undefined;
      if (this.stopping) return;
      const stopped = entry.consumer;
      entry.consumer = this.broker.consumer({
        groupId: entry.groupId,
        sessionTimeoutMs: this.options.sessionTimeoutMs,
      });
      void stopped.disconnect().catch(() => undefined);
      this.runConsumer(entry).catch((error: Error) => {
        entry.crash = error;
        this.observer.log('error', 'Kafka consumer could not be replaced', {
          groupId: entry.groupId,
          error: error.message,
        });
        this.scheduleReplacement(entry);
      });
    }, delayMs);
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
    for (const entry of this.consumers) this.pauseOrResume(entry, 'pause', topics);
  }

  resumeTopics(topics: readonly string[]): void {
    topics.forEach((topic) => this.pausedTopics.delete(topic));
    for (const entry of this.consumers) this.pauseOrResume(entry, 'resume', topics);
  }

  /** Topics paused through {@link pause} or {@link pauseTopics}. */
  get paused(): ReadonlySet<string> {
    return this.pausedTopics;
  }

  private async dispatchBatch(
    partitions: Map<string, PartitionState>,
    batch: RawBatch,
    context: BatchContext,
    isRetry: boolean,
  ): Promise<void> {
    const partitionKey = `${batch.topic}:${batch.partition}`;
    let state = partitions.get(partitionKey);
    if (!state) {
      state = { tracker: new PartitionOffsetTracker(), sequencer: new KeyedSequencer() };
      partitions.set(partitionKey, state);
    }
    const halted = () =>
      this.stopping || !context.isRunning() || context.isStale() || this.pausedTopics.has(batch.topic);
    for (const message of batch.messages) {
      if (halted()) return;
      if (isRetry && !(await this.waitUntilDue(message, halted, context))) return;
      if (!(await this.acquireSlot(halted, context))) return;
      const current = state;
      current.tracker.dispatched(message.offset);
      context.resolveOffset(message.offset);
      this.observer.lag({
        groupId: this.options.groupId,
        topic: batch.topic,
        partition: batch.partition,
        lag: Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(message.offset) - 1n)),
      });
      const work = current.sequencer
        .run(message.key ? message.key.toString('utf8') : null, () => this.process(message))
        .then((outcome) => {
          if (outcome !== 'abandoned') current.tracker.finished(message.offset);
        })
        .finally(() => {
          this.slots.release();
          this.inFlight.delete(work);
        });
      this.inFlight.add(work);
    }
    await context.heartbeat();
  }

  private async acquireSlot(halted: () => boolean, context: BatchContext): Promise<boolean> {
    while (!(await this.slots.acquire(SLOT_WAIT_SLICE_MS))) {
      if (halted()) return false;
      await context.heartbeat();
    }
    if (halted()) {
      this.slots.release();
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
      await this.deadLetter(
        message,
        originalTopic,
        retryPass + 1,
        'unknown_topic',
        false,
        `No handler for ${originalTopic}`,
      );
      return record('dead_lettered', 'unknown_topic');
    }
    let described: { skuId?: string; jobId?: string; language?: string } = {};
    for (let attempt = 1; ; attempt += 1) {
      try {
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
        return record('processed');
      } catch (error) {
        if (this.shutdown.signal.aborted) return record('abandoned');
        const failure = classifyError(error);
        const step = nextStepAfterFailure(this.retryPolicy, failure.retriable, attempt, retryPass);
        this.observer.log(failure.retriable ? 'warn' : 'info', 'Message handling failed', {
          topic: originalTopic,
          partition: message.partition,
          offset: message.offset,
          code: failure.code,
          error: failure.message,
          next: step.kind,
        });
        if (step.kind === 'retry_in_process') {
          record('retried_in_process', failure.code);
          if (!(await sleep(step.delayMs, this.shutdown.signal))) return record('abandoned');
          continue;
        }
        const routed =
          step.kind === 'retry_topic'
            ? await this.sendToRetryTopic(
                message,
                originalTopic,
                step.retryPass + 1,
                step.delayMs,
                failure.message,
              )
            : await this.deadLetter(
                message,
                originalTopic,
                retryPass * this.retryPolicy.inProcessAttempts + attempt,
                failure.code,
                failure.retriable,
                failure.message,
                described,
              );
        if (!routed) return record('abandoned');
        return record(step.kind === 'retry_topic' ? 'sent_to_retry_topic' : 'dead_lettered', failure.code);
      }
    }
  }

  private sendToRetryTopic(
    message: RawMessage,
    originalTopic: string,
    deliveryAttempt: number,
    delayMs: number,
    lastError: string,
  ): Promise<boolean> {
    return this.untilSent(() =>
      this.publisher.publishRaw(this.retryTopic, [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            [Headers.originalTopic]: originalTopic,
            [Headers.originalPartition]:
              message.headers[Headers.originalPartition] ?? String(message.partition),
            [Headers.originalOffset]: message.headers[Headers.originalOffset] ?? message.offset,
            [Headers.attempts]: String(deliveryAttempt),
            [Headers.notBefore]: String(Date.now() + delayMs),
            [Headers.lastError]: lastError.slice(0, 500),
          },
        },
      ]),
    );
  }

  private deadLetter(
    message: RawMessage,
    originalTopic: string,
    attempts: number,
    errorCode: string,
    retriable: boolean,
    reason: string,
    described: { skuId?: string; jobId?: string; language?: string } = {},
  ): Promise<boolean> {
    return this.untilSent(() =>
      this.publisher.publish(
        Topics.deadLetter,
        {
          eventId: randomUUID(),
          sourceTopic: originalTopic,
          sourcePartition: Number(message.headers[Headers.originalPartition] ?? message.partition),
          sourceOffset: message.headers[Headers.originalOffset] ?? message.offset,
          consumerGroup: this.options.groupId,
          reason,
          errorCode,
          retriable,
          attempts,
          originalKey: message.key,
          originalValue: message.value,
          originalHeaders: message.headers,
          skuId: described.skuId ?? null,
          jobId: described.jobId ?? null,
          language: described.language ?? null,
          failedAt: Date.now(),
          traceparent: message.headers[Headers.traceparent] ?? '',
        },
        {
          key: message.key
            ? message.key.toString('utf8')
            : `${originalTopic}:${message.partition}:${message.offset}`,
        },
      ),
    );
  }

  /** Retries a publish until it succeeds or the service stops; a message is never dropped on the floor. */
  private async untilSent(send: () => Promise<void>): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await send();
        return true;
      } catch (error) {
        this.observer.log('error', 'Publishing to the retry/dead-letter topic failed; will retry', {
          error: (error as Error).message,
          attempt,
        });
        if (!(await sleep(Math.min(10_000, 250 * 2 ** attempt), this.shutdown.signal))) return false;
      }
    }
  }

  private async commitFinished(): Promise<void> {
    await Promise.all(this.consumers.map((entry) => this.commitEntry(entry)));
  }

  private async commitEntry(entry: ConsumerEntry): Promise<void> {
    const offsets: { topic: string; partition: number; offset: string; tracker: PartitionOffsetTracker }[] =
      [];
    for (const [partitionKey, state] of entry.partitions) {
      const offset = state.tracker.committableOffset();
      if (offset === undefined) continue;
      const separator = partitionKey.lastIndexOf(':');
      offsets.push({
        topic: partitionKey.slice(0, separator),
        partition: Number(partitionKey.slice(separator + 1)),
        offset,
        tracker: state.tracker,
      });
    }
    if (offsets.length === 0) return;
    try {
      await entry.consumer.commit(
        offsets.map(({ topic, partition, offset }) => ({ topic, partition, offset })),
      );
      offsets.forEach(({ tracker, offset }) => tracker.markCommitted(offset));
    } catch (error) {
      // A rebalance in progress rejects the commit; the work is idempotent and will be redone by the new owner.
      this.observer.log('warn', 'Offset commit failed', { error: (error as Error).message });
    }
  }

  /**
   * Graceful stop: stop fetching, let in-flight work finish within the grace period, abort what is left
   * (its offsets stay uncommitted, so it is redelivered), commit, disconnect.
   */
  async stop(graceMs: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.consumers.forEach((entry) => clearTimeout(entry.replacementTimer));
    await Promise.all(this.consumers.map(({ consumer }) => consumer.stop().catch(() => undefined)));
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
    await Promise.all(this.consumers.map(({ consumer }) => consumer.disconnect().catch(() => undefined)));
  }
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
