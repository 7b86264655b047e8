/** Hooks the runtime calls so observability (metrics, logs) stays out of the consumer logic. */
export type HandlingOutcome =
  | 'processed'
  | 'retried_in_process'
  | 'sent_to_retry_topic'
  | 'dead_lettered'
  | 'abandoned';

export interface ConsumerObserver {
  handled(event: {
    groupId: string;
    topic: string;
    outcome: HandlingOutcome;
    durationMs: number;
    errorCode?: string;
  }): void;
  lag(event: { groupId: string; topic: string; partition: number; lag: number }): void;
  log(level: 'debug' | 'info' | 'warn' | 'error', message: string, context?: Record<string, unknown>): void;
}

export const silentObserver: ConsumerObserver = {
  handled: () => undefined,
  lag: () => undefined,
  log: () => undefined,
};
