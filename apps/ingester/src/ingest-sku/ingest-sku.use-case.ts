import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { CatalogSku, sourceHash } from '@content-pipeline/catalog-rules';
import { derivedEventId, generationTopicFor, Lane, taskIdFor } from '@content-pipeline/contracts';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { SkuSnapshot } from '../sku-snapshot/sku-snapshot.entity';
import { INGESTER_CONFIG } from '../ingester.tokens';
import type { IngesterConfig } from '../ingester.config';

export interface IngestCommand {
  sku: CatalogSku;
  eventId: string;
  jobId?: string;
  lane?: Lane;
  traceparent: string;
}

export type IngestOutcome = 'requested' | 'unchanged' | 'stale';

/**
 * Stores the SKU snapshot and asks for English content when the source text (or the prompt version)
 * changed since the last request. English is the pivot: other languages follow once it passes the gate.
 *
 * Crash-safe without an outbox: `requested_hash` is written only after the request is published, so a
 * redelivered event republishes the same request (same derived event id, deduplicated downstream).
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
    const existing = await this.snapshots.findOneBy({ skuId: sku.skuId });
    if (existing && existing.catalogUpdatedAt.getTime() > Date.parse(sku.updatedAt)) return 'stale';

    const hash = sourceHash(sku);
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
    const promptVersion = this.config.promptVersion;
    if (existing?.requestedHash === hash && existing.requestedPromptVersion === promptVersion)
      return 'unchanged';

    // New SKUs from the live catalogue go ahead of the backlog; changes to known SKUs do not.
    const lane: Lane = command.lane ?? (existing ? 'bulk' : 'priority');
    const jobId = command.jobId ?? `catalog-stream-${sku.updatedAt.slice(0, 10)}`;
    await this.kafka.publish(
      generationTopicFor(lane),
      {
        eventId: derivedEventId('generation-requested', jobId, sku.skuId, 'en', hash, promptVersion, 1),
        taskId: taskIdFor(jobId, sku.skuId, 'en'),
        jobId,
        skuId: sku.skuId,
        language: 'en',
        attempt: 1,
        maxAttempts: 3,
        promptVersion,
        lane,
        source: {
          productName: sku.productName,
          productDescription: sku.productDescription,
          category: sku.category,
          brand: sku.brand,
          attributes: sku.attributes,
          sourceHash: hash,
        },
        derivedLanguages: this.config.pivotLanguages,
        masterVersionId: null,
        masterContent: null,
        feedback: null,
        requestedAt: Date.now(),
        traceparent: command.traceparent,
      },
      { key: sku.skuId },
    );
    await this.snapshots.update(
      { skuId: sku.skuId },
      { requestedHash: hash, requestedPromptVersion: promptVersion },
    );
    return 'requested';
  }
}
