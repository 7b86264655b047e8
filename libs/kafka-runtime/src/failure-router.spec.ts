import { Headers, Topics } from '@content-pipeline/contracts';
import type { OutgoingMessage, RawMessage } from './broker.port';
import type { HandlingOutcome } from './consumer-observer';
import { silentObserver } from './consumer-observer';
import { Delivery, FailureRouter } from './failure-router';
import { InvalidMessageError, TransientError } from './pipeline.error';
import type { RetryPolicy } from './retry-policy';

const policy: RetryPolicy = {
  inProcessAttempts: 2,
  baseDelayMs: 1,
  maxDelayMs: 1,
  retryTopicDelaysMs: [60_000],
};

/** Records what the router publishes; `failures` publishes fail before one succeeds. */
class RecordingPublisher {
  readonly deadLetters: { value: Record<string, unknown>; key: string }[] = [];
  readonly raw: { topic: string; messages: OutgoingMessage[] }[] = [];
  constructor(private failures = 0) {}

  async publish(topic: unknown, value: unknown, options: { key: string }): Promise<void> {
    if (this.failures-- > 0) throw new Error('broker unavailable');
    expect(topic).toBe(Topics.deadLetter);
    this.deadLetters.push({ value: value as Record<string, unknown>, key: options.key });
  }

  async publishRaw(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (this.failures-- > 0) throw new Error('broker unavailable');
    this.raw.push({ topic, messages });
  }
}

const message: RawMessage = {
  topic: 'content.internal.content.generated.v1',
  partition: 2,
  offset: '41',
  key: Buffer.from('SKU-1'),
  value: Buffer.from('bytes'),
  headers: { [Headers.traceparent]: '00-trace' },
  timestamp: '0',
};

function routerWith(publisher: RecordingPublisher, signal = new AbortController().signal): FailureRouter {
  return new FailureRouter(publisher as never, {
    groupId: 'quality-gate',
    retryTopic: 'pipeline.internal.retry.quality-gate.v1',
    retryPolicy: policy,
    observer: silentObserver,
    signal,
  });
}

function delivery(retryPass = 0): Delivery & { outcomes: HandlingOutcome[] } {
  const outcomes: HandlingOutcome[] = [];
  return {
    outcomes,
    message,
    originalTopic: message.topic,
    retryPass,
    record: (outcome) => {
      outcomes.push(outcome);
      return outcome;
    },
  };
}

describe('FailureRouter', () => {
  it('retries a transient failure in process and records it processed once it succeeds', async () => {
    const publisher = new RecordingPublisher();
    const handling = delivery();
    let calls = 0;
    const outcome = await routerWith(publisher).handle(
      handling,
      async () => {
        calls += 1;
        if (calls === 1) throw new TransientError('database restarting');
      },
      () => ({}),
    );
    expect(outcome).toBe('processed');
    expect(handling.outcomes).toEqual(['retried_in_process', 'processed']);
    expect(publisher.raw).toEqual([]);
  });

  it('sends a message still failing after the in-process attempts to the retry topic, with its origin and due time', async () => {
    const publisher = new RecordingPublisher();
    const before = Date.now();
    const outcome = await routerWith(publisher).handle(
      delivery(),
      async () => {
        throw new TransientError('provider 503');
      },
      () => ({}),
    );
    expect(outcome).toBe('sent_to_retry_topic');
    const [{ topic, messages }] = publisher.raw;
    expect(topic).toBe('pipeline.internal.retry.quality-gate.v1');
    expect(messages[0]).toMatchObject({
      key: message.key,
      value: message.value,
      headers: {
        [Headers.originalTopic]: message.topic,
        [Headers.originalPartition]: '2',
        [Headers.originalOffset]: '41',
        [Headers.attempts]: '2',
        [Headers.lastError]: 'provider 503',
      },
    });
    expect(Number(messages[0].headers?.[Headers.notBefore])).toBeGreaterThanOrEqual(before + 60_000);
  });

  it('dead-letters a message the retry topic has had its passes for, counting every attempt', async () => {
    const publisher = new RecordingPublisher();
    const outcome = await routerWith(publisher).handle(
      delivery(1),
      async () => {
        throw new TransientError('provider 503', 'provider_unavailable');
      },
      () => ({ skuId: 'SKU-1', language: 'ja' }),
    );
    expect(outcome).toBe('dead_lettered');
    expect(publisher.deadLetters[0].value).toMatchObject({
      sourceTopic: message.topic,
      consumerGroup: 'quality-gate',
      errorCode: 'provider_unavailable',
      retriable: true,
      attempts: 4,
      skuId: 'SKU-1',
      language: 'ja',
      jobId: null,
      originalValue: message.value,
    });
  });

  it('dead-letters an invalid message at once, with the reason and what the handler could describe', async () => {
    const publisher = new RecordingPublisher();
    const handling = delivery();
    const outcome = await routerWith(publisher).handle(
      handling,
      async () => {
        throw new InvalidMessageError('skuId "" is not a SKU id', 'invalid_domain_data');
      },
      () => ({ jobId: 'job-1' }),
    );
    expect(outcome).toBe('dead_lettered');
    expect(handling.outcomes).toEqual(['dead_lettered']);
    expect(publisher.deadLetters).toEqual([
      {
        key: 'SKU-1',
        value: expect.objectContaining({
          reason: 'skuId "" is not a SKU id',
          errorCode: 'invalid_domain_data',
          retriable: false,
          attempts: 1,
          jobId: 'job-1',
          traceparent: '00-trace',
        }),
      },
    ]);
  });

  it('keeps publishing the dead letter until the broker takes it', async () => {
    jest.useFakeTimers();
    try {
      const publisher = new RecordingPublisher(2);
      const outcome = routerWith(publisher).handle(
        delivery(),
        async () => {
          throw new InvalidMessageError('bad bytes');
        },
        () => ({}),
      );
      await jest.advanceTimersByTimeAsync(5_000);
      await expect(outcome).resolves.toBe('dead_lettered');
      expect(publisher.deadLetters).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('abandons the message (left uncommitted, redelivered) when the service stops while it is failing', async () => {
    const shutdown = new AbortController();
    const publisher = new RecordingPublisher(Number.POSITIVE_INFINITY);
    const outcome = routerWith(publisher, shutdown.signal).handle(
      delivery(),
      async () => {
        throw new InvalidMessageError('bad bytes');
      },
      () => ({}),
    );
    shutdown.abort();
    await expect(outcome).resolves.toBe('abandoned');
    expect(publisher.deadLetters).toEqual([]);
  });
});
