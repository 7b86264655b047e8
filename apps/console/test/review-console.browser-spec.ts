import { expect, test } from '@playwright/test';
import {
  migrateServices,
  PipelineUnderTest,
  sampleCatalog,
  uniqueRunTag,
  waitFor,
} from '@content-pipeline/testing';
import {
  ADMIN,
  ensureTestAdmin,
  consoleBeside,
  expectAccessible,
  screenshot,
  signInWithKeyboard,
  titleWithinLimits,
} from './console-browser.helpers';

const ITEMS = 50;
const BASE_PORT = 5200;
const CONSOLE_PORT = BASE_PORT + 10;
const CONSOLE_KEY = 'browser-console-key-0001';
const REVIEWER = { email: 'rita@example.com', password: 'rita reviews content' };

const jobId = uniqueRunTag('console');
// Every English answer carries an over-long SEO title: three attempts each, then human review.
const pipeline = new PipelineUnderTest(jobId, BASE_PORT, ['--fault', 'long_title=1'], {
  API_KEYS: `${CONSOLE_KEY}:operator:review-console`,
  API_ACTING_PRINCIPALS: 'review-console',
});
const consoleApp = consoleBeside(pipeline, CONSOLE_PORT, CONSOLE_KEY);
const consoleUrl = `http://127.0.0.1:${CONSOLE_PORT}`;
// The index keeps the SKU ids distinct where the sample repeats a SKU with a changed sentence.
const sample = sampleCatalog({
  count: ITEMS,
  skuIdFor: (id, index) => `${jobId.replace(/[^A-Za-z0-9]/g, '')}-${index}-${id}`,
});

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  migrateServices(['console'], pipeline.infra.serviceEnv);
  await ensureTestAdmin((sql, parameters) => pipeline.query(sql, parameters));
  await pipeline.start();
  await consoleApp.start();
  await pipeline.publishCatalogLines(sample.lines);
  await waitFor(
    () =>
      pipeline.query<{ waiting: string }>(
        `SELECT count(*) AS waiting FROM version_store.content_version WHERE job_id = $1 AND verdict = 'human_review'`,
        [jobId],
      ),
    (rows) => Number(rows[0].waiting) === ITEMS,
    { timeoutMs: 6 * 60_000, intervalMs: 2_000, description: `${ITEMS} items in human review` },
  );
});

test.afterAll(async () => {
  await consoleApp.stop();
  await pipeline.stop();
});

test('an admin adds a reviewer, who signs in and sees the job progress', async ({ page }) => {
  await page.goto(`${consoleUrl}/people`);
  await signInWithKeyboard(page, ADMIN);
  await page.getByLabel('E-mail', { exact: true }).fill(REVIEWER.email);
  await page.getByLabel('Name').fill('Rita Reviewer');
  await page.getByLabel('Role', { exact: true }).selectOption('reviewer');
  await page.getByLabel(/Initial password/).fill(REVIEWER.password);
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('cell', { name: REVIEWER.email })).toBeVisible();
  await expectAccessible(page, 'people');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('E-mail')).toBeVisible();

  await page.goto(`${consoleUrl}/jobs?jobId=${encodeURIComponent(jobId)}`);
  await signInWithKeyboard(page, REVIEWER);
  await expect(page.getByLabel('Job', { exact: true })).toHaveValue(jobId);
  await expect(page.getByLabel('Progress', { exact: true })).toBeVisible();
  await expect(page.getByText(/tasks\/min/)).toBeVisible();
  await expectAccessible(page, 'jobs');
  await screenshot(page, 'job-dashboard', true);
});

test('the session cookie is httpOnly and a write without the CSRF token is refused', async ({
  page,
  request,
}) => {
  await page.goto(consoleUrl);
  await signInWithKeyboard(page, REVIEWER);
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'console_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  const withoutToken = await request.delete(`${consoleUrl}/api/session`, {
    headers: { cookie: `console_session=${cookie?.value}` },
  });
  expect(withoutToken.status()).toBe(403);
  expect((await request.get(`${consoleUrl}/api/review/queue`)).status()).toBe(401);
});

test(`a reviewer clears a queue of ${ITEMS} flagged items with the keyboard alone`, async ({ page }) => {
  test.setTimeout(12 * 60_000);
  // English only: each approval derives the other languages, whose titles the simulator also makes too long, so
  // they join the job's queue while the reviewer works through the English masters.
  await page.goto(`${consoleUrl}/?jobId=${encodeURIComponent(jobId)}&language=en`);
  await signInWithKeyboard(page, REVIEWER);
  await expect(page.getByRole('heading', { name: /Review queue/ })).toContainText(`${ITEMS} waiting`);
  await expectAccessible(page, 'queue');
  await screenshot(page, 'review-queue', true);
  await page.keyboard.press('Enter');

  for (let cleared = 0; cleared < ITEMS; cleared++) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(' · en · attempt 3');
    const title = await heading.textContent();
    if (cleared === 0) {
      await expect(page.locator('mark.critical, .issues li.critical').first()).toBeVisible();
      await expectAccessible(page, 'item');
      await screenshot(page, 'item-view', true);
      // As generated, the item has a critical issue: approval is refused.
      await page.keyboard.press('a');
      await expect(page.getByRole('alert')).toContainText(/Cannot approve while \d+ critical issue/);
    }
    await page.keyboard.press('e');
    const seoTitle = page.getByLabel('Edit SEO title');
    await expect(seoTitle).toBeFocused();
    const tooLong = await seoTitle.inputValue();
    if (cleared === 0) {
      // An edit that keeps the critical issue cannot be approved either.
      await page.keyboard.press('End');
      await page.keyboard.type(' and more');
      await expect(page.getByText(/critical issue.* open — fix before approving/)).toBeVisible();
      await page.keyboard.press('Control+Enter');
      await expect(page.getByRole('alert')).toContainText('critical issue(s) remain in the edit');
      await screenshot(page, 'item-edit-refused');
    }
    await page.keyboard.press('Control+a');
    await page.keyboard.type(titleWithinLimits(tooLong));
    await expect(page.getByText(/No critical issue · score/)).toBeVisible();
    await page.keyboard.press('Control+Enter');
    if (cleared < ITEMS - 1) await expect(heading).not.toHaveText(title ?? '');
  }
  await expect(page.getByText('Nothing waits for review with these filters.')).toBeVisible();

  const decisions = await pipeline.query<{ decision: string; reviewer: string; sku_id: string }>(
    `SELECT decision, reviewer, sku_id FROM version_store.review_decision WHERE job_id = $1`,
    [jobId],
  );
  expect(decisions).toHaveLength(ITEMS);
  expect(new Set(decisions.map((row) => `${row.decision} by ${row.reviewer}`))).toEqual(
    new Set([`approved_with_edits by ${REVIEWER.email}`]),
  );
  // Each edit went through the gate and became the active version, audited in the reviewer's name.
  const audited = await waitFor(
    () =>
      pipeline.query<{ sku_id: string; actor: string; provider: string }>(
        `SELECT audit.sku_id, audit.actor, version.provider
           FROM version_store.activation_audit audit
           JOIN version_store.content_version version ON version.version_id = audit.version_id
          WHERE version.job_id = $1 AND audit.action = 'activated'`,
        [jobId],
      ),
    (rows) => rows.length === ITEMS,
    { timeoutMs: 120_000, intervalMs: 1_000, description: `${ITEMS} reviewed edits activated` },
  );
  expect(new Set(audited.map((row) => `${row.provider} by ${row.actor}`))).toEqual(
    new Set([`human by ${REVIEWER.email}`]),
  );
  expect(new Set(audited.map((row) => row.sku_id))).toEqual(sample.skuIds);
});
