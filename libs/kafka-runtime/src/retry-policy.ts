/**
 * Where a failed message goes next: bounded in-process retries with jittered exponential backoff for
 * seconds-long trouble, then the consumer group's retry topic for minutes-long trouble, then the
 * dead-letter topic.
 */
export interface RetryPolicy {
  inProcessAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Delay before each pass through the retry topic; its length is the number of passes. */
  retryTopicDelaysMs: number[];
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  inProcessAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  retryTopicDelaysMs: [15_000, 60_000, 300_000],
};

/** "Full jitter" backoff: uniform in [0, min(max, base·2^(attempt-1))], so retries of many messages spread out. */
export function backoffDelayMs(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(random() * ceiling);
}

export type NextStep =
  | { kind: 'retry_in_process'; delayMs: number }
  | { kind: 'retry_topic'; delayMs: number; retryPass: number }
  | { kind: 'dead_letter' };

/**
 * Decides the next step after a failure.
 * @param inProcessAttempt attempts made in this delivery (1-based)
 * @param retryPass passes already made through the retry topic (0 for a first delivery)
 */
export function nextStepAfterFailure(
  policy: RetryPolicy,
  retriable: boolean,
  inProcessAttempt: number,
  retryPass: number,
  random: () => number = Math.random,
): NextStep {
  if (!retriable) return { kind: 'dead_letter' };
  if (inProcessAttempt < policy.inProcessAttempts) {
    return { kind: 'retry_in_process', delayMs: backoffDelayMs(policy, inProcessAttempt, random) };
  }
  if (retryPass < policy.retryTopicDelaysMs.length) {
    return { kind: 'retry_topic', delayMs: policy.retryTopicDelaysMs[retryPass], retryPass: retryPass + 1 };
  }
  return { kind: 'dead_letter' };
}
