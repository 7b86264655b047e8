import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SpotCheckVerdict } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import type { VersionStoreConfig } from '../version-store.config';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import { buildJudgeReport, type JudgedSampleItem, type JudgeReport } from './judge-report';

interface JudgedRow {
  version_id: string;
  language: string;
  category: string;
  outcome: 'judged' | 'failed' | null;
  accurate: boolean | null;
  quality_score: number | null;
  errors: { category: string; severity: string }[] | null;
  human_verdict: SpotCheckVerdict | null;
}

/** What a job's judgement cost in tokens (the cost meter prices the same calls from their usage events). */
export interface JudgeTokens {
  promptTokens: number;
  completionTokens: number;
}

/**
 * The judge report of a job: every version drawn in any of its judge samples (once, with its latest judgement),
 * and the latest human spot-check verdict on the same version, if any, for the agreement figures.
 */
@Injectable()
export class JudgeQueries {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  async jobReport(
    jobId: string,
  ): Promise<JudgeReport & { jobId: string; samples: number; tokens: JudgeTokens }> {
    const rows = await this.dataSource.query<JudgedRow[]>(
      `SELECT DISTINCT ON (item.version_id) item.version_id, item.language, item.category, judgement.outcome,
              judgement.accurate, judgement.quality_score, judgement.errors,
              (SELECT spot.verdict FROM version_store.spot_check spot
                WHERE spot.version_id = item.version_id ORDER BY spot.checked_at DESC LIMIT 1) AS human_verdict
         FROM version_store.judge_item item
         JOIN version_store.judge_sample sample ON sample.sample_id = item.sample_id
         LEFT JOIN version_store.judgement judgement ON judgement.request_event_id = item.request_event_id
        WHERE sample.job_id = $1
        ORDER BY item.version_id, (judgement.outcome = 'judged') DESC NULLS LAST, judgement.judged_at DESC NULLS LAST`,
      [jobId],
    );
    const [totals] = await this.dataSource.query<
      { samples: string; prompt: string | null; completion: string | null }[]
    >(
      `SELECT (SELECT count(*) FROM version_store.judge_sample WHERE job_id = $1) AS samples,
              sum(prompt_tokens) AS prompt, sum(completion_tokens) AS completion
         FROM version_store.judgement WHERE job_id = $1`,
      [jobId],
    );
    return {
      jobId,
      samples: Number(totals.samples),
      tokens: { promptTokens: Number(totals.prompt ?? 0), completionTokens: Number(totals.completion ?? 0) },
      ...buildJudgeReport(rows.map(toItem), this.config.judge.accuracyTarget),
    };
  }
}

function toItem(row: JudgedRow): JudgedSampleItem {
  return {
    versionId: row.version_id,
    language: row.language,
    category: row.category,
    judgement:
      row.outcome === 'judged'
        ? {
            outcome: 'judged',
            accurate: row.accurate === true,
            qualityScore: Number(row.quality_score ?? 0),
            errors: row.errors ?? [],
          }
        : row.outcome === 'failed'
          ? { outcome: 'failed' }
          : null,
    humanVerdict: row.human_verdict,
  };
}
