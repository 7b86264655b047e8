import { contentVersionIdFor, Language, QualityVerdictIssued } from '@content-pipeline/contracts';
import { uniqueRunTag } from '@content-pipeline/testing';
import { wilsonInterval } from '../src/spot-check/wilson-interval';
import { API_KEYS, SOURCE, VersionStoreHarness, verdictFor } from './version-store-harness';

interface ItemView {
  versionId: string;
  language: string;
  category: string;
  attempt: number;
  gateVerdict: string;
  content: Record<string, string>;
}

interface PassRateView {
  checked: number;
  passed: number;
  passRate: number | null;
  wilson95: { lower: number; upper: number } | null;
}

interface ReportRowView {
  language: string;
  category: string;
  sampled: number;
  checked: number;
  pending: number;
  all: PassRateView;
  firstAttempt: PassRateView;
  afterRegeneration: PassRateView;
  errors: {
    total: number;
    bySeverity: Record<string, number>;
    byCategory: Record<string, Record<string, number>>;
  };
  gateVersusSpotCheck: Record<string, Record<string, number>>;
  blindSpots: number;
}

describe('version store: spot checks of published content', () => {
  const jobId = uniqueRunTag('vs-spot');
  const harness = new VersionStoreHarness(jobId, 4377);
  const published: string[] = [];
  let unpublished: string;

  /** Stores a passing version of a new SKU in a language and category, published from the given attempt. */
  async function publish(
    index: number,
    language: Language,
    category: string,
    attempt: number,
  ): Promise<string> {
    const verdict: QualityVerdictIssued = verdictFor(jobId, `${jobId}-SKU-${index}`, {
      language,
      attempt,
      source: { ...SOURCE, category },
    });
    await harness.publishVerdict(verdict);
    const row = await harness.storedVersion(verdict);
    expect(row.status).toBe('active');
    return row.version_id;
  }

  async function text(
    path: string,
    key?: string,
  ): Promise<{ status: number; type: string | null; body: string }> {
    const response = await fetch(`http://127.0.0.1:${harness.port}${path}`, {
      headers: key ? { authorization: `Bearer ${key}` } : {},
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  }

  async function sampleItems(sampleId: string, query = ''): Promise<ItemView[]> {
    const page = await harness.api('GET', `/spot-check-samples/${sampleId}/items?limit=200${query}`, {
      key: API_KEYS.viewer,
    });
    expect(page.status).toBe(200);
    return page.body.items as ItemView[];
  }

  beforeAll(async () => {
    await harness.start();
    // en/consumer_electronics: 6 (two after a regeneration), en/toys: 4, de/toys: 3.
    let index = 0;
    for (const [language, category, count] of [
      ['en', 'consumer_electronics', 6],
      ['en', 'toys', 4],
      ['de', 'toys', 3],
    ] as const) {
      for (let n = 0; n < count; n++) {
        index += 1;
        published.push(await publish(index, language, category, n < 2 ? 2 : 1));
      }
    }
    // A version the gate sent to review and a reviewer approved: published, with the gate's verdict human_review.
    const reviewed = verdictFor(jobId, `${jobId}-SKU-reviewed`, {
      language: 'de',
      verdict: 'human_review',
      score: 75,
      source: { ...SOURCE, category: 'toys' },
    });
    await harness.publishVerdict(reviewed);
    await harness.storedVersion(reviewed);
    const approved = await harness.api(
      'POST',
      `/review-queue/${contentVersionIdFor(reviewed.eventId)}/approve`,
      {
        key: API_KEYS.reviewer,
        body: { notes: 'fine' },
      },
    );
    expect(approved.status).toBe(200);
    published.push(contentVersionIdFor(reviewed.eventId));
    // Not published: in review, undecided.
    const waiting = verdictFor(jobId, `${jobId}-SKU-waiting`, { verdict: 'human_review', score: 60 });
    await harness.publishVerdict(waiting);
    unpublished = (await harness.storedVersion(waiting)).version_id;
  });
  afterAll(() => harness.stop());

  let sampleId: string;

  it('draws the same versions twice from the same seed, per language × category, from published versions only', async () => {
    const draw = () =>
      harness.api('POST', '/spot-check-samples', {
        key: API_KEYS.operator,
        body: { jobId, seed: 20261206, count: 3 },
      });
    const first = await draw();
    const second = await draw();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body).toMatchObject({
      jobId,
      seed: 20261206,
      count: 3,
      rate: null,
      population: 14,
      size: 9,
    });
    expect(first.body.strata).toEqual([
      { language: 'de', category: 'toys', population: 4, drawn: 3 },
      { language: 'en', category: 'consumer_electronics', population: 6, drawn: 3 },
      { language: 'en', category: 'toys', population: 4, drawn: 3 },
    ]);
    expect(second.body.sampleId).not.toBe(first.body.sampleId);
    sampleId = first.body.sampleId as string;
    const firstIds = (await sampleItems(sampleId)).map((item) => item.versionId);
    const secondIds = (await sampleItems(second.body.sampleId as string)).map((item) => item.versionId);
    expect(secondIds).toEqual(firstIds);
    expect(firstIds).toHaveLength(9);
    expect(firstIds.every((id) => published.includes(id))).toBe(true);
    expect(firstIds).not.toContain(unpublished);

    const otherSeed = await harness.api('POST', '/spot-check-samples', {
      key: API_KEYS.operator,
      body: { jobId, seed: 7, rate: 0.5, count: 1 },
    });
    expect(otherSeed.status).toBe(201);
    expect((otherSeed.body.strata as { drawn: number }[]).map((stratum) => stratum.drawn)).toEqual([2, 3, 2]);
    const listed = await harness.api('GET', `/spot-check-samples?jobId=${jobId}`, { key: API_KEYS.viewer });
    expect(listed.body.total).toBe(3);
  });

  it('refuses bad draws with 400, unknown jobs with 404, and draws by other roles than operator', async () => {
    for (const body of [
      { jobId, seed: -1, count: 3 },
      { jobId, seed: 1.5 },
      { jobId, seed: 1, rate: 0 },
      { jobId, seed: 1, rate: 1.5 },
      { jobId, seed: 1, count: 0 },
      { jobId: 'bad id!', seed: 1 },
      { jobId, seed: 1, strata: 'all' },
      { jobId },
    ]) {
      const refused = await harness.api('POST', '/spot-check-samples', { key: API_KEYS.operator, body });
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
      expect(refused.body.message).toBeDefined();
    }
    const unknown = await harness.api('POST', '/spot-check-samples', {
      key: API_KEYS.operator,
      body: { jobId: `${jobId}-none`, seed: 1 },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('no published');
    for (const key of [API_KEYS.reviewer, API_KEYS.viewer])
      expect(
        (await harness.api('POST', '/spot-check-samples', { key, body: { jobId, seed: 1 } })).status,
      ).toBe(403);
    expect((await harness.api('POST', '/spot-check-samples', { body: { jobId, seed: 1 } })).status).toBe(401);
    expect(
      (
        await harness.api('GET', '/spot-check-samples/00000000-0000-0000-0000-000000000000', {
          key: API_KEYS.viewer,
        })
      ).status,
    ).toBe(404);
    expect(
      (await harness.api('GET', '/spot-check-samples/not-a-uuid', { key: API_KEYS.viewer })).status,
    ).toBe(400);
  });

  it('records checks once, validating verdict, typology and spans', async () => {
    const items = await sampleItems(sampleId, '&state=pending');
    const check = (versionId: string, body: unknown, key = API_KEYS.reviewer) =>
      harness.api('POST', `/spot-check-samples/${sampleId}/items/${versionId}/check`, { key, body });
    const [firstItem] = items;
    const titleLength = firstItem.content.seoTitle.length;
    const refusals: [unknown, string][] = [
      [{ verdict: 'not_publishable' }, 'at least one error'],
      [
        {
          verdict: 'not_publishable',
          errors: [
            { category: 'style', severity: 'minor', field: 'seoTitle', start: 0, end: titleLength + 1 },
          ],
        },
        'past the end of seoTitle',
      ],
      [
        {
          verdict: 'publishable',
          errors: [{ category: 'fluency', severity: 'critical', field: 'h1', start: 0, end: 1 }],
        },
        'critical',
      ],
      [
        {
          verdict: 'not_publishable',
          errors: [{ category: 'grammar', severity: 'minor', field: 'h1', start: 0, end: 1 }],
        },
        'category',
      ],
      [{ verdict: 'maybe' }, 'verdict'],
      [
        {
          verdict: 'not_publishable',
          errors: [{ category: 'style', severity: 'minor', field: 'suggestedKeywords', start: 0, end: 1 }],
        },
        'field',
      ],
    ];
    for (const [body, message] of refusals) {
      const refused = await check(firstItem.versionId, body);
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
      expect(JSON.stringify(refused.body.message)).toContain(message);
    }
    expect((await check(firstItem.versionId, { verdict: 'publishable' }, API_KEYS.operator)).status).toBe(
      403,
    );
    expect((await check(unpublished, { verdict: 'publishable' })).status).toBe(404);
    expect(
      (
        await harness.api(
          'POST',
          `/spot-check-samples/00000000-0000-0000-0000-000000000000/items/${firstItem.versionId}/check`,
          {
            key: API_KEYS.reviewer,
            body: { verdict: 'publishable' },
          },
        )
      ).status,
    ).toBe(404);

    // Every other version fails, with errors of several categories and severities; the rest pass.
    for (const [position, item] of items.entries()) {
      const body =
        position % 2 === 0
          ? {
              verdict: 'not_publishable',
              notes: `check ${position}`,
              errors: [
                {
                  category: 'accuracy/numbers',
                  severity: position % 4 === 0 ? 'critical' : 'major',
                  field: 'translatedDescription',
                  start: 0,
                  end: 5,
                  note: 'wrong figure',
                },
                ...(position % 3 === 0
                  ? [{ category: 'accuracy/omission', severity: 'minor', field: 'h1', start: 2, end: 2 }]
                  : []),
              ],
            }
          : position % 3 === 0
            ? {
                verdict: 'publishable',
                errors: [{ category: 'style', severity: 'minor', field: 'marketingCopyA', start: 0, end: 3 }],
              }
            : { verdict: 'publishable' };
      const recorded = await check(item.versionId, body);
      expect({ position, status: recorded.status }).toEqual({ position, status: 201 });
    }
    const again = await check(firstItem.versionId, { verdict: 'publishable' });
    expect(again.status).toBe(409);
    expect(await sampleItems(sampleId, '&state=pending')).toEqual([]);
    expect(
      (await harness.api('GET', `/spot-check-samples/${sampleId}`, { key: API_KEYS.viewer })).body,
    ).toMatchObject({
      checked: 9,
      pending: 0,
    });
  });

  it('reports counts that an independent recount from the tables confirms', async () => {
    const report = await harness.api('GET', `/spot-check-samples/${sampleId}/report`, {
      key: API_KEYS.viewer,
    });
    expect(report.status).toBe(200);
    const rows = report.body.rows as ReportRowView[];
    // The recount reads the versions themselves, not the stratum and gate columns copied into the sample.
    const recount = await harness.query<{
      language: string;
      category: string;
      sampled: number;
      checked: number;
      passed: number;
      first_checked: number;
      first_passed: number;
      later_checked: number;
      later_passed: number;
      blind_spots: number;
      gate_pass_failed: number;
      gate_review_checked: number;
    }>(
      `SELECT version.language, version.source->>'category' AS category,
              count(*)::int AS sampled,
              count(spot.check_id)::int AS checked,
              count(*) FILTER (WHERE spot.verdict = 'publishable')::int AS passed,
              count(spot.check_id) FILTER (WHERE version.attempt = 1)::int AS first_checked,
              count(*) FILTER (WHERE spot.verdict = 'publishable' AND version.attempt = 1)::int AS first_passed,
              count(spot.check_id) FILTER (WHERE version.attempt > 1)::int AS later_checked,
              count(*) FILTER (WHERE spot.verdict = 'publishable' AND version.attempt > 1)::int AS later_passed,
              count(*) FILTER (WHERE spot.verdict = 'not_publishable' AND version.verdict = 'pass')::int AS blind_spots,
              count(*) FILTER (WHERE spot.verdict = 'not_publishable' AND version.verdict = 'pass')::int AS gate_pass_failed,
              count(spot.check_id) FILTER (WHERE version.verdict = 'human_review')::int AS gate_review_checked
         FROM version_store.spot_check_item item
         JOIN version_store.content_version version ON version.version_id = item.version_id
         LEFT JOIN version_store.spot_check spot ON spot.sample_id = item.sample_id AND spot.version_id = item.version_id
        WHERE item.sample_id = $1
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [sampleId],
    );
    const errors = await harness.query<{
      language: string;
      category: string;
      mqm: string;
      severity: string;
      errors: number;
    }>(
      `SELECT version.language, version.source->>'category' AS category, error.category AS mqm, error.severity,
              count(*)::int AS errors
         FROM version_store.spot_check_error error
         JOIN version_store.spot_check spot ON spot.check_id = error.check_id
         JOIN version_store.content_version version ON version.version_id = spot.version_id
        WHERE spot.sample_id = $1
        GROUP BY 1, 2, 3, 4`,
      [sampleId],
    );
    expect(rows.map((row) => [row.language, row.category])).toEqual(
      recount.map((row) => [row.language, row.category]),
    );
    for (const [index, expected] of recount.entries()) {
      const row = rows[index];
      expect(row).toMatchObject({
        sampled: expected.sampled,
        checked: expected.checked,
        pending: expected.sampled - expected.checked,
        all: {
          checked: expected.checked,
          passed: expected.passed,
          wilson95: wilsonInterval(expected.passed, expected.checked),
        },
        firstAttempt: { checked: expected.first_checked, passed: expected.first_passed },
        afterRegeneration: { checked: expected.later_checked, passed: expected.later_passed },
        blindSpots: expected.blind_spots,
      });
      expect(row.gateVersusSpotCheck.pass?.not_publishable ?? 0).toBe(expected.gate_pass_failed);
      const reviewed = row.gateVersusSpotCheck.human_review;
      expect((reviewed?.publishable ?? 0) + (reviewed?.not_publishable ?? 0)).toBe(
        expected.gate_review_checked,
      );
      const mine = errors.filter(
        (error) => error.language === row.language && error.category === row.category,
      );
      expect(row.errors.total).toBe(mine.reduce((sum, error) => sum + error.errors, 0));
      for (const [mqm, bySeverity] of Object.entries(row.errors.byCategory))
        for (const [severity, count] of Object.entries(bySeverity))
          expect({ mqm, severity, count }).toEqual({
            mqm,
            severity,
            count: mine.find((error) => error.mqm === mqm && error.severity === severity)?.errors ?? 0,
          });
    }
    const overall = report.body.overall as ReportRowView;
    expect(overall.checked).toBe(9);
    expect(overall.all.passed).toBe(recount.reduce((sum, row) => sum + row.passed, 0));
    expect(overall.errors.total).toBe(errors.reduce((sum, error) => sum + error.errors, 0));
    expect(overall.blindSpots).toBeGreaterThan(0);
  });

  it('exports the checks as CSV and the gate’s blind spots as QA cases', async () => {
    const csv = await text(`/spot-check-samples/${sampleId}/checks.csv`, API_KEYS.viewer);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const lines = csv.body.split('\r\n').filter((line) => line.length > 0);
    expect(lines[0].startsWith('check_id,sample_id,job_id,version_id')).toBe(true);
    expect(lines).toHaveLength(10);

    const jsonl = await text(`/spot-check-samples/${sampleId}/blind-spots.jsonl`, API_KEYS.viewer);
    expect(jsonl.status).toBe(200);
    expect(jsonl.type).toContain('application/x-ndjson');
    const cases = jsonl.body
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line));
    const [{ blind }] = await harness.query<{ blind: number }>(
      `SELECT count(*)::int AS blind FROM version_store.spot_check spot
         JOIN version_store.content_version version ON version.version_id = spot.version_id
        WHERE spot.sample_id = $1 AND spot.verdict = 'not_publishable' AND version.verdict = 'pass'`,
      [sampleId],
    );
    expect(cases).toHaveLength(blind);
    for (const testCase of cases) {
      expect(testCase).toMatchObject({
        language: expect.any(String),
        source: { product_name: SOURCE.productName, category: expect.any(String) },
        content: { translated_description: expect.any(String) },
        expected: { clean: false, defects: expect.arrayContaining(['accuracy/numbers']) },
        gate: { verdict: 'pass' },
      });
      expect(testCase.spot_check.errors[0]).toMatchObject({
        field: 'translatedDescription',
        start: 0,
        end: 5,
      });
      expect(testCase.spot_check.errors[0].text).toHaveLength(5);
    }

    const missing = await text(
      '/spot-check-samples/00000000-0000-0000-0000-000000000000/checks.csv',
      API_KEYS.viewer,
    );
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/json');
  });
});
