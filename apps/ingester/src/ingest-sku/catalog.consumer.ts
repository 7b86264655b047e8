import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Counter } from 'prom-client';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { INGESTER_CONFIG } from '../ingester.tokens';
import type { IngesterConfig } from '../ingester.config';
import { catalogSubscription } from './catalog-subscription';
import { IngestSkuUseCase } from './ingest-sku.use-case';

/** Thin edge: the live catalogue, through the shared catalogue subscription, into the use case. */
@Injectable()
export class CatalogConsumer implements OnApplicationBootstrap {
  private readonly outcomes: Counter<'outcome'>;

  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly ingest: IngestSkuUseCase,
    @Inject(INGESTER_CONFIG) private readonly config: IngesterConfig,
    metrics: ServiceMetrics,
  ) {
    this.outcomes = new Counter({
      name: `${METRIC_PREFIX}skus_ingested_total`,
      help: 'Catalogue events ingested, by outcome (requested, unchanged, stale).',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startConsumer({
      groupId: 'ingester',
      concurrency: this.config.concurrency,
      subscriptions: [
        catalogSubscription(this.kafka.codec, this.ingest, (outcome) => this.outcomes.inc({ outcome })),
      ],
    });
  }
}
