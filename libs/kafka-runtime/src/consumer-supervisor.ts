import type { BatchContext, BrokerClient, RawBatch, RawConsumer } from './broker.port';
import type { ConsumerObserver } from './consumer-observer';

const REPLACEMENT_FIRST_DELAY_MS = 1_000;
const REPLACEMENT_MAX_DELAY_MS = 30_000;

export interface SupervisedConsumerOptions {
  groupId: string;
  topics: string[];
  fromBeginning: boolean;
  sessionTimeoutMs?: number;
  observer: ConsumerObserver;
  /** Topics paused by the owner; a consumer (re)joining its group starts unpaused, so it pauses these again. */
  pausedTopics: ReadonlySet<string>;
  handleBatch(batch: RawBatch, context: BatchContext): Promise<void>;
  /** Partitions are about to move: the last chance to commit finished work through the current consumer. */
  onRebalance(): void;
  /** The session is gone (crash): progress tracked for it no longer applies, whoever rejoins starts from the commit. */
  onSessionLost(): void;
}

/**
 * Keeps one Kafka consumer in its group. A crash kafkajs restarts from is reported until the consumer rejoins;
 * a consumer kafkajs stopped for good is replaced by a new one, with a growing back-off, until one is back.
 * Events of a consumer that was already replaced are ignored.
 */
export class SupervisedConsumer {
  private current: RawConsumer;
  private lastCrash?: Error;
  private replacements = 0;
  private replacementTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly broker: BrokerClient,
    private readonly options: SupervisedConsumerOptions,
  ) {
    this.current = this.newConsumer();
  }

  /** The consumer in charge now (commits go through it). */
  get consumer(): RawConsumer {
    return this.current;
  }

  /** The last crash, until the consumer is back in its group. */
  get crash(): Error | undefined {
    return this.lastCrash;
  }

  get topics(): readonly string[] {
    return this.options.topics;
  }

  /** Connects, subscribes and runs the consumer; rejects when the first connection fails. */
  start(): Promise<void> {
    return this.run(this.current);
  }

  /** A consumer out of its group (crashed, not yet rejoined) has nothing to pause; it catches up on joining. */
  pause(topics: readonly string[]): void {
    this.pauseOrResume('pause', topics);
  }

  resume(topics: readonly string[]): void {
    this.pauseOrResume('resume', topics);
  }

  /** Stops fetching and cancels a pending replacement; in-flight work is the owner's to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.replacementTimer);
    await this.current.stop().catch(() => undefined);
  }

  async disconnect(): Promise<void> {
    await this.current.disconnect().catch(() => undefined);
  }

  private newConsumer(): RawConsumer {
    return this.broker.consumer({
      groupId: this.options.groupId,
      sessionTimeoutMs: this.options.sessionTimeoutMs,
    });
  }

  private async run(consumer: RawConsumer): Promise<void> {
    const { groupId, observer } = this.options;
    consumer.onRebalance(() => {
      if (this.current === consumer) this.options.onRebalance();
    });
    consumer.onCrash((error, restarting) => {
      if (this.current !== consumer) return;
      this.lastCrash = error;
      this.options.onSessionLost();
      observer.log('error', 'Kafka consumer crashed', { groupId, error: error.message, restarting });
      if (!restarting) this.scheduleReplacement();
    });
    consumer.onGroupJoin(() => {
      if (this.current !== consumer) return;
      this.pause(this.options.topics.filter((topic) => this.options.pausedTopics.has(topic)));
      if (!this.lastCrash) return;
      this.lastCrash = undefined;
      this.replacements = 0;
      observer.log('info', 'Kafka consumer rejoined its group', { groupId });
    });
    await consumer.connect();
    await consumer.subscribe(this.options.topics, this.options.fromBeginning);
    await consumer.run((batch, context) => this.options.handleBatch(batch, context));
  }

  private pauseOrResume(action: 'pause' | 'resume', topics: readonly string[]): void {
    if (topics.length === 0) return;
    try {
      this.current[action](topics.map((topic) => ({ topic })));
    } catch (error) {
      this.options.observer.log('warn', `Could not ${action} topics of a consumer out of its group`, {
        groupId: this.options.groupId,
        error: (error as Error).message,
      });
    }
  }

  /**
   * kafkajs stops a consumer for good on errors it does not retry — among them "failed to find group
   * coordinator", which a fresh or restarting broker answers for a while (kafkajs issues #1445, #1630).
   */
  private scheduleReplacement(): void {
    if (this.stopped) return;
    const { groupId, observer } = this.options;
    const delayMs = Math.min(REPLACEMENT_MAX_DELAY_MS, REPLACEMENT_FIRST_DELAY_MS * 2 ** this.replacements);
    this.replacements += 1;
    observer.log('warn', 'Replacing the stopped Kafka consumer', {
      groupId,
      attempt: this.replacements,
      delayMs,
    });
    this.replacementTimer = setTimeout(() => {
      this.replacementTimer = undefined;
      if (this.stopped) return;
      const stopped = this.current;
      this.current = this.newConsumer();
      void stopped.disconnect().catch(() => undefined);
      this.run(this.current).catch((error: Error) => {
        this.lastCrash = error;
        observer.log('error', 'Kafka consumer could not be replaced', { groupId, error: error.message });
        this.scheduleReplacement();
      });
    }, delayMs);
  }
}
