import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import type { ServiceConfig } from '@content-pipeline/config';
import {
  AvroCodec,
  BrokerAdmin,
  ConsumerObserver,
  ConsumerRunner,
  ConsumerRunnerOptions,
  EventPublisher,
  KafkaJsBrokerClient,
  provisionTopics,
  PublishOptions,
  RawProducer,
} from '@content-pipeline/kafka-runtime';
import type { TopicDefinition } from '@content-pipeline/contracts';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import { SERVICE_CONFIG } from './tokens';

/**
 * The service's Kafka: one idempotent producer, the Avro codec, the admin client and the consumer runners
 * the service starts. Owns their lifecycle: topics provisioned at start; on shutdown consumers stop first
 * (in-flight work finishes or is abandoned uncommitted), then the producer and admin disconnect.
 */
@Injectable()
export class KafkaRuntime implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  readonly codec: AvroCodec;
  readonly admin: BrokerAdmin;
  private readonly broker: KafkaJsBrokerClient;
  private readonly producer: RawProducer;
  private readonly publisher: EventPublisher;
  private readonly runners: ConsumerRunner[] = [];

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly logger: JsonLogger,
    private readonly metrics: ServiceMetrics,
  ) {
    this.broker = new KafkaJsBrokerClient({
      ...config.kafka,
      log: (level, message, extra) => logger.log(level, `kafkajs: ${message}`, extra),
    });
    this.codec = new AvroCodec(config.registry);
    this.producer = this.broker.producer();
    this.admin = this.broker.admin();
    this.publisher = new EventPublisher(this.producer, this.codec);
  }

  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }

  /** Creates the catalogue topics and the retry topics of the given consumer groups, if missing. */
  provisionTopics(consumerGroups: string[]): Promise<void> {
    return provisionTopics(this.admin, {
      partitions: this.config.kafka.topicPartitions,
      replicationFactor: this.config.kafka.replicationFactor,
      consumerGroups,
    });
  }

  async publish<TValue>(
    topic: TopicDefinition<TValue>,
    value: TValue,
    options: PublishOptions,
  ): Promise<void> {
    await this.publisher.publish(topic, value, options);
    this.metrics.eventsPublished.inc({ topic: topic.name });
  }

  async publishAll<TValue>(
    topic: TopicDefinition<TValue>,
    items: readonly ({ value: TValue } & PublishOptions)[],
  ): Promise<void> {
    await this.publisher.publishAll(topic, items);
    this.metrics.eventsPublished.inc({ topic: topic.name }, items.length);
  }

  /** Starts a consumer runner whose outcomes feed the service's metrics and logs. */
  async startConsumer(options: Omit<ConsumerRunnerOptions, 'observer'>): Promise<ConsumerRunner> {
    await this.provisionTopics([options.groupId]);
    const runner = new ConsumerRunner(this.broker, this.codec, this.publisher, {
      sessionTimeoutMs: this.config.kafka.sessionTimeoutMs,
      ...options,
      observer: this.observer(),
    });
    this.runners.push(runner);
    await runner.start();
    this.logger.info('Consumer started', {
      groupId: options.groupId,
      topics: options.subscriptions.map((subscription) => subscription.topic.name),
      concurrency: options.concurrency,
    });
    return runner;
  }

  get consumers(): readonly ConsumerRunner[] {
    return this.runners;
  }

  private observer(): ConsumerObserver {
    return {
      handled: ({ groupId, topic, outcome, durationMs, errorCode }) => {
        this.metrics.messagesHandled.inc({ group: groupId, topic, outcome, error_code: errorCode ?? '' });
        this.metrics.handlerDuration.observe({ group: groupId, topic, outcome }, durationMs / 1_000);
      },
      lag: ({ groupId, topic, partition, lag }) =>
        this.metrics.consumerLag.set({ group: groupId, topic, partition: String(partition) }, lag),
      log: (level, message, context) => this.logger.log(level, message, context),
    };
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.info('Stopping consumers', {
      signal,
      inFlight: this.runners.map((runner) => runner.inFlightCount),
    });
    await Promise.all(this.runners.map((runner) => runner.stop(this.config.shutdownGraceMs)));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect().catch(() => undefined);
    await this.admin.disconnect().catch(() => undefined);
  }
}
