import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { CatalogSku, sourceHash } from '@content-pipeline/catalog-rules';
import { derivedEventId, generationTopicFor, IngestOutcome, Lane, Topics } from '@content-pipeline/contracts';
import {
  DerivedLanguage,
  derivedLanguagesForJob,
  firstGenerationRequest,
  planIngestion,
} from '@content-pipeline/generation-tasks';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { SkuSnapshot } from '../sku-snapshot/sku-snapshot.entity';
import { INGESTER_CONFIG } from '../ingester.tokens';
import type { IngesterConfig } from '../ingester.config';

export interface IngestCommand {
  sku: CatalogSku;
  eventId: string;
  jobId?: string;
  lane?: Lane;
  /** Languages to derive from the English master; defaults to PIVOT_LANGUAGES. */
  derivedLanguages?: DerivedLanguage[];
  /** Defaults to PROMPT_VERSION. */
  promptVersion?: string;
  traceparent: string;
}

export type { IngestOutcome };

/**
 * Stores the SKU snapshot and asks for English content when the source text (or the prompt version)
 * changed since the last request. English is the pivot: other languages follow once it passes the gate.
 *
 * Crash-safe without an outbox: `requested_hash` is written only after the request is published, so a
 * redelivered event republishes the same request (same derived event id, deduplicated downstream).
 *
 * Every outcome is announced as `SkuIngested` for the job ledger, so a job knows which of its tasks need
 * no generation (unchanged source and prompt version: a replay of an unchanged catalogue costs nothing).
 */
@Injectable()
export class IngestSkuUseCase {
  private readonly snapshots: Repository<SkuSnapshot>;

  constructor(
    @Inject(SERVICE_DATA_SOURCE) dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    @Inject(INGESTER_CONFIG) private readonly config: IngesterConfig,
  ) {
    this.snapshots = dataSource.getRepository(SkuSnapshot);
  }

  async execute(command: IngestCommand): Promise<IngestOutcome> {
    const { sku } = command;
    const jobId = command.jobId ?? `catalog-stream-${sku.updatedAt.slice(0, 10)}`;
    const promptVersion = command.promptVersion ?? this.config.promptVersion;
    const derivedLanguages = derivedLanguagesForJob(this.config.generationTasks, command.derivedLanguages);
    const hash = sourceHash(sku);
    const existing = await this.snapshots.findOneBy({ skuId: sku.skuId });
    const { outcome, lane } = planIngestion(
      existing && {
        catalogUpdatedAt: existing.catalogUpdatedAt.getTime(),
        requestedHash: existing.requestedHash,
        requestedPromptVersion: existing.requestedPromptVersion,
      },
      { catalogUpdatedAt: Date.parse(sku.updatedAt), sourceHash: hash, promptVersion },
      command.lane,
    );
    const announce = (announced: IngestOutcome, requestEventId: string | null) =>
      this.kafka.publish(
        Topics.skuIngested,
        {
          eventId: derivedEventId('sku-ingested', jobId, command.eventId),
          jobId,
          skuId: sku.skuId,
          outcome: announced,
          lane,
          languages: ['en', ...derivedLanguages],
          promptVersion,
          sourceHash: hash,
          requestEventId,
          ingestedAt: Date.now(),
          traceparent: command.traceparent,
        },
        { key: sku.skuId },
      );

    if (outcome === 'stale') {
      await announce('stale', null);
      return 'stale';
    }
    await this.snapshots.upsert(
      {
        skuId: sku.skuId,
        productName: sku.productName,
        productDescription: sku.productDescription,
        category: sku.category,
        brand: sku.brand,
        attributes: sku.attributes,
        priceCny: sku.priceCny,
        sourceHash: hash,
        catalogUpdatedAt: new Date(sku.updatedAt),
        lastEventId: command.eventId,
        updatedAt: new Date(),
      },
      ['skuId'],
    );
    if (outcome === 'unchanged') {
      await announce('unchanged', null);
      return 'unchanged';
    }

    const request = firstGenerationRequest(
      {
        jobId,
        skuId: sku.skuId,
        source: {
          productName: sku.productName,
          productDescription: sku.productDescription,
          category: sku.category,
          brand: sku.brand,
          attributes: sku.attributes,
          sourceHash: hash,
        },
        promptVersion,
        lane,
        derivedLanguages,
        traceparent: command.traceparent,
      },
      this.config.generationTasks,
      Date.now(),
    );
    await this.kafka.publish(generationTopicFor(lane), request, { key: sku.skuId });
    await this.snapshots.update(
      { skuId: sku.skuId },
      { requestedHash: hash, requestedPromptVersion: promptVersion },
    );
    await announce('requested', request.eventId);
    return 'requested';
  }
}
