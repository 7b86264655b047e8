import { PipelineUnderTest, uniqueRunTag, waitFor } from '@content-pipeline/testing';
import { ACCEPTED_BAD_INPUT_CASE, badInputLines, sampleLines } from './catalog-fixtures';
import { derivedWithoutPassingMaster, duplicatedAttempts, waitForJobToSettle } from './pipeline-assertions';

describe('catalogue events through Kafka, the registry and every service into PostgreSQL', () => {
  const jobId = uniqueRunTag('e2e-skeleton');
  const pipeline = new PipelineUnderTest(jobId, 4100, ['--seed', '7']);
  const skuPrefix = `${jobId.replace(/[^A-Za-z0-9]/g, '')}-`;
  const sample = sampleLines(skuPrefix);
  const badInput = badInputLines(skuPrefix);
  const rejected = badInput.filter(({ caseName }) => caseName !== ACCEPTED_BAD_INPUT_CASE);
  const acceptedSkuIds = badInput
    .filter(({ caseName }) => caseName === ACCEPTED_BAD_INPUT_CASE)
    .map(({ line }) => (JSON.parse(line) as { sku_id: string }).sku_id);
  const validSkuIds = new Set([...sample.uniqueSkuIds, ...acceptedSkuIds]);

  beforeAll(async () => {
    await pipeline.start();
    await pipeline.publishCatalogLines([...sample.lines, ...badInput.map(({ line }) => line)]);
  });

  afterAll(() => pipeline.stop());

  it('stores English content for every valid SKU and derives the other languages from the passing master', async () => {
    expect(acceptedSkuIds).toHaveLength(1);
    const rows = await waitForJobToSettle(pipeline, validSkuIds.size, 240_000);
    const english = rows.filter((row) => row.language === 'en');
    expect(new Set(english.map((row) => row.sku_id))).toEqual(validSkuIds);
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
      (received) => received.length >= rejected.length,
      {
        timeoutMs: 60_000,
        description: `${rejected.length} dead letters`,
      },
    );
    expect(rejected).toHaveLength(23);
    expect(records).toHaveLength(rejected.length);
    for (const { line, caseName } of rejected) {
      const matching = records.filter((record) => record.originalValue?.toString('utf8') === line);
      expect({ caseName, count: matching.length }).toEqual({ caseName, count: 1 });
      const [record] = matching;
      expect(record.consumerGroup).toBe('ingester');
      expect(record.retriable).toBe(false);
      expect(record.reason).toMatch(/^(Invalid catalogue record: |Catalogue event is neither)/);
    }
    // Extra fields are tolerated: that case is stored with the sample (first test), never dead-lettered.
    const extraFields = records.filter((record) =>
      record.originalValue?.toString('utf8').includes(`"_case":"${ACCEPTED_BAD_INPUT_CASE}"`),
    );
    expect(extraFields).toEqual([]);
  });
});
