import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import { TopicDefinition, topicNamed } from '@content-pipeline/contracts';
import { ErasedSubscription, MessageContext, subscribe } from '@content-pipeline/kafka-runtime';
import type { KafkaRuntime } from '../kafka-runtime.service';
import { ConsumerDeclarationError } from './consumer-declaration.error';
import { KafkaRuntimeContext } from './kafka-runtime.context';
import type { ConsumerGroups, KafkaEventOptions } from './kafka-event.options';

/** Identifies the transport: `@EventPattern(topic, extras, KAFKA_RUNTIME_TRANSPORT)` binds a handler to it only. */
export const KAFKA_RUNTIME_TRANSPORT = Symbol('KAFKA_RUNTIME_TRANSPORT');

interface DeclaredHandler {
  topic: string;
  handler: MessageHandler;
  isEventHandler: boolean;
  extras: Partial<KafkaEventOptions> | undefined;
}

/**
 * The project's consumer runtime as a NestJS transport: each `@EventPattern(topic, { group })` handler on a controller
 * becomes a subscription of its group's {@link ConsumerRunner}, so handlers keep the runtime's guarantees — one
 * runner per consumer group, per-key order inside a partition, bounded concurrency with commits below the slowest
 * unfinished offset, in-process retries then the group's retry topic then the dead-letter topic with the reason and
 * the original bytes, and no partition ever blocked by a handler that throws.
 *
 * Not the stock `@nestjs/microservices` Kafka transport: that one runs one consumer for every topic and, when a
 * handler throws, leaves the offset uncommitted and blocks the partition (nestjs/nest#14664).
 */
export class KafkaRuntimeTransport extends Server implements CustomTransportStrategy {
  private readonly declared: DeclaredHandler[] = [];

  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly groups: ConsumerGroups,
  ) {
    super();
    this.transportId = KAFKA_RUNTIME_TRANSPORT;
  }

  /** Nest calls this for every `@EventPattern` / `@MessagePattern` it finds; they are checked in {@link listen}. */
  override addHandler(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler = false,
    extras: Record<string, unknown> = {},
  ): void {
    this.declared.push({
      topic: typeof pattern === 'string' ? pattern : JSON.stringify(pattern),
      handler: callback,
      isEventHandler,
      extras: extras as Partial<KafkaEventOptions>,
    });
  }

  /** Checks every declaration, then starts one runner per consumer group; a wrong declaration fails start-up. */
  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const subscriptionsByGroup = this.subscriptionsByGroup();
      for (const [name, subscriptions] of subscriptionsByGroup) {
        const { onStarted, ...settings } = this.groups[name];
        const runner = await this.kafka.startConsumer({ ...settings, subscriptions });
        onStarted?.(runner);
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** The runners are stopped (drained, committed) by {@link KafkaRuntime} before the application shuts down. */
  async close(): Promise<void> {
    return undefined;
  }

  on(): never {
    throw new Error('KafkaRuntimeTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.kafka as T;
  }

  private subscriptionsByGroup(): Map<string, ErasedSubscription[]> {
    const problems: string[] = [];
    const byGroup = new Map<string, ErasedSubscription[]>();
    const seen = new Set<string>();
    for (const declared of this.declared) {
      const where = `@EventPattern('${declared.topic}')`;
      const topic = topicNamed(declared.topic);
      const group = declared.extras?.group;
      if (!declared.isEventHandler) {
        problems.push(
          `${where}: request/response (@MessagePattern) is not supported over Kafka; use @EventPattern`,
        );
      } else if (!topic) {
        problems.push(`${where}: no such topic in the contracts' topic catalogue`);
      } else if (typeof group !== 'string' || group === '') {
        problems.push(`${where}: no consumer group; pass { group } as the decorator's extras`);
      } else if (!this.groups[group]) {
        problems.push(`${where}: consumer group '${group}' has no settings in the service's CONSUMER_GROUPS`);
      } else if (seen.has(`${group}\u0000${topic.name}`)) {
        problems.push(`${where}: declared twice in consumer group '${group}'`);
      } else {
        seen.add(`${group}\u0000${topic.name}`);
        byGroup.set(group, [...(byGroup.get(group) ?? []), this.subscription(topic, declared)]);
      }
    }
    for (const group of Object.keys(this.groups)) {
      if (!byGroup.has(group))
        problems.push(
          `consumer group '${group}' has settings but no @EventPattern handler (is its controller listed?)`,
        );
    }
    if (problems.length > 0) throw new ConsumerDeclarationError(problems);
    return byGroup;
  }

  private subscription(topic: TopicDefinition<unknown>, declared: DeclaredHandler): ErasedSubscription {
    const { decode, describe } = declared.extras ?? {};
    return subscribe<unknown>({
      topic,
      ...(decode ? { decode: (message) => decode(message, this.kafka.codec) } : {}),
      ...(describe ? { describe } : {}),
      handle: (value, context) => this.invoke(declared.handler, value, context),
    });
  }

  /**
   * Runs the Nest handler (with its guards, interceptors and filters) and settles when it has finished; its error,
   * passed through unchanged by {@link HandlerErrorPassThrough}, goes back to the runner's failure router.
   */
  private async invoke(handler: MessageHandler, value: unknown, context: MessageContext): Promise<void> {
    const result: unknown = await handler(value, new KafkaRuntimeContext(context));
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
