import type { IngestOutcome, Verdict } from '@content-pipeline/contracts';

/**
 * Where a task (job × SKU × language) stands:
 * - `pending`: not requested yet (the ingester has not reached it, or it waits for its English master);
 * - `processing`: a generation request is in the pipeline (`regenerating` is the same, after a failed check);
 * - `completed`: an output passed the gate; `human_review`: handed to a reviewer;
 * - `dead_lettered`: a message of the task was dead-lettered after its retries (transient trouble);
 *   `failed`: dead-lettered as not retriable (the provider refused it) — both resumable;
 * - `unchanged`: nothing to generate (same source text and prompt version as already generated);
 * - `rejected`: the catalogue record was invalid (dead-lettered by the ingester): not part of the job's total.
 */
export const TASK_STATES = [
  'pending',
  'processing',
  'regenerating',
  'completed',
  'human_review',
  'failed',
  'dead_lettered',
  'unchanged',
  'rejected',
] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** States in which nothing more happens to a task without an operator (or at all). */
export const SETTLED_STATES: readonly TaskState[] = [
  'completed',
  'human_review',
  'failed',
  'dead_lettered',
  'unchanged',
  'rejected',
];

/** States a resume re-queues (when the task has resumes left). */
export const RESUMABLE_STATES: readonly TaskState[] = ['failed', 'dead_lettered'];

/** Order of the events within one attempt of a task. */
export const Stage = {
  /** Known from the catalogue, nothing requested. */
  catalogued: 0,
  requested: 1,
  /** Judged by the gate, or the request/content dead-lettered. */
  judged: 2,
  /** The verdict itself could not be followed up (the regenerator dead-lettered it). */
  followUp: 3,
} as const;

/** A task's position in its history: later positions win over earlier ones. */
export interface TaskPosition {
  attempt: number;
  stage: number;
}

export type TaskEvent =
  | { kind: 'ingested'; outcome: IngestOutcome }
  | { kind: 'rejected' }
  | { kind: 'requested'; attempt: number; regeneration: boolean }
  | { kind: 'judged'; attempt: number; verdict: Verdict }
  | { kind: 'dead_lettered'; attempt: number; stage: number; retriable: boolean };

export interface TaskTransition extends TaskPosition {
  state: TaskState;
}

/** What an event makes of a task (applied only when its position is later than the task's). */
export function transitionFor(event: TaskEvent): TaskTransition {
  switch (event.kind) {
    case 'ingested':
      return {
        state: event.outcome === 'requested' ? 'pending' : 'unchanged',
        attempt: 0,
        stage: Stage.catalogued,
      };
    case 'rejected':
      return { state: 'rejected', attempt: 0, stage: Stage.catalogued };
    case 'requested':
      return {
        state: event.regeneration ? 'regenerating' : 'processing',
        attempt: event.attempt,
        stage: Stage.requested,
      };
    case 'judged':
      return {
        state:
          event.verdict === 'pass'
            ? 'completed'
            : event.verdict === 'regenerate'
              ? 'regenerating'
              : 'human_review',
        attempt: event.attempt,
        stage: Stage.judged,
      };
    case 'dead_lettered':
      return {
        state: event.retriable ? 'dead_lettered' : 'failed',
        attempt: event.attempt,
        stage: event.stage,
      };
  }
}

/** True when `next` comes after `current` in a task's history. */
export function isLater(next: TaskPosition, current: TaskPosition): boolean {
  return next.attempt > current.attempt || (next.attempt === current.attempt && next.stage > current.stage);
}

export function isSettled(state: TaskState): boolean {
  return SETTLED_STATES.includes(state);
}
