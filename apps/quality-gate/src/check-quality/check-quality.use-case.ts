import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { ContentGenerated, derivedEventId, QualityVerdictIssued, Topics } from '@content-pipeline/contracts';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { assessContentQuality } from '@content-pipeline/quality-rules';
import type { QualityCheck } from '../quality-check/quality-check.entity';
import { toContentUnderReview } from './content-under-review.mapping';
import { OperatorRulesStore } from '../operator-rules/operator-rules.store';
import { QUALITY_CHECK_REPOSITORY, QualityCheckRepository } from './quality-check.repository';

/** Judges one generated content set with the quality rules and publishes the verdict. Idempotent. */
@Injectable()
export class CheckQualityUseCase {
  private readonly scores: Histogram<'language'>;
  private readonly issuesFound: Counter<'language' | 'rule' | 'severity'>;
  private readonly verdicts: Counter<'language' | 'verdict'>;

  constructor(
    @Inject(QUALITY_CHECK_REPOSITORY) private readonly checks: QualityCheckRepository,
    private readonly kafka: KafkaRuntime,
    private readonly operatorRules: OperatorRulesStore,
    metrics: ServiceMetrics,
  ) {
    this.scores = new Histogram({
      name: `${METRIC_PREFIX}quality_score`,
      help: 'Quality scores given by the gate, by language.',
      labelNames: ['language'],
      buckets: [10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100],
      registers: [metrics.registry],
    });
    this.issuesFound = new Counter({
      name: `${METRIC_PREFIX}quality_issues_total`,
      help: 'Issues found by the gate, by language, rule and severity.',
      labelNames: ['language', 'rule', 'severity'],
      registers: [metrics.registry],
    });
    this.verdicts = new Counter({
      name: `${METRIC_PREFIX}quality_verdicts_total`,
      help: 'Verdicts given by the gate, by language and verdict.',
      labelNames: ['language', 'verdict'],
      registers: [metrics.registry],
    });
  }

  async execute(generated: ContentGenerated): Promise<void> {
    const check = await this.judgeOnce(generated);
    const verdict: QualityVerdictIssued = {
      eventId: check.verdictEventId,
      generatedEventId: generated.eventId,
      taskId: generated.taskId,
      jobId: generated.jobId,
      skuId: generated.skuId,
      language: generated.language,
      attempt: generated.attempt,
      maxAttempts: generated.maxAttempts,
      promptVersion: generated.promptVersion,
      lane: generated.lane,
      source: generated.source,
      derivedLanguages: generated.derivedLanguages,
      masterVersionId: generated.masterVersionId,
      masterContent: generated.masterContent,
      content: generated.content,
      provider: generated.provider,
      model: generated.model,
      usage: generated.usage,
      score: check.score,
      verdict: check.verdict,
      issues: check.issues.map((issue) => ({ ...issue, span: issue.span ?? null })),
      checkedAt: check.checkedAt?.getTime() ?? Date.now(),
      traceparent: generated.traceparent,
    };
    await this.kafka.publish(Topics.qualityVerdictIssued, verdict, { key: generated.skuId });
  }

  /** Judges and stores the content; on a redelivery the stored first judgement stands (rules may have changed). */
  private async judgeOnce(generated: ContentGenerated): Promise<QualityCheck> {
    const report = assessContentQuality(
      toContentUnderReview(generated),
      { attempt: generated.attempt, maxAttempts: generated.maxAttempts },
      this.operatorRules.configuration,
    );
    const { check, first } = await this.checks.keepFirst({
      generatedEventId: generated.eventId,
      verdictEventId: derivedEventId('quality-verdict', generated.eventId),
      taskId: generated.taskId,
      jobId: generated.jobId,
      skuId: generated.skuId,
      language: generated.language,
      attempt: generated.attempt,
      score: report.score,
      verdict: report.verdict,
      issues: report.issues.map((issue) => ({
        rule: issue.rule,
        severity: issue.severity,
        field: issue.field,
        span: issue.span ?? null,
        message: issue.message,
        suggestion: issue.suggestion,
      })),
    });
    if (!first) return check;
    this.scores.observe({ language: generated.language }, report.score);
    this.verdicts.inc({ language: generated.language, verdict: report.verdict });
    for (const issue of report.issues) {
      this.issuesFound.inc({ language: generated.language, rule: issue.rule, severity: issue.severity });
    }
    return check;
  }
}
