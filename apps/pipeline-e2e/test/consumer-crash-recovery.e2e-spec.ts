import { PipelineUnderTest, uniqueRunTag, waitFor } from '@content-pipeline/testing';
import { sampleLines } from './catalog-fixtures';
import { duplicatedAttempts, versionsOfJob, waitForJobToSettle } from './pipeline-assertions';

describe('consumers killed with SIGKILL or stopped with SIGTERM mid-stream, then restarted', () => {
  const jobId = uniqueRunTag('e2e-crash');
  // Some latency so the kill lands while calls are in flight.
  const pipeline = new PipelineUnderTest(jobId, 4200, [
    '--seed',
    '11',
    '--latency-median-ms',
    '40',
    '--latency-p95-ms',
    '120',
  ]);
  const sample = sampleLines(`${jobId.replace(/[^A-Za-z0-9]/g, '')}-`);

  beforeAll(() => pipeline.start());
  afterAll(() => pipeline.stop());

  it('loses nothing and stores no version twice', async () => {
    await pipeline.publishCatalogLines(sample.lines);
    await waitFor(
      async () => (await versionsOfJob(pipeline)).length,
      (count) => count >= 40,
      {
        timeoutMs: 120_000,
        description: 'the job to be under way',
      },
    );
    // Two crash (no commit, no goodbye), one drains gracefully on SIGTERM and must exit 0.
    const [, , gateExit] = await Promise.all([
      pipeline.service('version-store').kill(),
      pipeline.service('generator').kill(),
      pipeline.service('quality-gate').stop(),
    ]);
    expect(gateExit).toBe(0);
    const versionsAtKill = (await versionsOfJob(pipeline)).length;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await Promise.all(
      (['generator', 'version-store', 'quality-gate'] as const).map((name) => pipeline.service(name).start()),
    );

    const rows = await waitForJobToSettle(pipeline, sample.uniqueSkuIds.size, 300_000);
    expect(rows.length).toBeGreaterThan(versionsAtKill);
    expect(new Set(rows.filter((row) => row.language === 'en').map((row) => row.sku_id))).toEqual(
      sample.uniqueSkuIds,
    );
    expect(duplicatedAttempts(rows)).toEqual([]);
    const passedEnglish = rows.filter((row) => row.language === 'en' && row.verdict === 'pass').length;
    // Each passing English master was derived into the four other languages exactly once.
    const derivedRequests = new Set(
      rows
        .filter((row) => row.language !== 'en' && row.attempt === 1)
        .map((row) => `${row.master_version_id}:${row.language}`),
    );
    expect(derivedRequests.size).toBe(passedEnglish * 4);
    const ledger = await pipeline.query<{ entries: string }>(
      'SELECT count(*) AS entries FROM cost_meter.token_ledger WHERE job_id = $1',
      [jobId],
    );
    expect(Number(ledger[0].entries)).toBe(rows.length);
  }, 420_000);
});
