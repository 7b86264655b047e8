import type { ProviderHoldNotice } from '../provider-hold/provider-hold.notice';
import type { TaskState } from './task-state';

/** Tasks of one language in one state (a GROUP BY row). */
export interface StateCount {
  language: string;
  state: TaskState;
  count: number;
}

export interface ProgressInputs {
  jobId: string;
  languages: readonly string[];
  /** SKUs the job was created with; null for observed jobs (sized by the tasks seen). */
  declaredSkus: number | null;
  admitted: boolean;
  pausedReason: string | null;
  /** The provider hold in force (the generator group sends nothing), if any. */
  providerHold: ProviderHoldNotice | null;
  budgetUsd: number | null;
  createdAt: Date;
  counts: readonly StateCount[];
  /** Derived-language tasks still pending whose English master needs review or was dead-lettered. */
  blocked: readonly { language: string; count: number }[];
  /** Tasks that reached an end state through generation within the throughput window. */
  settledInWindow: number;
  costSoFarUsd: number;
  /** Tasks with at least one metered LLM call. */
  tasksWithCost: number;
  now: Date;
  /** Throughput window (default 5 minutes). */
  windowMinutes?: number;
}

export interface LanguageProgress {
  total: number;
  pending: number;
  processing: number;
  regenerating: number;
  completed: number;
  unchanged: number;
  failed: number;
  human_review: number;
  dead_lettered: number;
  blocked: number;
  rejected: number;
}

/**
 * `running` while tasks are pending or in the pipeline; `completed` when every task reached an end state
 * (review included); `needs_attention` when nothing moves any more but some tasks failed, were
 * dead-lettered or wait on a failed English master (resume them); `paused: budget` when the cap was reached;
 * `paused: provider_auth` (`provider_quota`, `provider_model`, `provider_contract`, `provider_unreachable`) while
 * the generator group holds its provider endpoint and the job has work left.
 */
export type JobState = 'running' | 'paused: budget' | `paused: ${string}` | 'completed' | 'needs_attention';

/**
 * What `eta_seconds` means: `estimated` (a figure at the current throughput), `unknown` (nothing moves yet),
 * `held` (the provider is held: no figure until a person fixes it), `done`.
 */
export type EtaStatus = 'estimated' | 'unknown' | 'held' | 'done';

export interface JobProgress extends LanguageProgress {
  job_id: string;
  state: JobState;
  /** Why the job is paused (`budget`, `provider_auth` …), null while it is not. */
  paused_by: string | null;
  /** The provider hold stopping the job, with the provider's message and what to do; null when none does. */
  provider_hold: ProviderHoldNotice | null;
  progress_pct: number;
  cost_usd_so_far: number;
  projected_total_cost_usd: number | null;
  budget_usd: number | null;
  throughput_tasks_per_min: number;
  eta_seconds: number | null;
  eta_status: EtaStatus;
  languages: Record<string, LanguageProgress>;
  as_of: string;
}

const DEFAULT_WINDOW_MINUTES = 5;
/** A job younger than this measures throughput over this much time, so the first seconds do not explode it. */
const MIN_WINDOW_MINUTES = 0.5;

function emptyLanguage(): LanguageProgress {
  return {
    total: 0,
    pending: 0,
    processing: 0,
    regenerating: 0,
    completed: 0,
    unchanged: 0,
    failed: 0,
    human_review: 0,
    dead_lettered: 0,
    blocked: 0,
    rejected: 0,
  };
}

/**
 * Per language: `total` is the declared SKUs (or the tasks seen, for observed jobs) minus rejected records,
 * and `total = pending + processing + completed + unchanged + failed + human_review + dead_lettered + blocked`
 * (`regenerating` is the part of `processing` on a second or third attempt).
 */
export function languageProgress(
  declaredSkus: number | null,
  counts: readonly StateCount[],
  blocked: number,
): LanguageProgress {
  const progress = emptyLanguage();
  let rows = 0;
  let pendingRows = 0;
  for (const { state, count } of counts) {
    rows += count;
    if (state === 'pending') pendingRows += count;
    else if (state === 'regenerating') {
      progress.processing += count;
      progress.regenerating += count;
    } else progress[state] += count;
  }
  progress.total = Math.max(declaredSkus ?? 0, rows) - progress.rejected;
  progress.blocked = Math.min(blocked, pendingRows);
  const accounted =
    progress.processing +
    progress.completed +
    progress.unchanged +
    progress.failed +
    progress.human_review +
    progress.dead_lettered +
    progress.blocked;
  progress.pending = Math.max(0, progress.total - accounted);
  return progress;
}

/** Tasks per minute that reached an end state through generation, over the last window. */
export function throughputPerMinute(
  settledInWindow: number,
  createdAt: Date,
  now: Date,
  windowMinutes = DEFAULT_WINDOW_MINUTES,
): number {
  const ageMinutes = (now.getTime() - createdAt.getTime()) / 60_000;
  const window = Math.min(windowMinutes, Math.max(MIN_WINDOW_MINUTES, ageMinutes));
  return settledInWindow / window;
}

/** Seconds until the remaining tasks are done at the current throughput; null when nothing moves. */
export function etaSeconds(remaining: number, tasksPerMinute: number): number | null {
  if (remaining <= 0) return 0;
  if (tasksPerMinute <= 0) return null;
  return Math.ceil((remaining / tasksPerMinute) * 60);
}

/**
 * What the job will have cost when every task that still needs the LLM has run, at the average cost of the
 * tasks metered so far (regenerations included). Null until something has been metered.
 */
export function projectedTotalCost(
  costSoFarUsd: number,
  tasksWithCost: number,
  payableTasks: number,
): number | null {
  if (tasksWithCost <= 0) return null;
  const perTask = costSoFarUsd / tasksWithCost;
  return costSoFarUsd + perTask * Math.max(0, payableTasks - tasksWithCost);
}

export function computeProgress(inputs: ProgressInputs): JobProgress {
  const languages: Record<string, LanguageProgress> = {};
  const seen = new Set([...inputs.languages, ...inputs.counts.map((row) => row.language)]);
  for (const language of seen) {
    const declared = inputs.languages.includes(language) ? inputs.declaredSkus : null;
    languages[language] = languageProgress(
      declared,
      inputs.counts.filter((row) => row.language === language),
      inputs.blocked.find((row) => row.language === language)?.count ?? 0,
    );
  }
  const totals = emptyLanguage();
  for (const progress of Object.values(languages)) {
    for (const key of Object.keys(totals) as (keyof LanguageProgress)[]) totals[key] += progress[key];
  }
  const remaining = totals.pending + totals.processing;
  const settled = totals.total - remaining;
  const throughput = throughputPerMinute(
    inputs.settledInWindow,
    inputs.createdAt,
    inputs.now,
    inputs.windowMinutes,
  );
  const settledAll = totals.total > 0 && remaining === 0;
  // A held provider stops every job with work left, so it is named before the job's own pause: lifting the
  // budget pause alone would not move it.
  const providerHold = settledAll ? null : inputs.providerHold;
  let pausedBy: string | null = null;
  if (providerHold) pausedBy = providerHold.reason;
  else if (!inputs.admitted) pausedBy = inputs.pausedReason ?? 'operator';
  let state: JobState;
  if (pausedBy) state = `paused: ${pausedBy}`;
  else if (settledAll)
    state = totals.failed + totals.dead_lettered + totals.blocked > 0 ? 'needs_attention' : 'completed';
  else state = 'running';
  // Held, the throughput of the last minutes says nothing about when the job ends: a person decides that.
  const eta = providerHold ? null : etaSeconds(remaining, throughput);
  let etaStatus: EtaStatus;
  if (providerHold) etaStatus = 'held';
  else if (eta === 0) etaStatus = 'done';
  else etaStatus = eta === null ? 'unknown' : 'estimated';
  return {
    job_id: inputs.jobId,
    state,
    paused_by: pausedBy,
    provider_hold: providerHold,
    ...totals,
    progress_pct: totals.total === 0 ? 0 : Math.round((settled / totals.total) * 1_000) / 10,
    cost_usd_so_far: round(inputs.costSoFarUsd, 6),
    projected_total_cost_usd: nullableRound(
      projectedTotalCost(
        inputs.costSoFarUsd,
        inputs.tasksWithCost,
        totals.total - totals.unchanged - totals.blocked,
      ),
      6,
    ),
    budget_usd: inputs.budgetUsd,
    throughput_tasks_per_min: round(throughput, 2),
    eta_seconds: eta,
    eta_status: etaStatus,
    languages,
    as_of: inputs.now.toISOString(),
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function nullableRound(value: number | null, decimals: number): number | null {
  return value === null ? null : round(value, decimals);
}
