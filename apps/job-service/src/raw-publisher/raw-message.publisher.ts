import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Headers } from '@content-pipeline/contracts';
import { KafkaJsBrokerClient, OutgoingMessage, RawProducer } from '@content-pipeline/kafka-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { JOB_SERVICE_CONFIG } from '../job-service.tokens';
import type { JobServiceConfig } from '../job-service.config';

/** Headers of a past delivery that must not follow a message republished as a fresh delivery. */
const DELIVERY_HEADERS: readonly string[] = [
  Headers.attempts,
  Headers.notBefore,
  Headers.originalTopic,
  Headers.originalPartition,
  Headers.originalOffset,
  Headers.lastError,
];

/** The headers of a dead-lettered message, minus its delivery history, for a fresh delivery. */
export function freshDeliveryHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !DELIVERY_HEADERS.includes(name)));
}

/**
 * Sends bytes as they are: catalogue lines of a new job (the catalogue's own JSON) and dead-lettered
 * messages a resume republishes. The shared runtime only publishes typed values, so the ledger keeps its
 * own idempotent producer for these.
 */
@Injectable()
export class RawMessagePublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly producer: RawProducer;

  constructor(@Inject(JOB_SERVICE_CONFIG) config: JobServiceConfig, logger: JsonLogger) {
    this.producer = new KafkaJsBrokerClient({
      ...config.service.kafka,
      clientId: `${config.service.kafka.clientId}-raw`,
      log: (level, message, extra) => logger.log(level, `kafkajs: ${message}`, extra),
    }).producer();
  }

  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }

  send(topic: string, messages: OutgoingMessage[]): Promise<void> {
    return this.producer.send(topic, messages);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect().catch(() => undefined);
  }
}
