import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Topics, type JudgeRequested } from '@content-pipeline/contracts';
import { KafkaRuntime, OutboxRelay, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';

/** Where judge requests wait for the relay, written in the transaction that draws their sample. */
export const JUDGE_OUTBOX_TABLE = 'version_store.judge_outbox';

/** Relays the judge requests of drawn samples to Kafka: a sample is requested exactly when it commits. */
@Injectable()
export class JudgeRequestPublication implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay<JudgeRequested>;

  constructor(@Inject(SERVICE_DATA_SOURCE) dataSource: DataSource, kafka: KafkaRuntime, logger: JsonLogger) {
    this.relay = new OutboxRelay(dataSource, kafka, logger, {
      table: JUDGE_OUTBOX_TABLE,
      topic: Topics.judgeRequested,
      batchSize: 200,
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.relay.stop();
  }
}
