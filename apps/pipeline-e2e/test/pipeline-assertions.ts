import type { PipelineUnderTest } from '@content-pipeline/testing';
import { waitFor } from '@content-pipeline/testing';

export interface VersionRow {
  version_id: string;
  sku_id: string;
  language: string;
  task_id: string;
  attempt: number;
  verdict: string;
  status: string;
  master_version_id: string | null;
  source_hash: string;
  created_at: Date;
}

export function versionsOfJob(pipeline: PipelineUnderTest): Promise<VersionRow[]> {
  return pipeline.query<VersionRow>(
    `SELECT version_id, sku_id, language, task_id, attempt, verdict, status, master_version_id, source_hash, created_at
       FROM version_store.content_version WHERE job_id = $1`,
    [pipeline.jobId],
  );
}

/**
 * Waits until every valid SKU has an English version and the job's version count has not moved for
 * `quietMs` (derived languages and regenerations have drained).
 */
export async function waitForJobToSettle(
  pipeline: PipelineUnderTest,
  expectedSkus: number,
  timeoutMs: number,
  quietMs = 6_000,
): Promise<VersionRow[]> {
  await waitFor(
    async () =>
      new Set((await versionsOfJob(pipeline)).filter((row) => row.language === 'en').map((row) => row.sku_id))
        .size,
    (count) => count >= expectedSkus,
    { timeoutMs, intervalMs: 1_000, description: `${expectedSkus} SKUs with an English version` },
  );
  let previous = -1;
  let stableSince = Date.now();
  return waitFor(
    async () => {
      const rows = await versionsOfJob(pipeline);
      if (rows.length !== previous) {
        previous = rows.length;
        stableSince = Date.now();
      }
      return rows;
    },
    () => Date.now() - stableSince >= quietMs,
    { timeoutMs, intervalMs: 1_000, description: 'the job to settle' },
  );
}

/**
 * Generation requests that produced more than one stored version: must be empty (idempotency). A request
 * is a task attempt for one source text (a SKU whose text changed is generated again, legitimately).
 */
export function duplicatedAttempts(rows: readonly VersionRow[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const request = `${row.task_id}#${row.attempt}#${row.source_hash.slice(0, 12)}`;
    counts.set(request, (counts.get(request) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, count]) => count > 1).map(([key]) => key);
}

/** Derived versions whose master is not a passing English version of the same SKU created before them. */
export function derivedWithoutPassingMaster(rows: readonly VersionRow[]): VersionRow[] {
  const byId = new Map(rows.map((row) => [row.version_id, row]));
  return rows
    .filter((row) => row.language !== 'en')
    .filter((row) => {
      const master = row.master_version_id ? byId.get(row.master_version_id) : undefined;
      return (
        !master ||
        master.language !== 'en' ||
        master.sku_id !== row.sku_id ||
        master.verdict !== 'pass' ||
        master.created_at > row.created_at
      );
    });
}
