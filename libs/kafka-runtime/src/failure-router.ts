import { randomUUID } from 'node:crypto';
import { Headers, Topics } from '@content-pipeline/contracts';
import type { RawMessage } from './broker.port';
import type { HandlingOutcome } from './consumer-observer';
import type { ConsumerObserver } from './consumer-observer';
import type { EventPublisher } from './event-publisher';
import { classifyError } from './pipeline.error';
import { nextStepAfterFailure, RetryPolicy } from './retry-policy';
import { sleep } from './sleep';

/** What the dead-letter record says about the message when it could be decoded. */
export interface MessageDescription {
  skuId?: string;
  jobId?: string;
  language?: string;
}

export interface FailureRouterOptions {
  groupId: string;
  /** The group's own retry topic. */
  retryTopic: string;
  retryPolicy: RetryPolicy;
  observer: ConsumerObserver;
  /** Aborted when the service stops: waiting (back-off, a failing publish) ends and the message is abandoned. */
  signal: AbortSignal;
}

/** One delivery of a message being handled: where it came from and how it is recorded. */
export interface Delivery {
  message: RawMessage;
  /** The topic the message was first published to (a message from the retry topic names it in a header). */
  originalTopic: string;
  /** Passes already made through the retry topic (0 for a first delivery). */
  retryPass: number;
  /** Records an outcome (metrics) and returns it. */
  record(outcome: HandlingOutcome, errorCode?: string): HandlingOutcome;
}

/**
 * Where a failing message goes: in-process retries with back-off, then the group's retry topic, then the
 * dead-letter topic with the reason and the original bytes — as the {@link RetryPolicy} and the error's
 * `retriable` flag decide. Routing is retried until it succeeds, so no message is dropped on the floor.
 */
export class FailureRouter {
  constructor(
    private readonly publisher: Pick<EventPublisher, 'publish' | 'publishRaw'>,
    private readonly options: FailureRouterOptions,
  ) {}

  /** Runs `attempt` until it succeeds or the message is routed away; never throws. */
  async handle(
    delivery: Delivery,
    attempt: () => Promise<void>,
    describe: () => MessageDescription,
  ): Promise<HandlingOutcome> {
    const { message, originalTopic, retryPass, record } = delivery;
    const { retryPolicy, observer, signal } = this.options;
    for (let inProcessAttempt = 1; ; inProcessAttempt += 1) {
      try {
        await attempt();
        return record('processed');
      } catch (error) {
        if (signal.aborted) return record('abandoned');
        const failure = classifyError(error);
        const step = nextStepAfterFailure(retryPolicy, failure.retriable, inProcessAttempt, retryPass);
        observer.log(failure.retriable ? 'warn' : 'info', 'Message handling failed', {
          topic: originalTopic,
          partition: message.partition,
          offset: message.offset,
          code: failure.code,
          error: failure.message,
          next: step.kind,
        });
        if (step.kind === 'retry_in_process') {
          record('retried_in_process', failure.code);
          if (!(await sleep(step.delayMs, signal))) return record('abandoned');
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
                retryPass * retryPolicy.inProcessAttempts + inProcessAttempt,
                { code: failure.code, retriable: failure.retriable, reason: failure.message },
                describe(),
              );
        if (!routed) return record('abandoned');
        return record(step.kind === 'retry_topic' ? 'sent_to_retry_topic' : 'dead_lettered', failure.code);
      }
    }
  }

  /** Publishes the dead-letter record; false when the service stopped before it could be sent. */
  deadLetter(
    message: RawMessage,
    originalTopic: string,
    attempts: number,
    failure: { code: string; retriable: boolean; reason: string },
    described: MessageDescription = {},
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
          reason: failure.reason,
          errorCode: failure.code,
          retriable: failure.retriable,
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

  private sendToRetryTopic(
    message: RawMessage,
    originalTopic: string,
    deliveryAttempt: number,
    delayMs: number,
    lastError: string,
  ): Promise<boolean> {
    return this.untilSent(() =>
      this.publisher.publishRaw(this.options.retryTopic, [
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

  /** Retries a publish until it succeeds or the service stops; a message is never dropped on the floor. */
  private async untilSent(send: () => Promise<void>): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await send();
        return true;
      } catch (error) {
        this.options.observer.log('error', 'Publishing to the retry/dead-letter topic failed; will retry', {
          error: (error as Error).message,
          attempt,
        });
        if (!(await sleep(Math.min(10_000, 250 * 2 ** attempt), this.options.signal))) return false;
      }
    }
  }
}
