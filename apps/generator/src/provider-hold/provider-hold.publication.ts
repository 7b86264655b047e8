import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ProviderHoldChanged, Topics } from '@content-pipeline/contracts';
import { KafkaRuntime, OutboxRelay, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { PROVIDER_HOLD_OUTBOX_TABLE } from './provider-hold.store';

/**
 * Tells the rest of the pipeline (the job service, and through it the console) when the provider endpoint is held
 * or released: the store writes each change to the outbox in the statement that makes it, and one instance of the
 * group relays the outbox to `content.internal.provider.hold-changed.v1` in commit order, the row id as `sequence`.
 */
@Injectable()
export class ProviderHoldPublication implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay<ProviderHoldChanged>;

  constructor(@Inject(SERVICE_DATA_SOURCE) dataSource: DataSource, kafka: KafkaRuntime, logger: JsonLogger) {
    this.relay = new OutboxRelay(dataSource, kafka, logger, {
      table: PROVIDER_HOLD_OUTBOX_TABLE,
      topic: Topics.providerHoldChanged,
      // Holds change rarely: a quarter of a second is soon enough for a person, and cheap to poll.
      idleMs: 250,
      toValue: (stored, sequence) => ({ ...stored, sequence }),
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.relay.stop();
  }
}
