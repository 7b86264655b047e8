import { Counter, Histogram, type Registry } from 'prom-client';
import { METRIC_PREFIX } from '@content-pipeline/observability';

/** The judge's own figures; its calls also count in the generator's LLM call metrics by provider. */
export class JudgeMetrics {
  readonly judgements: Counter<'outcome'>;
  readonly yieldedSeconds: Histogram;

  constructor(registry: Registry) {
    this.judgements = new Counter({
      name: `${METRIC_PREFIX}judge_judgements_total`,
      help: 'Judge requests answered, by outcome (judged, failed, republished).',
      labelNames: ['outcome'],
      registers: [registry],
    });
    this.yieldedSeconds = new Histogram({
      name: `${METRIC_PREFIX}judge_yield_seconds`,
      help: 'How long a judge call stood back while generation calls queued for the shared budget.',
      buckets: [0, 0.25, 1, 4, 15, 30, 60],
      registers: [registry],
    });
  }
}
