import { PipelineUnderTest, uniqueRunTag, waitFor } from '@content-pipeline/testing';
import { sampleLines } from './catalog-fixtures';
import { versionsOfJob, waitForJobToSettle } from './pipeline-assertions';

// Eight fault kinds at 1.3 % each: about one answer in ten carries a content fault.
const FAULTS = [
  'dropped_number',
  'changed_number',
  'forbidden_word',
  'long_title',
  'missing_cta',
  'untranslated_chinese',
  'chatter',
  'broken_json',
];

describe('the regeneration loop with content faults at ~10 %', () => {
  const jobId = uniqueRunTag('e2e-faults');
  const pipeline = new PipelineUnderTest(jobId, 4700, [
    '--seed',
    '5',
    ...FAULTS.flatMap((fault) => ['--fault', `${fault}=0.013`]),
  ]);
  const sample = sampleLines(`${jobId.replace(/[^A-Za-z0-9]/g, '')}-`);

  beforeAll(() => pipeline.start({ skipEarlierGenerationRequests: true }));
  afterAll(() => pipeline.stop());

  it('activates no version with a critical issue and shows regenerations and human review per job', async () => {
    await pipeline.publishCatalogLines(sample.lines);
    const rows = await waitForJobToSettle(pipeline, sample.uniqueSkuIds.size, 300_000);

    const activeWithCritical = await pipeline.query<{ version_id: string }>(
      `SELECT version_id FROM version_store.content_version
        WHERE job_id = $1 AND status = 'active' AND issues @> '[{"severity": "critical"}]'::jsonb`,
      [jobId],
    );
    expect(activeWithCritical).toEqual([]);
    // Every version the gate sent back is kept, and its task went on: a later attempt is stored (or, rarely, the
    // last attempt's output was unusable and the task was dead-lettered). Wait for attempts still in flight.
    const sentBack = rows.filter((row) => row.verdict === 'regenerate');
    expect(sentBack.length).toBeGreaterThan(0);
    const unfollowed = await waitFor(
      async () => {
        const latest = await versionsOfJob(pipeline);
        const deadLettered = new Set(
          pipeline.deadLettered.map((record) => `${record.skuId}:${record.language}`),
        );
        return sentBack
          .filter(
            (row) => !latest.some((other) => other.task_id === row.task_id && other.attempt > row.attempt),
          )
          .filter((row) => !deadLettered.has(`${row.sku_id}:${row.language}`))
          .map((row) => row.task_id);
      },
      (tasks) => tasks.length === 0,
      { timeoutMs: 120_000, intervalMs: 2_000, description: 'a later attempt of every task sent back' },
    );
    expect(unfollowed).toEqual([]);
    const finalRows = await versionsOfJob(pipeline);

    const response = await fetch(
      `http://127.0.0.1:${pipeline.service('regenerator').port}/jobs/${jobId}/regeneration`,
    );
    expect(response.status).toBe(200);
    const summary = (await response.json()) as { regenerations: Record<string, number>; humanReview: number };
    const regenerations = Object.values(summary.regenerations).reduce((sum, count) => sum + count, 0);
    expect(regenerations).toBe(finalRows.filter((row) => row.verdict === 'regenerate').length);
    const inReview = finalRows.filter((row) => row.verdict === 'human_review').length;
    expect(summary.humanReview).toBe(inReview);
  }, 420_000);

  it('meters every token the simulator billed, including runs that failed on broken JSON', async () => {
    const simulatorTotals = async () => {
      const stats = (await (await fetch(`http://127.0.0.1:${4700 + 50}/_sim/stats`)).json()) as {
        totals: { byApi: Record<string, Record<string, { promptTokens: number; completionTokens: number }>> };
      };
      const answered = Object.values(stats.totals.byApi)
        .map((byStatus) => byStatus['200'])
        .filter(Boolean);
      return answered.reduce((sum, counter) => sum + counter.promptTokens + counter.completionTokens, 0);
    };
    const ledgerFor = async (outcome: 'all' | 'failed') => {
      const [row] = await pipeline.query<{ tokens: string }>(
        `SELECT coalesce(sum(prompt_tokens + completion_tokens), 0) AS tokens FROM cost_meter.token_ledger
          WHERE job_id = $1 AND ($2 = 'all' OR outcome <> 'succeeded')`,
        [jobId, outcome],
      );
      return Number(row.tokens);
    };
    const billed = await simulatorTotals();
    const metered = await waitFor(
      () => ledgerFor('all'),
      (tokens) => tokens === billed,
      { timeoutMs: 60_000, intervalMs: 1_000, description: `${billed} tokens in the ledger` },
    );
    expect(metered).toBe(billed);
    // Broken JSON fails the Dify run after its LLM nodes were billed: those tokens are in the ledger too.
    expect(await ledgerFor('failed')).toBeGreaterThan(0);
  }, 90_000);
});
