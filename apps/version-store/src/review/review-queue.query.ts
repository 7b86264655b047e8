import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ContentVersion } from '../content-version/content-version.entity';
import { VersionStoreError } from '../version-store.error';
import { ReviewDecision } from './review-decision.entity';

export interface ReviewQueueFilter {
  jobId?: string;
  language?: string;
  rule?: string;
  maxScore?: number;
  limit: number;
  offset: number;
}

/** What waits for a reviewer: versions the gate sent to human review that nobody has decided on yet. */
@Injectable()
export class ReviewQueueQuery {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async list(
    filter: ReviewQueueFilter,
  ): Promise<{ items: ContentVersion[]; total: number; limit: number; offset: number }> {
    const query = this.dataSource
      .getRepository(ContentVersion)
      .createQueryBuilder('version')
      .where(`version.verdict = 'human_review'`)
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM version_store.review_decision decision WHERE decision.version_id = version.version_id)`,
      );
    if (filter.jobId) query.andWhere('version.job_id = :jobId', { jobId: filter.jobId });
    if (filter.language) query.andWhere('version.language = :language', { language: filter.language });
    if (filter.rule)
      query.andWhere('version.issues @> :rule::jsonb', { rule: JSON.stringify([{ rule: filter.rule }]) });
    if (filter.maxScore !== undefined)
      query.andWhere('version.score <= :maxScore', { maxScore: filter.maxScore });
    const [items, total] = await query
      .orderBy('version.created_at', 'ASC')
      .addOrderBy('version.version_id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total, limit: filter.limit, offset: filter.offset };
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
