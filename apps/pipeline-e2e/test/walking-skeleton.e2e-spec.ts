import { PipelineUnderTest, uniqueRunTag, waitFor } from '@content-pipeline/testing';
import { badInputLines, sampleLines } from './catalog-fixtures';
import { derivedWithoutPassingMaster, duplicatedAttempts, waitForJobToSettle } from './pipeline-assertions';

describe('catalogue events through Kafka, the registry and every service into PostgreSQL', () => {
  const jobId = uniqueRunTag('e2e-skeleton');
  const pipeline = new PipelineUnderTest(jobId, 4100, ['--seed', '7']);
  const sample = sampleLines(`${jobId.replace(/[^A-Za-z0-9]/g, '')}-`);
  const badInput = badInputLines();

  beforeAll(async () => {
    await pipeline.start();
    await pipeline.publishCatalogLines([...sample.lines, ...badInput.map(({ line }) => line)]);
  });

  afterAll(() => pipeline.stop());

  it('stores English content for every valid SKU and derives the other languages from the passing master', async () => {
    const rows = await waitForJobToSettle(pipeline, sample.uniqueSkuIds.size, 240_000);
    const english = rows.filter((row) => row.language === 'en');
    expect(new Set(english.map((row) => row.sku_id))).toEqual(sample.uniqueSkuIds);
    // Every attempt is kept, each once: at most three English versions per SKU and source text.
    expect(duplicatedAttempts(rows)).toEqual([]);
    const attemptsPerSource = new Map<string, number>();
    english.forEach((row) =>
      attemptsPerSource.set(row.source_hash, (attemptsPerSource.get(row.source_hash) ?? 0) + 1),
    );
    expect(Math.max(...attemptsPerSource.values())).toBeLessThanOrEqual(3);

    const passedEnglish = new Set(english.filter((row) => row.verdict === 'pass').map((row) => row.sku_id));
    expect(passedEnglish.size).toBeGreaterThan(0);
    const derived = rows.filter((row) => row.language !== 'en');
    for (const language of ['ja', 'es', 'de', 'fr']) {
      expect(new Set(derived.filter((row) => row.language === language).map((row) => row.sku_id))).toEqual(
        passedEnglish,
      );
    }
    expect(derivedWithoutPassingMaster(rows)).toEqual([]);
    const usage = await pipeline.query<{ calls: string }>(
      'SELECT count(*) AS calls FROM cost_meter.token_ledger WHERE job_id = $1',
      [jobId],
    );
    // One metered LLM call per stored version: nothing billed twice, nothing unbilled.
    expect(Number(usage[0].calls)).toBe(rows.length);
  }, 300_000);

  it('dead-letters every bad catalogue event with a readable reason and its original bytes', async () => {
    const records = await waitFor(
      async () => pipeline.deadLettered,
      (received) => received.length >= badInput.length,
      {
        timeoutMs: 60_000,
        description: `${badInput.length} dead letters`,
      },
    );
    expect(records).toHaveLength(badInput.length);
    for (const { line, caseName } of badInput) {
      const matching = records.filter((record) => record.originalValue?.toString('utf8') === line);
      expect({ caseName, count: matching.length }).toEqual({ caseName, count: 1 });
      const [record] = matching;
      expect(record.consumerGroup).toBe('ingester');
      expect(record.retriable).toBe(false);
      expect(record.reason).toMatch(/^(Invalid catalogue record: |Catalogue event is neither)/);
    }
    // Extra fields are tolerated; this case is rejected only for its timestamp (year 2729 in the shared data).
    const extraFields = records.find((record) =>
      record.originalValue?.toString('utf8').includes('"_case":"extra_fields_ok"'),
    );
    expect(extraFields?.reason).toMatch(/updated_at .* is in the future/);
    expect(extraFields?.reason).not.toMatch(/warehouse|tags/);
  });
});
