import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Counter } from 'prom-client';
import { describeProblems, validateCatalogRecord } from '@content-pipeline/catalog-rules';
import { Headers, Topics } from '@content-pipeline/contracts';
import { InvalidMessageError, subscribe } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { INGESTER_CONFIG } from '../ingester.tokens';
import type { IngesterConfig } from '../ingester.config';
import { decodeCatalogEvent } from './catalog-event.decoder';
import { IngestSkuUseCase } from './ingest-sku.use-case';

/** Thin edge: decode, validate with the catalogue rules, hand over to the use case. */
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
        subscribe<unknown>({
          topic: Topics.catalogSkuUpserted,
          decode: (message) => decodeCatalogEvent(message, this.kafka.codec),
          describe: (record) => ({ skuId: skuIdOf(record) }),
          handle: async (record, context) => {
            const validation = validateCatalogRecord(record, new Date());
            if (!validation.ok)
              throw new InvalidMessageError(
                describeProblems(validation.problems),
                'catalog_validation_failed',
              );
            const lane = context.headers[Headers.lane];
            const outcome = await this.ingest.execute({
              sku: validation.sku,
              eventId:
                context.headers[Headers.eventId] ?? `${context.topic}:${context.partition}:${context.offset}`,
              jobId: context.headers[Headers.jobId],
              lane: lane === 'priority' || lane === 'bulk' ? lane : undefined,
              traceparent: context.headers[Headers.traceparent] ?? '',
            });
            this.outcomes.inc({ outcome });
          },
        }),
      ],
    });
  }
}

function skuIdOf(record: unknown): string | undefined {
  const skuId = (record as { sku_id?: unknown } | null)?.sku_id;
  return typeof skuId === 'string' ? skuId.slice(0, 64) : undefined;
}
