import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { METRIC_PREFIX } from '@content-pipeline/observability';

/** Breaker states as the gauge reports them. */
export const BREAKER_STATE_VALUE = { closed: 0, half_open: 1, open: 2 } as const;

/** The generator's own metrics, on the service's registry. */
export class GeneratorMetrics {
  readonly breakerState: Gauge<'provider'>;
  readonly breakerTransitions: Counter<'provider' | 'to'>;
  readonly breakerRejections: Counter<'provider'>;
  readonly llmCalls: Counter<'provider' | 'outcome' | 'code'>;
  readonly llmCallDuration: Histogram<'provider' | 'outcome'>;
  readonly admissions: Counter<'lane' | 'outcome'>;
  readonly admissionWait: Histogram<'lane'>;
  readonly utilisation: Gauge<'dimension'>;
  readonly consumerPaused: Gauge<'reason'>;
  readonly repairCalls: Counter<'provider' | 'lane'>;
  readonly truncatedResends: Counter<'provider' | 'step'>;
  readonly outputFieldsMissing: Counter<'provider' | 'field' | 'handling'>;
  readonly providerHeld: Gauge<'provider' | 'reason'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.breakerState = new Gauge({
      name: `${METRIC_PREFIX}llm_breaker_state`,
      help: 'Circuit breaker around the LLM provider: 0 closed, 1 half-open, 2 open.',
      labelNames: ['provider'],
      registers,
    });
    this.breakerTransitions = new Counter({
      name: `${METRIC_PREFIX}llm_breaker_transitions_total`,
      help: 'Circuit breaker state changes, by new state.',
      labelNames: ['provider', 'to'],
      registers,
    });
    this.breakerRejections = new Counter({
      name: `${METRIC_PREFIX}llm_breaker_rejections_total`,
      help: 'Calls the open breaker held back (they wait for it to close, no retry is spent).',
      labelNames: ['provider'],
      registers,
    });
    this.llmCalls = new Counter({
      name: `${METRIC_PREFIX}llm_calls_total`,
      help: 'Provider calls sent, by outcome (succeeded, or the ProviderError kind) and code.',
      labelNames: ['provider', 'outcome', 'code'],
      registers,
    });
    this.llmCallDuration = new Histogram({
      name: `${METRIC_PREFIX}llm_call_duration_seconds`,
      help: 'Provider call latency, from admission to answer.',
      labelNames: ['provider', 'outcome'],
      buckets: [0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120, 180],
      registers,
    });
    this.admissions = new Counter({
      name: `${METRIC_PREFIX}rate_limiter_admissions_total`,
      help: 'Calls admitted by the shared rate limiter (or given up waiting), by lane.',
      labelNames: ['lane', 'outcome'],
      registers,
    });
    this.admissionWait = new Histogram({
      name: `${METRIC_PREFIX}rate_limiter_wait_seconds`,
      help: 'Time a call waited for the shared rate limiter, by lane.',
      labelNames: ['lane'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
      registers,
    });
    this.utilisation = new Gauge({
      name: `${METRIC_PREFIX}rate_limiter_utilisation_ratio`,
      help: 'Share of the effective budget the whole group used over the last 60 s, per dimension.',
      labelNames: ['dimension'],
      registers,
    });
    this.truncatedResends = new Counter({
      name: `${METRIC_PREFIX}llm_truncated_resends_total`,
      help: 'Calls resent with the configured max_tokens because the max_tokens sized from earlier answers cut the answer off',
      labelNames: ['provider', 'step'],
      registers,
    });
    this.repairCalls = new Counter({
      name: `${METRIC_PREFIX}llm_repair_calls_total`,
      help: 'Calls that only re-asked for an answer that failed validation (paid twice), by lane.',
      labelNames: ['provider', 'lane'],
      registers,
    });
    this.outputFieldsMissing = new Counter({
      name: `${METRIC_PREFIX}llm_output_fields_missing_total`,
      help: 'Content fields the provider did not return: filled by a documented fallback, or left for the gate.',
      labelNames: ['provider', 'field', 'handling'],
      registers,
    });
    this.consumerPaused = new Gauge({
      name: `${METRIC_PREFIX}generator_consumer_paused`,
      help: '1 while the generator holds (part of) its consumer for this reason.',
      labelNames: ['reason'],
      registers,
    });
    this.providerHeld = new Gauge({
      name: `${METRIC_PREFIX}llm_provider_held`,
      help: '1 while the provider endpoint is held group-wide for this reason (a failure no retry can fix).',
      labelNames: ['provider', 'reason'],
      registers,
    });
  }
}
