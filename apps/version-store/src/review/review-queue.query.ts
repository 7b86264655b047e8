import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ContentVersion } from '../content-version/content-version.entity';
import { VersionStoreError } from '../version-store.error';
import { ReviewDecision } from './review-decision.entity';

export const REVIEW_QUEUE_SORTS = ['age', 'score'] as const;
export type ReviewQueueSort = (typeof REVIEW_QUEUE_SORTS)[number];

export interface ReviewQueueFilter {
  jobId?: string;
  language?: string;
  rule?: string;
  severity?: string;
  attempt?: number;
  maxScore?: number;
  /** Only versions waiting at least this many minutes. */
  minAgeMinutes?: number;
  /** `age`: oldest first (default); `score`: lowest score first. */
  sort?: ReviewQueueSort;
  limit: number;
  offset: number;
}

/** How many waiting versions match the filter, per value of each facet a reviewer can filter on. */
export interface ReviewQueueCounts {
  total: number;
  byJob: Record<string, number>;
  byLanguage: Record<string, number>;
  byRule: Record<string, number>;
  bySeverity: Record<string, number>;
  byAttempt: Record<string, number>;
}

/** The WHERE clause of the waiting set and its parameters, built once for the page and the counts. */
function waitingWhere(filter: Omit<ReviewQueueFilter, 'limit' | 'offset' | 'sort'>): {
  sql: string;
  parameters: unknown[];
} {
  const parameters: unknown[] = [];
  const conditions = [
    `version.verdict = 'human_review'`,
    `NOT EXISTS (SELECT 1 FROM version_store.review_decision decision WHERE decision.version_id = version.version_id)`,
  ];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  if (filter.jobId) conditions.push(`version.job_id = ${bind(filter.jobId)}`);
  if (filter.language) conditions.push(`version.language = ${bind(filter.language)}`);
  if (filter.rule)
    conditions.push(`version.issues @> ${bind(JSON.stringify([{ rule: filter.rule }]))}::jsonb`);
  if (filter.severity)
    conditions.push(`version.issues @> ${bind(JSON.stringify([{ severity: filter.severity }]))}::jsonb`);
  if (filter.attempt !== undefined) conditions.push(`version.attempt = ${bind(filter.attempt)}`);
  if (filter.maxScore !== undefined) conditions.push(`version.score <= ${bind(filter.maxScore)}`);
  if (filter.minAgeMinutes !== undefined)
    conditions.push(`version.created_at <= now() - make_interval(mins => ${bind(filter.minAgeMinutes)})`);
  return { sql: conditions.join(' AND '), parameters };
}

const ORDER_BY: Record<ReviewQueueSort, string> = {
  age: 'version.created_at ASC, version.version_id ASC',
  score: 'version.score ASC, version.created_at ASC, version.version_id ASC',
};

/**
 * What waits for a reviewer: versions the gate sent to human review that nobody has decided on yet. Filters,
 * sorting, pagination and counts run in SQL on the partial index of versions in review, so a queue of
 * thousands answers as fast as a short one.
 */
@Injectable()
export class ReviewQueueQuery {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async list(
    filter: ReviewQueueFilter,
  ): Promise<{ items: ContentVersion[]; total: number; limit: number; offset: number }> {
    const where = waitingWhere(filter);
    const page = where.parameters.length;
    const [ids, [{ total }]] = await Promise.all([
      this.dataSource.query<{ version_id: string }[]>(
        `SELECT version.version_id FROM version_store.content_version version
          WHERE ${where.sql} ORDER BY ${ORDER_BY[filter.sort ?? 'age']} LIMIT $${page + 1} OFFSET $${page + 2}`,
        [...where.parameters, filter.limit, filter.offset],
      ),
      this.dataSource.query<{ total: string }[]>(
        `SELECT count(*) AS total FROM version_store.content_version version WHERE ${where.sql}`,
        where.parameters,
      ),
    ]);
    const found = ids.length
      ? await this.dataSource
          .getRepository(ContentVersion)
          .createQueryBuilder('version')
          .where('version.version_id IN (:...ids)', { ids: ids.map((row) => row.version_id) })
          .getMany()
      : [];
    const byId = new Map(found.map((version) => [version.versionId, version]));
    return {
      items: ids.map((row) => byId.get(row.version_id)).filter((version) => version !== undefined),
      total: Number(total),
      limit: filter.limit,
      offset: filter.offset,
    };
  }

  /** Counts of the filtered queue per job, language, rule, severity and attempt. */
  async counts(filter: Omit<ReviewQueueFilter, 'limit' | 'offset' | 'sort'>): Promise<ReviewQueueCounts> {
    const where = waitingWhere(filter);
    const rows = await this.dataSource.query<{ facet: string; value: string; waiting: string }[]>(
      `WITH waiting AS (
         SELECT version.version_id, version.job_id, version.language, version.attempt, version.issues
           FROM version_store.content_version version WHERE ${where.sql}
       )
       SELECT 'total' AS facet, '' AS value, count(*) AS waiting FROM waiting
       UNION ALL SELECT 'job', job_id, count(*) FROM waiting GROUP BY job_id
       UNION ALL SELECT 'language', language, count(*) FROM waiting GROUP BY language
       UNION ALL SELECT 'attempt', attempt::text, count(*) FROM waiting GROUP BY attempt
       UNION ALL SELECT 'rule', issue.rule, count(DISTINCT waiting.version_id)
                   FROM waiting, jsonb_to_recordset(waiting.issues) AS issue(rule text) GROUP BY issue.rule
       UNION ALL SELECT 'severity', issue.severity, count(DISTINCT waiting.version_id)
                   FROM waiting, jsonb_to_recordset(waiting.issues) AS issue(severity text) GROUP BY issue.severity`,
      where.parameters,
    );
    const facet = (name: string) =>
      Object.fromEntries(
        rows.filter((row) => row.facet === name).map((row) => [row.value, Number(row.waiting)]),
      );
    return {
      total: Number(rows.find((row) => row.facet === 'total')?.waiting ?? 0),
      byJob: facet('job'),
      byLanguage: facet('language'),
      byRule: facet('rule'),
      bySeverity: facet('severity'),
      byAttempt: facet('attempt'),
    };
  }

  /** Every attempt of a task, oldest first, with its issues and any review decision. */
  async task(
    taskId: string,
  ): Promise<{ taskId: string; attempts: ContentVersion[]; decisions: ReviewDecision[] }> {
    const attempts = await this.dataSource.getRepository(ContentVersion).find({
      where: { taskId },
      order: { attempt: 'ASC', versionNumber: 'ASC' },
    });
    if (attempts.length === 0) throw VersionStoreError.notFound(`No task ${taskId}`);
    const decisions = await this.dataSource.getRepository(ReviewDecision).find({
      where: { taskId },
      order: { decidedAt: 'ASC' },
    });
    return { taskId, attempts, decisions };
  }
}
