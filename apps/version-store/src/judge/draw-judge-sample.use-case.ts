import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  derivedEventId,
  type JudgeRequested,
  type Language,
  type ProductContent,
  type SourceProduct,
} from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { enqueueOutboxEvents } from '@content-pipeline/persistence';
import { VersionStoreError } from '../version-store.error';
import { UNKNOWN_CATEGORY } from '../spot-check/draw-spot-check-sample.use-case';
import { drawStratifiedSample, type StratumDraw } from '../spot-check/stratified-sample';
import { JUDGE_OUTBOX_TABLE } from './judge-request.publication';

export interface DrawJudgeSampleCommand {
  jobId: string;
  seed: number;
  /** Share of each language × category stratum to judge (rounded up: every stratum gets at least one). */
  rate: number;
  drawnBy: string;
}

export interface JudgeSampleView {
  sampleId: string;
  jobId: string;
  seed: number;
  rate: number;
  population: number;
  size: number;
  strata: StratumDraw[];
  drawnBy: string;
  drawnAt: Date;
}

interface PublishedRow {
  version_id: string;
  sku_id: string;
  language: Language;
  category: string;
  attempt: number;
  prompt_version: string;
  source: SourceProduct | null;
  source_hash: string;
  content: ProductContent;
  master_content: ProductContent | null;
}

/**
 * Draws the versions the LLM judge annotates — a job's published (active) versions, stratified by language and
 * category like a spot-check sample, reproducible from the seed — and queues one judge request per version in the
 * same transaction. Versions stored before sources were kept have nothing to judge against and are left out.
 */
@Injectable()
export class DrawJudgeSampleUseCase {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async execute(command: DrawJudgeSampleCommand): Promise<JudgeSampleView> {
    return this.dataSource.transaction(async (manager) => {
      const published = await manager.query<PublishedRow[]>(
        `SELECT version.version_id, version.sku_id, version.source_hash, version.language, version.attempt, version.prompt_version,
                coalesce(version.source->>'category', $2) AS category, version.source, version.content,
                master.content AS master_content
           FROM version_store.content_version version
           LEFT JOIN version_store.content_version master ON master.version_id = version.master_version_id
          WHERE version.job_id = $1 AND version.status = 'active' AND version.source IS NOT NULL`,
        [command.jobId, UNKNOWN_CATEGORY],
      );
      if (published.length === 0)
        throw VersionStoreError.notFound(`Job ${command.jobId} has no published (active) versions to judge`);
      const drawn = drawStratifiedSample(
        published.map((row) => ({
          versionId: row.version_id,
          language: row.language,
          category: row.category,
        })),
        { rate: command.rate },
        command.seed,
      );
      const [sample] = await manager.query<{ sample_id: string; drawn_at: Date }[]>(
        `INSERT INTO version_store.judge_sample (job_id, seed, rate, population, size, strata, drawn_by)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING sample_id, drawn_at`,
        [
          command.jobId,
          command.seed,
          command.rate,
          published.length,
          drawn.versionIds.length,
          JSON.stringify(drawn.strata),
          command.drawnBy,
        ],
      );
      const byId = new Map(published.map((row) => [row.version_id, row]));
      const rows = drawn.versionIds.map((versionId) => byId.get(versionId)!);
      const requests: JudgeRequested[] = rows.map((row) => ({
        eventId: derivedEventId('judge-requested', sample.sample_id, row.version_id),
        sampleId: sample.sample_id,
        jobId: command.jobId,
        versionId: row.version_id,
        skuId: row.sku_id,
        language: row.language,
        category: row.category,
        attempt: row.attempt,
        promptVersion: row.prompt_version,
        source: sourceOf({ sourceHash: row.source_hash, ...row.source }),
        masterContent: row.master_content && contentOf(row.master_content),
        content: contentOf(row.content),
        requestedAt: Date.now(),
        traceparent: '',
      }));
      await manager.query(
        `INSERT INTO version_store.judge_item (sample_id, version_id, request_event_id, language, category)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])`,
        [
          sample.sample_id,
          requests.map((request) => request.versionId),
          requests.map((request) => request.eventId),
          requests.map((request) => request.language),
          requests.map((request) => request.category),
        ],
      );
      for (let start = 0; start < requests.length; start += 500) {
        await enqueueOutboxEvents(
          manager,
          JUDGE_OUTBOX_TABLE,
          requests
            .slice(start, start + 500)
            .map((value) => ({ eventId: value.eventId, key: value.skuId, value })),
        );
      }
      return {
        sampleId: sample.sample_id,
        jobId: command.jobId,
        seed: command.seed,
        rate: command.rate,
        population: published.length,
        size: requests.length,
        strata: drawn.strata,
        drawnBy: command.drawnBy,
        drawnAt: sample.drawn_at,
      };
    });
  }
}

/** The stored JSON as the Avro record needs it: every field present, whatever older rows left out. */
function sourceOf(source: Partial<SourceProduct>): SourceProduct {
  return {
    productName: source.productName ?? '',
    productDescription: source.productDescription ?? '',
    category: source.category ?? UNKNOWN_CATEGORY,
    brand: source.brand ?? '',
    attributes: source.attributes ?? {},
    sourceHash: source.sourceHash ?? '',
  };
}

function contentOf(content: Partial<ProductContent>): ProductContent {
  return {
    translatedDescription: content.translatedDescription ?? '',
    seoTitle: content.seoTitle ?? '',
    metaDescription: content.metaDescription ?? '',
    h1: content.h1 ?? '',
    marketingCopyA: content.marketingCopyA ?? '',
    marketingCopyB: content.marketingCopyB ?? '',
    marketingCopyC: content.marketingCopyC ?? '',
    suggestedKeywords: content.suggestedKeywords ?? [],
  };
}
