import type { OutgoingMessage, RawProducer } from './broker.port';

interface Pending {
  topic: string;
  message: OutgoingMessage;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface BatchingOptions {
  /** How long a message may wait for company before the batch is sent. */
  lingerMs: number;
  /** A batch this large is sent at once. */
  maxMessages: number;
}

export const DEFAULT_BATCHING: BatchingOptions = { lingerMs: 2, maxMessages: 1_000 };

/**
 * Groups messages that many concurrent handlers publish into one produce request. An idempotent producer has
 * one request in flight at a time, so sending each message alone would serialise every handler on one
 * broker round trip; batching turns that into one round trip per batch. Each caller's promise settles
 * when its own batch is acknowledged (acks=all) or fails.
 */
export class OutgoingBatcher {
  private pending: Pending[] = [];
  private timer?: NodeJS.Timeout;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly producer: RawProducer,
    private readonly options: BatchingOptions = DEFAULT_BATCHING,
  ) {}

  send(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    const settled = messages.map(
      (message) =>
        new Promise<void>((resolve, reject) => this.pending.push({ topic, message, resolve, reject })),
    );
    if (this.pending.length >= this.options.maxMessages) this.flushSoon(0);
    else this.flushSoon(this.options.lingerMs);
    return Promise.all(settled).then(() => undefined);
  }

  private flushSoon(delayMs: number): void {
    if (this.timer && delayMs > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Batches go out one after another, in the order they were formed (per-partition order is kept).
      this.sending = this.sending.then(() => this.flush());
    }, delayMs);
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, this.options.maxMessages);
    if (this.pending.length > 0) this.flushSoon(0);
    if (batch.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const { topic, message } of batch) byTopic.set(topic, [...(byTopic.get(topic) ?? []), message]);
    try {
      await this.producer.sendBatch([...byTopic.entries()].map(([topic, messages]) => ({ topic, messages })));
      batch.forEach(({ resolve }) => resolve());
    } catch (error) {
      batch.forEach(({ reject }) => reject(error));
    }
  }
}
