import { PipelineUnderTest, sampleCatalog, uniqueRunTag, waitFor } from '@content-pipeline/testing';
import { waitForJobToSettle } from './pipeline-assertions';

const OPERATOR_KEY = 'judge-e2e-operator-key-0001';
const REVIEWER_KEY = 'judge-e2e-reviewer-key-0001';

interface JudgeReportBody {
  sampled: number;
  judged: number;
  failed: number;
  pending: number;
  accurate: number;
  accuracy: number | null;
  target: number;
  belowTarget: boolean | null;
  tokens: { promptTokens: number; completionTokens: number };
  agreement: { n: number; agreementRate: number | null; kappa: number | null };
  errors: { byCategory: Record<string, Record<string, number>> };
}

describe('LLM judge through the services: published versions drawn, judged by the generator, scored and reported', () => {
  const jobId = uniqueRunTag('e2e-judge');
  // The simulated judge flags 60 % of versions with an injected error, two kinds in five of them accuracy errors, and
  // answers 10 % malformed: about a quarter of the versions judged are inaccurate, below the 95 % target whatever the
  // draw (at 30 % the expected accuracy sat near 88 %, and one draw of the same catalogue reached the target).
  const pipeline = new PipelineUnderTest(
    jobId,
    6500,
    ['--seed', '7', '--judge-error-rate', '0.6', '--judge-malformed-rate', '0.1'],
    { API_KEYS: `${OPERATOR_KEY}:operator,${REVIEWER_KEY}:reviewer`, JUDGE_ACCURACY_TARGET: '0.95' },
  );
  const catalog = sampleCatalog({
    count: 24,
    skuIdFor: (id) => `${jobId.replace(/[^A-Za-z0-9]/g, '')}-${id}`,
  });
  const versionStore = () => `http://127.0.0.1:${pipeline.service('version-store').port}`;
  const call = async (path: string, key: string, body?: unknown) => {
    const response = await fetch(`${versionStore()}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };

  beforeAll(async () => {
    await pipeline.start();
    await pipeline.publishCatalogLines(catalog.lines);
  }, 120_000);

  afterAll(() => pipeline.stop());

  it('judges every drawn version once, records malformed answers as failures, and reports what the database holds', async () => {
    await waitForJobToSettle(pipeline, catalog.skuIds.size, 240_000);
    const sample = await call('/judge-samples', OPERATOR_KEY, { jobId, seed: 11, rate: 1 });
    const active = await pipeline.query<{ n: string }>(
      `SELECT count(*) AS n FROM version_store.content_version WHERE job_id = $1 AND status = 'active'`,
      [jobId],
    );
    expect(sample['size']).toBe(Number(active[0].n));

    // A person spot-checks every version: publishable unless its position is a multiple of 4.
    const spot = await call('/spot-check-samples', OPERATOR_KEY, { jobId, seed: 3, rate: 1 });
    const items = (await call(`/spot-check-samples/${spot['sampleId']}/items?limit=200`, REVIEWER_KEY)) as {
      items: { versionId: string }[];
    };
    for (const [index, item] of items.items.entries()) {
      await call(`/spot-check-samples/${spot['sampleId']}/items/${item.versionId}/check`, REVIEWER_KEY, {
        verdict: index % 4 === 0 ? 'not_publishable' : 'publishable',
        errors:
          index % 4 === 0
            ? [{ category: 'accuracy/mistranslation', severity: 'major', field: 'h1', start: 0, end: 1 }]
            : [],
      });
    }

    await waitFor(
      async () =>
        Number(
          (
            await pipeline.query<{ n: string }>(
              `SELECT count(*) AS n FROM version_store.judgement WHERE job_id = $1`,
              [jobId],
            )
          )[0].n,
        ),
      (n) => n >= (sample['size'] as number),
      { timeoutMs: 120_000, intervalMs: 1_000, description: `${String(sample['size'])} judgements stored` },
    );

    const report = (await call(`/jobs/${jobId}/judge-report`, REVIEWER_KEY)) as unknown as JudgeReportBody;
    // An independent recount from the tables.
    const [recount] = await pipeline.query<{
      judged: string;
      failed: string;
      accurate: string;
      malformed: string;
      prompt: string;
      completion: string;
    }>(
      `SELECT count(*) FILTER (WHERE outcome = 'judged') AS judged, count(*) FILTER (WHERE outcome = 'failed') AS failed,
              count(*) FILTER (WHERE accurate) AS accurate,
              count(*) FILTER (WHERE failure_reason LIKE 'unreadable answer%') AS malformed,
              sum(prompt_tokens) AS prompt, sum(completion_tokens) AS completion
         FROM version_store.judgement WHERE job_id = $1`,
      [jobId],
    );
    expect(report).toMatchObject({
      sampled: sample['size'],
      judged: Number(recount.judged),
      failed: Number(recount.failed),
      pending: 0,
      accurate: Number(recount.accurate),
      target: 0.95,
      tokens: { promptTokens: Number(recount.prompt), completionTokens: Number(recount.completion) },
    });
    expect(report.accuracy).toBeCloseTo(Number(recount.accurate) / Number(recount.judged), 10);
    // The injected faults show up: some inaccurate versions (60 % flagged, some of them accuracy majors) and
    // malformed answers recorded as failures, not crashes or dead letters.
    expect(Number(recount.accurate)).toBeLessThan(Number(recount.judged));
    expect(Number(recount.malformed)).toBe(Number(recount.failed));
    expect(Number(recount.failed)).toBeGreaterThan(0);
    expect(report.belowTarget).toBe(true);

    // Agreement on versions both judged, recounted: judge accurate ⇔ person says publishable.
    const pairs = await pipeline.query<{ accurate: boolean; verdict: string }>(
      `SELECT judgement.accurate, spot.verdict FROM version_store.judgement judgement
         JOIN version_store.spot_check spot ON spot.version_id = judgement.version_id
        WHERE judgement.job_id = $1 AND judgement.outcome = 'judged'`,
      [jobId],
    );
    const agree = pairs.filter((pair) => pair.accurate === (pair.verdict === 'publishable')).length;
    expect(report.agreement.n).toBe(pairs.length);
    expect(report.agreement.agreementRate).toBeCloseTo(agree / pairs.length, 10);

    // The judge's calls are metered like any other: one priced usage per judge call, same tokens.
    const [metered] = await pipeline.query<{ calls: string; prompt: string; completion: string }>(
      `SELECT count(*) AS calls, sum(prompt_tokens) AS prompt, sum(completion_tokens) AS completion
         FROM cost_meter.token_ledger WHERE job_id = $1 AND task_id LIKE 'judge:%'`,
      [jobId],
    );
    expect(Number(metered.calls)).toBe(sample['size']);
    expect(Number(metered.prompt)).toBe(report.tokens.promptTokens);

    // The spot-check report carries the judge figures next to the people's.
    const spotReport = (await call(`/spot-check-samples/${spot['sampleId']}/report`, REVIEWER_KEY)) as {
      judge: JudgeReportBody;
    };
    expect(spotReport.judge.agreement.n).toBe(pairs.length);
    expect(spotReport.judge.judged).toBe(report.judged);
  }, 420_000);
});
