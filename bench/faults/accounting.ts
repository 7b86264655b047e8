import { Topics } from '@content-pipeline/contracts';
import { LANGUAGES } from '@content-pipeline/languages';
import { countTopic, PipelineUnderTest, TopicCount, waitFor } from '@content-pipeline/testing';

/** Tasks (SKU × language, per source text) without a stored version, and stored versions beyond one per attempt. */
export async function account(
  pipeline: PipelineUnderTest,
  expectedSkus: Set<string>,
): Promise<{ lost: number; duplicated: number }> {
  const rows = await pipeline.query<{
    sku_id: string;
    language: string;
    task_id: string;
    attempt: number;
    source_hash: string;
  }>(
    'SELECT sku_id, language, task_id, attempt, source_hash FROM version_store.content_version WHERE job_id = $1',
    [pipeline.jobId],
  );
  const covered = new Set(rows.map((row) => `${row.sku_id}:${row.language}`));
  const lost = [...expectedSkus]
    .flatMap((sku) => LANGUAGES.map((language) => `${sku}:${language}`))
    .filter((task) => !covered.has(task)).length;
  const perAttempt = new Map<string, number>();
  rows.forEach((row) =>
    perAttempt.set(
      `${row.task_id}#${row.attempt}#${row.source_hash}`,
      (perAttempt.get(`${row.task_id}#${row.attempt}#${row.source_hash}`) ?? 0) + 1,
    ),
  );
  const [ledger] = await pipeline.query<{ entries: string; distinct_events: string }>(
    'SELECT count(*) AS entries, count(DISTINCT usage_event_id) AS distinct_events FROM cost_meter.token_ledger WHERE job_id = $1',
    [pipeline.jobId],
  );
  const duplicated =
    [...perAttempt.values()].reduce((sum, count) => sum + count - 1, 0) +
    (Number(ledger.entries) - Number(ledger.distinct_events));
  return { lost, duplicated };
}

export async function settle(
  pipeline: PipelineUnderTest,
  expectedTasks: number,
  timeoutMs: number,
): Promise<void> {
  let previous = -1;
  let stableSince = Date.now();
  await waitFor(
    async () => {
      // Tasks covered, not versions: a regenerated task has several versions.
      const [row] = await pipeline
        .query<{
          stored: string;
        }>(
          'SELECT count(DISTINCT (sku_id, language)) AS stored FROM version_store.content_version WHERE job_id = $1',
          [pipeline.jobId],
        )
        .catch(() => [{ stored: String(previous) }]);
      const stored = Number(row.stored);
      if (stored !== previous) {
        previous = stored;
        stableSince = Date.now();
      }
      return stored;
    },
    // Every task stored, then quiet: retried messages wait in retry topics for up to minutes before they land.
    (stored) => stored >= expectedTasks && Date.now() - stableSince > 5_000,
    { timeoutMs, intervalMs: 1_000, description: `${expectedTasks} tasks with a version` },
  ).catch(() => undefined);
}

/** What a consumer of the output topics sees, counted from the topics: coverage and copies per event. */
export interface TopicAccounting {
  /** SKU-language tasks with no verdict on the verdict topic, or passed but never activated on the public topic. */
  lostOnTopics: number;
  counts: TopicCount<unknown>[];
}

/**
 * Reads the generated-content, verdict and public version topics from the beginning, independently of every
 * service's database and counters, and compares them with the SKU-language ids the run published.
 */
export async function accountFromTopics(
  pipeline: PipelineUnderTest,
  expectedSkus: Set<string>,
): Promise<TopicAccounting> {
  const read = <T extends { eventId: string; jobId: string }>(topic: Parameters<typeof countTopic<T>>[2]) =>
    countTopic<T>(pipeline.infra.kafkaBrokers, pipeline.codec, topic, pipeline.jobId);
  const generated = await read(Topics.contentGenerated);
  const verdicts = await read(Topics.qualityVerdictIssued);
  const published = await read(Topics.versionPublished);
  const judged = new Set(verdicts.values.map((verdict) => `${verdict.skuId}:${verdict.language}`));
  const passed = new Set(
    verdicts.values
      .filter((verdict) => verdict.verdict === 'pass')
      .map((verdict) => `${verdict.skuId}:${verdict.language}`),
  );
  const activated = new Set(
    published.values
      .filter((event) => event.action === 'activated')
      .map((event) => `${event.skuId}:${event.language}`),
  );
  const lostOnTopics = [...expectedSkus]
    .flatMap((sku) => LANGUAGES.map((language) => `${sku}:${language}`))
    .filter((task) => !judged.has(task) || (passed.has(task) && !activated.has(task))).length;
  return { lostOnTopics, counts: [generated, verdicts, published] };
}

/** One line per topic: events, distinct events and the amplification a consumer of the topic would see. */
export function describeAmplification(counts: readonly TopicCount<unknown>[]): string {
  return counts
    .map(
      (count) =>
        `${count.topic.replace(/^content\.(internal|public)\./, '')} ${count.events}/${count.distinct} ` +
        `(×${count.amplification.toFixed(3)}, worst ${count.worstCopies})`,
    )
    .join(', ');
}
