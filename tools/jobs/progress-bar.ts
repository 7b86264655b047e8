/** The fields of a job's progress the CLI shows (GET /api/batch/{id}/progress). */
export interface ProgressView {
  job_id: string;
  state: string;
  total: number;
  pending: number;
  processing: number;
  completed: number;
  unchanged: number;
  failed: number;
  human_review: number;
  dead_lettered: number;
  blocked: number;
  progress_pct: number;
  cost_usd_so_far: number;
  projected_total_cost_usd: number | null;
  budget_usd: number | null;
  throughput_tasks_per_min: number;
  eta_seconds: number | null;
}

/** `1h 02m`, `4m 05s`, `12s`, or `—` when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3_600)
    return `${Math.floor(s / 3_600)}h ${String(Math.floor((s % 3_600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** One line: bar, percentage, counts, cost against budget and projection, throughput and ETA. */
export function renderProgressLine(progress: ProgressView, width = 30): string {
  const filled = Math.round((Math.min(100, Math.max(0, progress.progress_pct)) / 100) * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const done = progress.completed + progress.unchanged;
  const attention = progress.failed + progress.dead_lettered + progress.human_review + progress.blocked;
  const budget = progress.budget_usd === null ? '' : ` of $${progress.budget_usd.toFixed(2)}`;
  const projected =
    progress.projected_total_cost_usd === null ? '' : ` (→ $${progress.projected_total_cost_usd.toFixed(2)})`;
  return (
    `${bar} ${progress.progress_pct.toFixed(1).padStart(5)}%  ${done}/${progress.total} done, ` +
    `${progress.processing} running, ${progress.pending} pending` +
    (attention > 0 ? `, ${attention} need attention` : '') +
    `  $${progress.cost_usd_so_far.toFixed(4)}${budget}${projected}` +
    `  ${progress.throughput_tasks_per_min.toFixed(1)}/min  ETA ${formatDuration(progress.eta_seconds)}  [${progress.state}]`
  );
}

/** Splits a Server-Sent Events buffer into complete events and the incomplete rest. */
export function splitServerSentEvents(buffer: string): {
  events: { event: string; data: string }[];
  rest: string;
} {
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? '';
  const events = blocks
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      return { event, data: data.join('\n') };
    })
    .filter((event) => event.data !== '');
  return { events, rest };
}
