import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { derivedEventId, Topics, UsagePriced, UsageRecorded } from '@content-pipeline/contracts';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { priceTableAt } from '@content-pipeline/pricing';
import { costOfUsage, UsageCost } from '../pricing/usage-cost';
import { TokenLedgerRepository } from './token-ledger.repository';

/** The announcement of a priced call: what the job service adds to the call's job. */
export function usagePricedEvent(usage: UsageRecorded, cost: UsageCost): UsagePriced {
  return {
    eventId: derivedEventId('usage-priced', usage.eventId),
    usageEventId: usage.eventId,
    taskId: usage.taskId,
    jobId: usage.jobId,
    skuId: usage.skuId,
    language: usage.language,
    attempt: usage.attempt,
    promptVersion: usage.promptVersion,
    provider: usage.provider,
    model: usage.model,
    promptTokens: usage.usage.promptTokens,
    completionTokens: usage.usage.completionTokens,
    costUsd: cost.costUsd,
    priceSource: cost.priceSource,
    priceTableVersion: cost.tableVersion,
    outcome: usage.outcome,
    recordedAt: usage.recordedAt,
    traceparent: usage.traceparent,
    billing: usage.billing,
  };
}

/**
 * Prices a usage event with the table in force when it was recorded, enters it in the token ledger (once,
 * whatever the redeliveries), then announces it as priced.
 *
 * The announcement follows the ledger write, also on a redelivery: a process that died between the two
 * announces on the next delivery. Its id is derived from the usage event and the price is a function of the
 * event, so a repeated announcement is the same message, which the job service counts once.
 */
@Injectable()
export class RecordUsageUseCase {
  private readonly tokens: Counter<'job' | 'model' | 'language' | 'kind'>;
  private readonly cost: Counter<'job' | 'model' | 'language'>;

  constructor(
    private readonly ledger: TokenLedgerRepository,
    private readonly kafka: KafkaRuntime,
    metrics: ServiceMetrics,
  ) {
    this.tokens = new Counter({
      name: `${METRIC_PREFIX}llm_tokens_total`,
      help: 'Tokens billed, by job, model, language and kind (prompt or completion).',
      labelNames: ['job', 'model', 'language', 'kind'],
      registers: [metrics.registry],
    });
    this.cost = new Counter({
      name: `${METRIC_PREFIX}llm_cost_usd_total`,
      help: 'Cost in USD, by job, model and language.',
      labelNames: ['job', 'model', 'language'],
      registers: [metrics.registry],
    });
  }

  async execute(usage: UsageRecorded): Promise<void> {
    const cost = costOfUsage(
      usage.model,
      usage.usage,
      priceTableAt(new Date(usage.recordedAt)),
      usage.billing,
    );
    const entered = await this.ledger.enter({ usage, cost });
    if (entered) {
      const labels = { job: usage.jobId, model: usage.model, language: usage.language };
      this.tokens.inc({ ...labels, kind: 'prompt' }, usage.usage.promptTokens);
      this.tokens.inc({ ...labels, kind: 'completion' }, usage.usage.completionTokens);
      this.cost.inc(labels, cost.costUsd);
    }
    await this.kafka.publish(Topics.usagePriced, usagePricedEvent(usage, cost), { key: usage.jobId });
  }
}
