import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prefix of every metric the pipeline defines (process and Node.js defaults keep their standard names). */
export const METRIC_PREFIX = 'content_pipeline_';

/**
 * One Prometheus registry per service process with the metrics every service shares; services add their
 * own through `registry`. The `service` label is set once as a default label.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly messagesHandled: Counter<'group' | 'topic' | 'outcome' | 'error_code'>;
  readonly handlerDuration: Histogram<'group' | 'topic' | 'outcome'>;
  readonly consumerLag: Gauge<'group' | 'topic' | 'partition'>;
  readonly eventsPublished: Counter<'topic'>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.messagesHandled = new Counter({
      name: `${METRIC_PREFIX}messages_handled_total`,
      help: 'Messages consumed, by final outcome (processed, retried_in_process, sent_to_retry_topic, dead_lettered, abandoned).',
      labelNames: ['group', 'topic', 'outcome', 'error_code'],
      registers: [this.registry],
    });
    this.handlerDuration = new Histogram({
      name: `${METRIC_PREFIX}handler_duration_seconds`,
      help: 'Time from dispatch to the end state of one message, including in-process retries.',
      labelNames: ['group', 'topic', 'outcome'],
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 60, 120, 180],
      registers: [this.registry],
    });
    this.consumerLag = new Gauge({
      name: `${METRIC_PREFIX}consumer_lag_messages`,
      help: 'Messages behind the high watermark per partition, as last seen by this instance when dispatching.',
      labelNames: ['group', 'topic', 'partition'],
      registers: [this.registry],
    });
    this.eventsPublished = new Counter({
      name: `${METRIC_PREFIX}events_published_total`,
      help: 'Events this service published, by topic.',
      labelNames: ['topic'],
      registers: [this.registry],
    });
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
