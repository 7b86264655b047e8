import { describeProblems, validateCatalogRecord } from '@content-pipeline/catalog-rules';
import { Headers, Topics } from '@content-pipeline/contracts';
import {
  AvroCodec,
  ErasedSubscription,
  InvalidMessageError,
  MessageContext,
  subscribe,
} from '@content-pipeline/kafka-runtime';
import { decodeCatalogEvent } from './catalog-event.decoder';
import { JobOverrides, readJobOverrides } from './job-headers';
import { IngestOutcome, IngestSkuUseCase } from './ingest-sku.use-case';

/** How the catalogue is read: live (the ingester) or as a one-shot replay of the topic for one job. */
export interface CatalogReadMode {
  /** Replay: these win over the events' own headers (the replayed events belong to the replay's job). */
  forced?: JobOverrides;
  /** Replay: events published before this (epoch ms, Kafka timestamp) are skipped. */
  sinceMs?: number;
  /**
   * Replay: invalid records are counted and skipped instead of dead-lettered — they were dead-lettered
   * when they were first published, and a replay must not repeat that noise.
   */
  skipInvalid?: boolean;
}

export type CatalogEventOutcome = IngestOutcome | 'invalid' | 'before_since';

/**
 * How one catalogue event is handled: validate with the catalogue rules, read the job's headers, hand over to the
 * ingest use case. Thin: the rules live in the use case. Shared by the live consumer and the replay.
 */
export function catalogEventHandler(
  ingest: IngestSkuUseCase,
  onOutcome: (outcome: CatalogEventOutcome) => void,
  mode: CatalogReadMode = {},
): (record: unknown, context: MessageContext) => Promise<void> {
  return async (record, context) => {
    if (mode.sinceMs !== undefined && Number(context.raw.timestamp) < mode.sinceMs) {
      onOutcome('before_since');
      return;
    }
    const validation = validateCatalogRecord(record, new Date());
    const headers = readJobOverrides(context.headers);
    if (!validation.ok || !headers.ok) {
      if (mode.skipInvalid) {
        onOutcome('invalid');
        return;
      }
      if (!validation.ok)
        throw new InvalidMessageError(describeProblems(validation.problems), 'catalog_validation_failed');
      throw new InvalidMessageError(
        `Invalid job headers: ${(headers as { problem: string }).problem}`,
        'invalid_job_headers',
      );
    }
    const overrides = { ...headers.overrides, ...mode.forced };
    const outcome = await ingest.execute({
      sku: validation.sku,
      eventId: context.headers[Headers.eventId] ?? `${context.topic}:${context.partition}:${context.offset}`,
      jobId: overrides.jobId,
      lane: overrides.lane,
      derivedLanguages: overrides.derivedLanguages,
      promptVersion: overrides.promptVersion,
      traceparent: context.headers[Headers.traceparent] ?? '',
    });
    onOutcome(outcome);
  };
}

/** The catalogue topic's subscription for a runner of its own (the replay): decode (Avro or JSON), then handle. */
export function catalogSubscription(
  codec: AvroCodec,
  ingest: IngestSkuUseCase,
  onOutcome: (outcome: CatalogEventOutcome) => void,
  mode: CatalogReadMode = {},
): ErasedSubscription {
  return subscribe<unknown>({
    topic: Topics.catalogSkuUpserted,
    decode: (message) => decodeCatalogEvent(message, codec),
    describe: describeCatalogRecord,
    handle: catalogEventHandler(ingest, onOutcome, mode),
  });
}

/** The SKU of a catalogue record, for its dead-letter record, when it has one. */
export function describeCatalogRecord(record: unknown): { skuId?: string } {
  const skuId = (record as { sku_id?: unknown } | null)?.sku_id;
  return { skuId: typeof skuId === 'string' ? skuId.slice(0, 64) : undefined };
}
