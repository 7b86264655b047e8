import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { VersionStoreError } from '../version-store.error';
import { drawStratifiedSample, SamplingPlan, StratumDraw } from './stratified-sample';
import { SpotCheckSample } from './spot-check-sample.entity';

/** Category of a version stored before sources were kept (it has no source to read one from). */
export const UNKNOWN_CATEGORY = 'unknown';

export interface DrawSampleCommand {
  jobId: string;
  seed: number;
  plan: SamplingPlan;
  drawnBy: string;
}

export interface SampleView {
  sampleId: string;
  jobId: string;
  seed: number;
  rate: number | null;
  count: number | null;
  population: number;
  size: number;
  strata: StratumDraw[];
  drawnBy: string;
  drawnAt: Date;
}

interface PublishedRow {
  version_id: string;
  language: string;
  category: string;
  attempt: number;
  verdict: string;
  score: number;
}

/**
 * Draws a stratified sample of what a job published (its active versions) for spot checks, and stores it with
 * its seed and plan: the same seed over the same published versions draws the same sample again.
 */
@Injectable()
export class DrawSpotCheckSampleUseCase {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async execute(command: DrawSampleCommand): Promise<SampleView> {
    return this.dataSource.transaction(async (manager) => {
      const published = await manager.query<PublishedRow[]>(
        `SELECT version_id, language, coalesce(source->>'category', $2) AS category, attempt, verdict, score
           FROM version_store.content_version WHERE job_id = $1 AND status = 'active'`,
        [command.jobId, UNKNOWN_CATEGORY],
      );
      if (published.length === 0)
        throw VersionStoreError.notFound(`Job ${command.jobId} has no published (active) versions to sample`);
      const drawn = drawStratifiedSample(
        published.map((row) => ({
          versionId: row.version_id,
          language: row.language,
          category: row.category,
        })),
        command.plan,
        command.seed,
      );
      const sample = await manager.save(
        manager.create(SpotCheckSample, {
          jobId: command.jobId,
          seed: String(command.seed),
          rate: command.plan.rate ?? null,
          count: command.plan.count ?? null,
          population: published.length,
          size: drawn.versionIds.length,
          strata: drawn.strata,
          drawnBy: command.drawnBy,
        }),
      );
      const byId = new Map(published.map((row) => [row.version_id, row]));
      const rows = drawn.versionIds.map((versionId) => byId.get(versionId)!);
      // One statement for the whole sample: a rate of 1 over a large job is 100,000s of rows.
      await manager.query(
        `INSERT INTO version_store.spot_check_item
           (sample_id, version_id, position, language, category, attempt, gate_verdict, gate_score)
         SELECT $1, version_id, position, language, category, attempt, gate_verdict, gate_score
           FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::int[], $7::text[], $8::int[])
             AS drawn(version_id, position, language, category, attempt, gate_verdict, gate_score)`,
        [
          sample.sampleId,
          rows.map((row) => row.version_id),
          rows.map((_, index) => index + 1),
          rows.map((row) => row.language),
          rows.map((row) => row.category),
          rows.map((row) => row.attempt),
          rows.map((row) => row.verdict),
          rows.map((row) => row.score),
        ],
      );
      return sampleView(sample);
    });
  }
}

export function sampleView(sample: SpotCheckSample): SampleView {
  return {
    sampleId: sample.sampleId,
    jobId: sample.jobId,
    seed: Number(sample.seed),
    rate: sample.rate,
    count: sample.count,
    population: sample.population,
    size: sample.size,
    strata: sample.strata,
    drawnBy: sample.drawnBy,
    drawnAt: sample.drawnAt,
  };
}
