import type { ConsumerRunner } from '@content-pipeline/kafka-runtime';
import type { GeneratorMetrics } from '../generator.metrics';

/** Why the generator holds its consumer: the whole of it, or only the bulk lane. */
export type PauseReason = 'breaker_open' | 'budget_store_unavailable' | 'provider_held' | 'priority_waiting';

const WHOLE_CONSUMER: readonly PauseReason[] = ['breaker_open', 'budget_store_unavailable', 'provider_held'];

/**
 * Several independent reasons pause the generator's consumer; fetching resumes only when none holds. Breaker, budget
 * store and provider hold stop everything (nothing could be sent); priority work only stops the bulk lane.
 */
export class ConsumerPauses {
  private readonly reasons = new Set<PauseReason>();
  private runner?: ConsumerRunner;
  private bulkTopic = '';
  private allTopics: string[] = [];
  private applied = new Set<string>();

  constructor(
    private readonly metrics: GeneratorMetrics,
    private readonly log: (message: string, context: Record<string, unknown>) => void,
  ) {}

  attach(runner: ConsumerRunner, topics: { priority: string; bulk: string }): void {
    this.runner = runner;
    this.bulkTopic = topics.bulk;
    this.allTopics = [topics.priority, topics.bulk, runner.retryTopicName];
    this.apply();
  }

  set(reason: PauseReason, active: boolean): void {
    if (this.reasons.has(reason) === active) return;
    if (active) this.reasons.add(reason);
    else this.reasons.delete(reason);
    this.metrics.consumerPaused.set({ reason }, active ? 1 : 0);
    this.log(active ? 'Pausing consumption' : 'Resuming consumption', { reason });
    this.apply();
  }

  has(reason: PauseReason): boolean {
    return this.reasons.has(reason);
  }

  private apply(): void {
    if (!this.runner) return;
    const wanted = new Set<string>();
    if (WHOLE_CONSUMER.some((reason) => this.reasons.has(reason)))
      this.allTopics.forEach((t) => wanted.add(t));
    if (this.reasons.has('priority_waiting')) wanted.add(this.bulkTopic);
    const toPause = [...wanted].filter((topic) => !this.applied.has(topic));
    const toResume = [...this.applied].filter((topic) => !wanted.has(topic));
    if (toPause.length > 0) this.runner.pauseTopics(toPause);
    if (toResume.length > 0) this.runner.resumeTopics(toResume);
    this.applied = wanted;
  }
}
