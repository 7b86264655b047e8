import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  ProductContent,
  QualityIssue,
  SourceProduct,
  SpotCheckItemState,
  SpotCheckVerdict,
} from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { VersionStoreError } from '../version-store.error';
import { SampleView, sampleView } from './draw-spot-check-sample.use-case';
import type { MarkedError } from './mqm-typology';
import type { BlindSpot, SpotCheckRecord } from './spot-check-export';
import { buildSpotCheckReport, SpotCheckReport } from './spot-check-report';
import { SpotCheckSample } from './spot-check-sample.entity';
import { JudgeQueries } from '../judge/judge.queries';

export interface SpotCheckItemFilter {
  state: SpotCheckItemState;
  language?: string;
  category?: string;
  limit: number;
  offset: number;
}

/** A sampled version as a checker sees it: the copy to judge, its source, the gate's view and any check. */
export interface SpotCheckItemView {
  position: number;
  versionId: string;
  skuId: string;
  language: string;
  category: string;
  attempt: number;
  gateVerdict: string;
  gateScore: number;
  gateIssues: QualityIssue[];
  source: SourceProduct | null;
  content: ProductContent;
  check: {
    checkId: string;
    verdict: SpotCheckVerdict;
    reviewer: string;
    notes: string;
    checkedAt: Date;
    errors: MarkedError[];
  } | null;
}

interface CheckRow {
  check_id: string;
  sample_id: string;
  job_id: string;
  version_id: string;
  sku_id: string;
  language: string;
  category: string;
  attempt: number;
  gate_verdict: string;
  gate_score: number;
  verdict: SpotCheckVerdict;
  reviewer: string;
  notes: string;
  checked_at: Date;
  errors: MarkedError[];
}

/** Errors of a check as the API shows them, in the order they were marked. */
const ERRORS_OF_CHECK = `coalesce((SELECT jsonb_agg(jsonb_build_object('category', error.category, 'severity',
    error.severity, 'field', error.field, 'start', error.span_start, 'end', error.span_end, 'note', error.note)
    ORDER BY error.position) FROM version_store.spot_check_error error WHERE error.check_id = spot.check_id), '[]')`;

/** Reads samples, their queue of versions to check, the report and the exports. */
@Injectable()
export class SpotCheckQueries {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly judge: JudgeQueries,
  ) {}

  async samples(filter: {
    jobId?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: SampleView[]; total: number; limit: number; offset: number }> {
    const [samples, total] = await this.dataSource.getRepository(SpotCheckSample).findAndCount({
      where: filter.jobId ? { jobId: filter.jobId } : {},
      order: { drawnAt: 'DESC', sampleId: 'ASC' },
      take: filter.limit,
      skip: filter.offset,
    });
    return { items: samples.map(sampleView), total, limit: filter.limit, offset: filter.offset };
  }

  async sample(sampleId: string): Promise<SampleView & { checked: number; pending: number }> {
    const sample = await this.existing(sampleId);
    const [{ checked }] = await this.dataSource.query<{ checked: string }[]>(
      `SELECT count(*) AS checked FROM version_store.spot_check WHERE sample_id = $1`,
      [sampleId],
    );
    return { ...sampleView(sample), checked: Number(checked), pending: sample.size - Number(checked) };
  }

  /** The sample's versions in sample order, filtered; `pending` is the queue still to check. */
  async items(
    sampleId: string,
    filter: SpotCheckItemFilter,
  ): Promise<{ items: SpotCheckItemView[]; total: number; limit: number; offset: number }> {
    await this.existing(sampleId);
    const parameters: unknown[] = [sampleId];
    const conditions = ['item.sample_id = $1'];
    if (filter.state === 'pending') conditions.push('spot.check_id IS NULL');
    if (filter.state === 'checked') conditions.push('spot.check_id IS NOT NULL');
    if (filter.language) conditions.push(`item.language = $${parameters.push(filter.language)}`);
    if (filter.category) conditions.push(`item.category = $${parameters.push(filter.category)}`);
    const from = `FROM version_store.spot_check_item item
      LEFT JOIN version_store.spot_check spot ON spot.sample_id = item.sample_id AND spot.version_id = item.version_id`;
    const where = `WHERE ${conditions.join(' AND ')}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<
        (Omit<CheckRow, 'check_id' | 'verdict' | 'reviewer' | 'notes' | 'checked_at'> & {
          position: number;
          check_id: string | null;
          verdict: SpotCheckVerdict | null;
          reviewer: string | null;
          notes: string | null;
          checked_at: Date | null;
          source: SourceProduct | null;
          content: ProductContent;
          issues: QualityIssue[];
        })[]
      >(
        `SELECT item.position, item.version_id, version.sku_id, item.language, item.category, item.attempt,
                item.gate_verdict, item.gate_score, version.issues, version.source, version.content,
                spot.check_id, spot.verdict, spot.reviewer, spot.notes, spot.checked_at, ${ERRORS_OF_CHECK} AS errors
           ${from} JOIN version_store.content_version version ON version.version_id = item.version_id ${where}
          ORDER BY item.position LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
        [...parameters, filter.limit, filter.offset],
      ),
      this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total ${from} ${where}`, parameters),
    ]);
    return {
      items: rows.map((row) => ({
        position: row.position,
        versionId: row.version_id,
        skuId: row.sku_id,
        language: row.language,
        category: row.category,
        attempt: row.attempt,
        gateVerdict: row.gate_verdict,
        gateScore: row.gate_score,
        gateIssues: row.issues,
        source: row.source,
        content: row.content,
        check: row.check_id
          ? {
              checkId: row.check_id,
              verdict: row.verdict!,
              reviewer: row.reviewer!,
              notes: row.notes!,
              checkedAt: row.checked_at!,
              errors: row.errors,
            }
          : null,
      })),
      total: Number(total),
      limit: filter.limit,
      offset: filter.offset,
    };
  }

  /** The sample's report, with the job's judge accuracy and the judge's agreement with spot checks next to it. */
  async report(
    sampleId: string,
  ): Promise<SampleView & SpotCheckReport & { judge: Awaited<ReturnType<JudgeQueries['jobReport']>> }> {
    const sample = await this.existing(sampleId);
    const rows = await this.dataSource.query<
      {
        version_id: string;
        language: string;
        category: string;
        attempt: number;
        gate_verdict: string;
        verdict: SpotCheckVerdict | null;
        errors: MarkedError[];
      }[]
    >(
      `SELECT item.version_id, item.language, item.category, item.attempt, item.gate_verdict, spot.verdict,
              ${ERRORS_OF_CHECK} AS errors
         FROM version_store.spot_check_item item
         LEFT JOIN version_store.spot_check spot
           ON spot.sample_id = item.sample_id AND spot.version_id = item.version_id
        WHERE item.sample_id = $1`,
      [sampleId],
    );
    const report = buildSpotCheckReport(
      rows.map((row) => ({
        versionId: row.version_id,
        language: row.language,
        category: row.category,
        attempt: row.attempt,
        gateVerdict: row.gate_verdict,
        check: row.verdict ? { verdict: row.verdict, errors: row.errors } : null,
      })),
    );
    return { ...sampleView(sample), ...report, judge: await this.judge.jobReport(sample.jobId) };
  }

  /** Every check of the sample, in sample order. */
  async records(sampleId: string): Promise<SpotCheckRecord[]> {
    await this.existing(sampleId);
    return (await this.checkRows(sampleId, '')).map(checkRecord);
  }

  /** Checks where the gate passed what a person judged not publishable, with the version's source and copy. */
  async blindSpots(sampleId: string): Promise<BlindSpot[]> {
    await this.existing(sampleId);
    const rows = await this.checkRows(
      sampleId,
      `AND item.gate_verdict = 'pass' AND spot.verdict = 'not_publishable'`,
    );
    return rows.map((row) => ({
      record: checkRecord(row),
      source: row.source,
      content: row.content,
      gateIssues: row.issues,
    }));
  }

  private checkRows(
    sampleId: string,
    condition: string,
  ): Promise<
    (CheckRow & { source: SourceProduct | null; content: ProductContent; issues: QualityIssue[] })[]
  > {
    return this.dataSource.query(
      `SELECT spot.check_id, spot.sample_id, sample.job_id, spot.version_id, version.sku_id, item.language,
              item.category, item.attempt, item.gate_verdict, item.gate_score, spot.verdict, spot.reviewer,
              spot.notes, spot.checked_at, version.source, version.content, version.issues, ${ERRORS_OF_CHECK} AS errors
         FROM version_store.spot_check spot
         JOIN version_store.spot_check_item item
           ON item.sample_id = spot.sample_id AND item.version_id = spot.version_id
         JOIN version_store.spot_check_sample sample ON sample.sample_id = spot.sample_id
         JOIN version_store.content_version version ON version.version_id = spot.version_id
        WHERE spot.sample_id = $1 ${condition}
        ORDER BY item.position`,
      [sampleId],
    );
  }

  private async existing(sampleId: string): Promise<SpotCheckSample> {
    const sample = await this.dataSource.getRepository(SpotCheckSample).findOneBy({ sampleId });
    if (!sample) throw VersionStoreError.notFound(`No spot-check sample ${sampleId}`);
    return sample;
  }
}

function checkRecord(row: CheckRow): SpotCheckRecord {
  return {
    checkId: row.check_id,
    sampleId: row.sample_id,
    jobId: row.job_id,
    versionId: row.version_id,
    skuId: row.sku_id,
    language: row.language,
    category: row.category,
    attempt: row.attempt,
    gateVerdict: row.gate_verdict,
    gateScore: row.gate_score,
    verdict: row.verdict,
    reviewer: row.reviewer,
    notes: row.notes,
    checkedAt: new Date(row.checked_at),
    errors: row.errors,
  };
}
