import { expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  migrateServices,
  PipelineUnderTest,
  sampleCatalog,
  uniqueRunTag,
  waitFor,
  WORKSPACE_ROOT,
} from '@content-pipeline/testing';
import {
  ADMIN,
  consoleBeside,
  ensureTestAdmin,
  expectAccessible,
  signInWithKeyboard,
} from './console-browser.helpers';

const SKUS = 8;
// Its own port range: the other console specs use 5200–5500.
const BASE_PORT = 5600;
const CONSOLE_PORT = BASE_PORT + 10;
const CONSOLE_KEY = 'browser-spot-check-key-01';
const jobId = uniqueRunTag('spot-ui');
// A reviewer of this run only: the console's people outlive a run in the same database.
const REVIEWER = { email: `${jobId}@example.com`, password: 'spot checks by keyboard' };
const SCREENSHOTS = join(WORKSPACE_ROOT, 'tmp', 'console-screens');

const pipeline = new PipelineUnderTest(jobId, BASE_PORT, [], {
  API_KEYS: `${CONSOLE_KEY}:operator:review-console`,
  API_ACTING_PRINCIPALS: 'review-console',
});
const consoleApp = consoleBeside(pipeline, CONSOLE_PORT, CONSOLE_KEY);
const consoleUrl = `http://127.0.0.1:${CONSOLE_PORT}`;
const screenUrl = `${consoleUrl}/spot-checks?jobId=${encodeURIComponent(jobId)}`;
const catalogue = sampleCatalog({
  count: SKUS,
  skuIdFor: (id, index) => `${jobId.replace(/[^A-Za-z0-9]/g, '')}-${index}-${id}`,
});

/** Selects characters [start, end) of a content field's text, as a mouse drag over it would. */
async function selectText(page: Page, field: string, start: number, end: number): Promise<string> {
  // A string, not a function: this project's TypeScript has no DOM types.
  return (await page.evaluate(`(() => {
    const text = document.querySelector('[data-field="${field}"]').firstChild;
    const range = document.createRange();
    range.setStart(text, ${start});
    range.setEnd(text, ${end});
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  })()`)) as string;
}

interface StratumRecount {
  language: string;
  category: string;
  sampled: number;
  checked: number;
  passed: number;
  first_checked: number;
  first_passed: number;
  later_checked: number;
  later_passed: number;
  errors: number;
  blind_spots: number;
}

/** The report's counts recounted from the version store's tables, reading the versions themselves. */
function recount(sampleId: string): Promise<StratumRecount[]> {
  return pipeline.query<StratumRecount>(
    `SELECT * FROM (
     SELECT version.language, version.source->>'category' AS category,
            count(*)::int AS sampled,
            count(spot.check_id)::int AS checked,
            count(*) FILTER (WHERE spot.verdict = 'publishable')::int AS passed,
            count(spot.check_id) FILTER (WHERE version.attempt = 1)::int AS first_checked,
            count(*) FILTER (WHERE spot.verdict = 'publishable' AND version.attempt = 1)::int AS first_passed,
            count(spot.check_id) FILTER (WHERE version.attempt > 1)::int AS later_checked,
            count(*) FILTER (WHERE spot.verdict = 'publishable' AND version.attempt > 1)::int AS later_passed,
            coalesce(sum((SELECT count(*) FROM version_store.spot_check_error error
                           WHERE error.check_id = spot.check_id)), 0)::int AS errors,
            count(*) FILTER (WHERE spot.verdict = 'not_publishable' AND version.verdict = 'pass')::int AS blind_spots
       FROM version_store.spot_check_item item
       JOIN version_store.content_version version ON version.version_id = item.version_id
       LEFT JOIN version_store.spot_check spot
         ON spot.sample_id = item.sample_id AND spot.version_id = item.version_id
      WHERE item.sample_id = $1
      GROUP BY 1, 2) strata
     ORDER BY strata.language COLLATE "C", strata.category COLLATE "C"`,
    [sampleId],
  );
}

test.describe.configure({ mode: 'serial' });

let published = 0;
let strata = 0;

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  migrateServices(['console'], pipeline.infra.serviceEnv);
  await ensureTestAdmin((sql, parameters) => pipeline.query(sql, parameters));
  await pipeline.start();
  await consoleApp.start();
  await pipeline.publishCatalogLines(catalogue.lines);
  // Settled: every SKU has an English version and the job's versions have stopped changing for 8 s (the
  // derived languages and any regenerations are done).
  let previous = '';
  let stableSince = Date.now();
  const rows = await waitFor(
    async () => {
      const versions = await pipeline.query<{ sku_id: string; status: string; language: string }>(
        `SELECT sku_id, status, language FROM version_store.content_version WHERE job_id = $1`,
        [jobId],
      );
      const fingerprint = versions
        .map((row) => `${row.sku_id}/${row.language}/${row.status}`)
        .sort()
        .join();
      if (fingerprint !== previous) {
        previous = fingerprint;
        stableSince = Date.now();
      }
      return versions;
    },
    (versions) =>
      new Set(versions.filter((row) => row.language === 'en').map((row) => row.sku_id)).size === SKUS &&
      Date.now() - stableSince >= 8_000,
    { timeoutMs: 6 * 60_000, intervalMs: 1_000, description: `${SKUS} SKUs published and settled` },
  );
  published = rows.filter((row) => row.status === 'active').length;
  expect(published).toBeGreaterThan(SKUS);
  const [{ count }] = await pipeline.query<{ count: number }>(
    `SELECT count(DISTINCT (language, source->>'category'))::int AS count
       FROM version_store.content_version WHERE job_id = $1 AND status = 'active'`,
    [jobId],
  );
  strata = count;
});

test.afterAll(async () => {
  await consoleApp.stop();
  await pipeline.stop();
});

test('an operator draws a sample of what the job published, one version per language × category', async ({
  page,
}) => {
  await page.goto(screenUrl);
  await signInWithKeyboard(page, ADMIN);
  await expect(page.getByRole('heading', { name: 'Spot checks' })).toBeVisible();
  await expect(page.getByLabel('Job', { exact: true })).toHaveValue(jobId);
  await page.getByLabel('Seed').fill('20261206');
  await page.getByLabel('Versions per language × category').fill('1');
  await page.getByLabel('Versions per language × category').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Drew' })).toHaveText(
    `Drew ${strata} of ${published} published versions (seed 20261206)`,
  );
  await expect(page.getByTestId('report-summary')).toContainText(`0 of ${strata} checked`);
  await expectAccessible(page, 'spot checks (operator)');

  // The reviewer who does the checks (an admin acts as an operator, whose checks the version store refuses).
  const session = await page.request.get(`${consoleUrl}/api/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const added = await page.request.post(`${consoleUrl}/api/people`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { email: REVIEWER.email, displayName: 'Sam Spot', role: 'reviewer', password: REVIEWER.password },
  });
  expect(added.status()).toBe(201);
});

test('a reviewer completes every spot check by keyboard; the report updates and matches a recount', async ({
  page,
}) => {
  test.setTimeout(6 * 60_000);
  await page.goto(screenUrl);
  await signInWithKeyboard(page, REVIEWER);
  await expect(page.getByTestId('pending-count')).toHaveText(`${strata} pending`);
  const heading = page.locator('#spot-item-title');
  const summary = page.getByTestId('report-summary');

  // j / k move through the pending versions.
  const first = await heading.textContent();
  await page.keyboard.press('j');
  await expect(heading).not.toHaveText(first ?? '');
  await page.keyboard.press('k');
  await expect(heading).toHaveText(first ?? '');

  const marked: { skuLanguage: string; field: string; start: number; end: number; text: string }[] = [];
  let failed = 0;
  for (let checked = 0; checked < strata; checked++) {
    const title = (await heading.textContent()) ?? '';
    const language = / · ([a-z]{2}) · /.exec(title)?.[1];
    if (language === 'ja' || checked % 4 === 0) {
      // Not publishable: one accuracy/numbers error on characters 1–4 of the SEO title.
      const text = await selectText(page, 'seoTitle', 1, 4);
      await page.keyboard.press('e');
      const category = page.getByLabel('Error category');
      await expect(category).toBeFocused();
      for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
      await expect(category).toHaveValue('accuracy/numbers');
      await expect(page.getByLabel('Span start')).toHaveValue('1');
      await expect(page.getByLabel('Span end')).toHaveValue('4');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('list', { name: 'Errors marked' })).toContainText(
        'accuracy/numbers · major · seoTitle [1, 4)',
      );
      await page.keyboard.press('n');
      await expect(page.getByTestId('draft-verdict')).toHaveText('Verdict: not publishable');
      marked.push({
        skuLanguage: title.split(' · ').slice(0, 2).join(' · '),
        field: 'seoTitle',
        start: 1,
        end: 4,
        text,
      });
      failed += 1;
      if (language === 'ja' && marked.filter((mark) => mark.skuLanguage.endsWith(' · ja')).length === 1) {
        await expectAccessible(page, 'spot check with an error');
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, 'spot-check-item.png') });
      }
    } else {
      await page.keyboard.press('p');
      await expect(page.getByTestId('draft-verdict')).toHaveText('Verdict: publishable');
    }
    await page.keyboard.press('Enter');
    await expect(summary).toContainText(`${checked + 1} of ${strata} checked`);
    await expect(page.getByTestId('pending-count')).toHaveText(`${strata - checked - 1} pending`);
  }
  await expect(page.getByText('Every version of this sample is checked.')).toBeVisible();
  await expect(summary).toContainText(`${failed} errors`);
  expect(marked.some((mark) => mark.skuLanguage.endsWith(' · ja'))).toBe(true);

  // The checks as stored: the reviewer's, with the selected spans as UTF-16 offsets of the field.
  const [{ sample_id: sampleId }] = await pipeline.query<{ sample_id: string }>(
    `SELECT sample_id FROM version_store.spot_check_sample WHERE job_id = $1`,
    [jobId],
  );
  const stored = await pipeline.query<{
    sku_id: string;
    language: string;
    reviewer: string;
    span_start: number;
    span_end: number;
    seo_title: string;
  }>(
    `SELECT version.sku_id, version.language, spot.reviewer, error.span_start, error.span_end,
            version.content->>'seoTitle' AS seo_title
       FROM version_store.spot_check spot
       JOIN version_store.content_version version ON version.version_id = spot.version_id
       JOIN version_store.spot_check_error error ON error.check_id = spot.check_id
      WHERE spot.sample_id = $1 AND error.category = 'accuracy/numbers'`,
    [sampleId],
  );
  expect(stored).toHaveLength(marked.length);
  for (const row of stored) {
    const mark = marked.find((candidate) => candidate.skuLanguage === `${row.sku_id} · ${row.language}`);
    expect({ reviewer: row.reviewer, start: row.span_start, end: row.span_end, text: mark?.text }).toEqual({
      reviewer: REVIEWER.email,
      start: 1,
      end: 4,
      text: row.seo_title.slice(1, 4),
    });
  }

  // The report on the screen, and the one the API answers, against an independent recount from the tables.
  const expected = await recount(sampleId);
  const tableRows = page
    .getByRole('table', { name: 'Pass rate per language and category' })
    .locator('tbody tr');
  await expect(tableRows).toHaveCount(expected.length);
  const shown = await Promise.all((await tableRows.all()).map((row) => row.locator('td').allTextContents()));
  expect(
    shown.map((cells) => [cells[0], cells[1], cells[2], cells[3], cells[4], cells[6], cells[7]]),
  ).toEqual(
    expected.map((row) =>
      [row.language, row.category, row.sampled, row.checked, row.passed, row.errors, row.blind_spots].map(
        String,
      ),
    ),
  );
  const answer = await page.request.get(`${consoleUrl}/api/spot-checks/${sampleId}/report`);
  expect(answer.status()).toBe(200);
  const report = (await answer.json()) as {
    overall: { checked: number; all: { passed: number }; errors: { total: number }; blindSpots: number };
    rows: {
      language: string;
      category: string;
      sampled: number;
      checked: number;
      all: { passed: number; passRate: number; wilson95: { lower: number; upper: number } };
      firstAttempt: { checked: number; passed: number };
      afterRegeneration: { checked: number; passed: number };
      errors: { total: number };
      blindSpots: number;
    }[];
  };
  expect(
    report.rows.map((row) => ({
      language: row.language,
      category: row.category,
      sampled: row.sampled,
      checked: row.checked,
      passed: row.all.passed,
      first_checked: row.firstAttempt.checked,
      first_passed: row.firstAttempt.passed,
      later_checked: row.afterRegeneration.checked,
      later_passed: row.afterRegeneration.passed,
      errors: row.errors.total,
      blind_spots: row.blindSpots,
    })),
  ).toEqual(expected);
  for (const row of report.rows) {
    expect(row.all.wilson95.lower).toBeLessThanOrEqual(row.all.passRate);
    expect(row.all.wilson95.upper).toBeGreaterThanOrEqual(row.all.passRate);
  }
  expect(report.overall).toMatchObject({
    checked: strata,
    all: { passed: strata - failed },
    errors: { total: failed },
  });
  await expect(summary).toContainText(`${strata} of ${strata} checked`);
  await expect(summary).toContainText(`${report.overall.blindSpots} gate blind spots`);

  // The CSV export link: one row per check after the header.
  const csvLink = page.getByRole('link', { name: 'Export checks (CSV)' });
  const csv = await page.request.get(new URL((await csvLink.getAttribute('href')) ?? '', consoleUrl).href);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).split('\r\n').filter((line) => line.length > 0);
  expect(lines).toHaveLength(strata + 1);

  // Usable at 1280 px: nothing wider than the window.
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
  await expectAccessible(page, 'spot checks (report)');
  await page.screenshot({ path: join(SCREENSHOTS, 'spot-check-report.png'), fullPage: true });
});
