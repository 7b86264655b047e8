import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource, Repository } from 'typeorm';
import { generationTopicFor, QualityVerdictIssued } from '@content-pipeline/contracts';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { insertNew, StatementBatcher } from '@content-pipeline/persistence';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { RegenerationDecision } from '../regeneration-decision/regeneration-decision.entity';
import { planNextRequests } from '@content-pipeline/generation-tasks';

const DECISIONS_PER_BATCH = 256;

/**
 * Follows up a verdict: publishes the next attempt (with feedback) or the derived languages, and records
 * the decision. Requests carry derived event ids, so a redelivered verdict republishes identical requests.
 */
@Injectable()
export class PlanNextRequestUseCase {
  private readonly decisions: Repository<RegenerationDecision>;
  private readonly decisionsMade: Counter<'language' | 'decision' | 'attempt'>;
  private readonly inserts = new StatementBatcher<RegenerationDecision, boolean>({
    keyOf: (decision) => decision.verdictEventId,
    maxBatchSize: DECISIONS_PER_BATCH,
    runBatch: (decisions) => this.insertAll(decisions),
  });

  constructor(
    @Inject(SERVICE_DATA_SOURCE) dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    metrics: ServiceMetrics,
  ) {
    this.decisions = dataSource.getRepository(RegenerationDecision);
    this.decisionsMade = new Counter({
      name: `${METRIC_PREFIX}regeneration_decisions_total`,
      help: 'Decisions after a verdict: regenerate, derive_languages, human_review, done; by language and attempt.',
      labelNames: ['language', 'decision', 'attempt'],
      registers: [metrics.registry],
    });
  }

  async execute(verdict: QualityVerdictIssued): Promise<void> {
    const { decision, requests } = planNextRequests(verdict, Date.now());
    if (requests.length > 0) {
      await this.kafka.publishAll(
        generationTopicFor(verdict.lane),
        requests.map((request) => ({ value: request, key: request.skuId })),
      );
    }
    const inserted = await this.inserts.submit(
      this.decisions.create({
        verdictEventId: verdict.eventId,
        taskId: verdict.taskId,
        jobId: verdict.jobId,
        skuId: verdict.skuId,
        language: verdict.language,
        attempt: verdict.attempt,
        decision,
        requestedEventIds: requests.map((request) => request.eventId),
        feedback: decision === 'regenerate' ? requests[0].feedback : null,
      }),
    );
    if (inserted) {
      this.decisionsMade.inc({ language: verdict.language, decision, attempt: String(verdict.attempt) });
    }
  }

  /** Records decisions made at the same time in one statement; false for one recorded before (a redelivery). */
  private async insertAll(decisions: readonly RegenerationDecision[]): Promise<boolean[]> {
    const inserted = await insertNew<RegenerationDecision, { verdict_event_id: string }>(
      this.decisions.manager,
      RegenerationDecision,
      decisions,
      ['verdict_event_id'],
    );
    const recorded = new Set(inserted.map((row) => row.verdict_event_id));
    return decisions.map((decision) => recorded.has(decision.verdictEventId));
  }
}
