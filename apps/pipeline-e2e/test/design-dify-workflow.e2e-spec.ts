import { PipelineUnderTest, sampleCatalog, uniqueRunTag } from '@content-pipeline/testing';
import { waitForJobToSettle } from './pipeline-assertions';

const LANGUAGES = ['en', 'ja', 'es', 'de', 'fr'];

/**
 * The Dify workflow exactly as the product design describes it (five inputs, no feedback input, no `h1` and no
 * keywords in its outputs, its own quality score and issues), emulated strictly: it refuses any input it does
 * not declare. The generator runs with the default contract settings (`DIFY_WORKFLOW_INPUTS=auto`).
 */
describe("the design's Dify workflow through generator, gate and version store", () => {
  const jobId = uniqueRunTag('e2e-design-dify');
  const pipeline = new PipelineUnderTest(jobId, 5700, ['--seed', '17', '--dify-workflow', 'design']);
  const { lines, skuIds } = sampleCatalog({
    count: 40,
    skuIdFor: (id) => `${jobId.replace(/[^A-Za-z0-9]/g, '')}-${id}`,
  });

  beforeAll(async () => {
    await pipeline.start();
    await pipeline.publishCatalogLines(lines);
  });
  afterAll(() => pipeline.stop());

  it('stores content for every SKU and language, with the H1 filled by its fallback and no failed call', async () => {
    const rows = await waitForJobToSettle(pipeline, skuIds.size, 240_000);
    const stored = new Set(rows.map((row) => `${row.sku_id}:${row.language}`));
    const expected = [...skuIds].flatMap((sku) => LANGUAGES.map((language) => `${sku}:${language}`));
    expect(expected.filter((key) => !stored.has(key))).toEqual([]);

    // Nothing was refused as invalid output, nothing dead-lettered, and every call was one workflow run.
    expect(pipeline.deadLettered).toEqual([]);
    const ledger = await pipeline.query<{ outcome: string; calls: string }>(
      'SELECT outcome, count(*) AS calls FROM cost_meter.token_ledger WHERE job_id = $1 GROUP BY outcome',
      [jobId],
    );
    expect(ledger.map((row) => row.outcome)).toEqual(['succeeded']);
    expect(Number(ledger[0].calls)).toBe(rows.length);

    // The missing H1 is the documented fallback, the missing keywords none, and the workflow's own review is kept.
    const attempts = await pipeline.query<{
      filled_fields: string[];
      workflow_review: { score: number | null; issues: string[] } | null;
      h1: string;
      keywords: string[];
    }>(
      `SELECT filled_fields, workflow_review, content->>'h1' AS h1, content->'suggestedKeywords' AS keywords
         FROM generator.generation_attempt WHERE job_id = $1`,
      [jobId],
    );
    expect(attempts).toHaveLength(rows.length);
    expect(attempts.every((a) => a.filled_fields.length === 1 && a.filled_fields[0] === 'h1')).toBe(true);
    expect(attempts.every((a) => a.h1.length > 0 && a.keywords.length === 0)).toBe(true);
    expect(attempts.every((a) => typeof a.workflow_review?.score === 'number')).toBe(true);

    // The gate judged the filled H1 like any other: it neither repeats the title nor is it empty.
    const h1Issues = await pipeline.query<{ rule: string }>(
      `SELECT issue->>'rule' AS rule
         FROM version_store.content_version, jsonb_array_elements(issues) AS issue
        WHERE job_id = $1 AND issue->>'field' = 'h1'`,
      [jobId],
    );
    expect(h1Issues).toEqual([]);
  }, 300_000);
});
