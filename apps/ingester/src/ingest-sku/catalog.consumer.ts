import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Counter } from 'prom-client';
import { Topics } from '@content-pipeline/contracts';
import { kafkaEvent, KafkaRuntimeContext } from '@content-pipeline/nest-runtime';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { decodeCatalogEvent } from './catalog-event.decoder';
import { catalogEventHandler, describeCatalogRecord } from './catalog-subscription';
import { IngestSkuUseCase } from './ingest-sku.use-case';

export const INGESTER_GROUP = 'ingester';

/** Thin edge: the live catalogue (Avro or the catalogue's JSON), through the shared catalogue handling, into the use case. */
@Controller()
export class CatalogConsumer {
  private readonly handleCatalogEvent: (
    record: unknown,
    context: KafkaRuntimeContext['message'],
  ) => Promise<void>;

  constructor(ingest: IngestSkuUseCase, metrics: ServiceMetrics) {
    const outcomes = new Counter({
      name: `${METRIC_PREFIX}skus_ingested_total`,
      help: 'Catalogue events ingested, by outcome (requested, unchanged, stale).',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
    this.handleCatalogEvent = catalogEventHandler(ingest, (outcome) => outcomes.inc({ outcome }));
  }

  @EventPattern(
    Topics.catalogSkuUpserted.name,
    kafkaEvent<unknown>({
      group: INGESTER_GROUP,
      decode: decodeCatalogEvent,
      describe: describeCatalogRecord,
    }),
  )
  ingest(@Payload() record: unknown, @Ctx() context: KafkaRuntimeContext): Promise<void> {
    return this.handleCatalogEvent(record, context.message);
  }
}
