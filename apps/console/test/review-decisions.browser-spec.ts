import { expect, Page, test } from '@playwright/test';
import { Topics } from '@content-pipeline/contracts';
import {
  countTopic,
  migrateServices,
  PipelineUnderTest,
  sampleCatalog,
  uniqueRunTag,
  waitFor,
} from '@content-pipeline/testing';
import {
  addPerson,
  ADMIN,
  ensureTestAdmin,
  consoleBeside,
  expectAccessible,
  screenshot,
  serviceApi,
  signInWithKeyboard,
  titleWithinLimits,
} from './console-browser.helpers';

// Each decision, checked where it lands: the version store's API and the generation topic, not the page.
const ITEMS = 4;
const BASE_PORT = 5300;
const CONSOLE_PORT = BASE_PORT + 10;
const CONSOLE_KEY = 'browser-decisions-key-0001';

const jobId = uniqueRunTag('decide');
const runTag = jobId.replace(/[^A-Za-z0-9]/g, '');
const REVIEWER = {
  email: `reviewer-${runTag.toLowerCase()}@example.com`,
  password: 'reviews every decision',
};
// Every English answer carries an over-long SEO title: three attempts each, then human review.
const pipeline = new PipelineUnderTest(jobId, BASE_PORT, ['--fault', 'long_title=1'], {
  API_KEYS: `${CONSOLE_KEY}:operator:review-console`,
  API_ACTING_PRINCIPALS: 'review-console',
});
const versionStoreUrl = `http://127.0.0.1:${pipeline.service('version-store').port}`;
const consoleApp = consoleBeside(pipeline, CONSOLE_PORT, CONSOLE_KEY);
const consoleUrl = `http://127.0.0.1:${CONSOLE_PORT}`;
const queueLink = `${consoleUrl}/?jobId=${encodeURIComponent(jobId)}&language=en`;
const sample = sampleCatalog({ count: ITEMS, skuIdFor: (id, index) => `${runTag}-${index}-${id}` });

interface StoredVersion {
  versionId: string;
  versionNumber: number;
  taskId: string;
  skuId: string;
  provider: string;
  content: Record<string, unknown> & { seoTitle: string };
}

const versionStore = serviceApi(versionStoreUrl, CONSOLE_KEY);

function activeOf(skuId: string) {
  return versionStore<{ versionId: string; versionNumber: number; content: { seoTitle: string } }>(
    'GET',
    `/skus/${skuId}/languages/en/active`,
  ).catch(() => null);
}

/** Opens the first item of this run's English queue; answers the version under review. */
async function openFirstItem(page: Page, who: { email: string; password: string }): Promise<StoredVersion> {
  await page.goto(queueLink);
  await signInWithKeyboard(page, who);
  await expect(page.getByRole('heading', { name: /Review queue/ })).toContainText('waiting');
  // The first row is selected once the page has the queue; Enter opens it.
  await expect(page.locator('#queue-row-0')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(' · en · attempt ');
  const versionId = /\/items\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
  return (await versionStore<{ version: StoredVersion }>('GET', `/versions/${versionId}`)).version;
}

/** Human copy for a SKU through the version store (gated, never activated on its own); answers its version. */
async function humanCopy(skuId: string, content: StoredVersion['content'], reason: string) {
  const submitted = await versionStore<{ submissionId: string }>(
    'POST',
    `/skus/${skuId}/languages/en/variants/human`,
    { content, reason },
  );
  const settled = await waitFor(
    () =>
      versionStore<{ versionId: string | null; versionNumber: number | null; verdict?: string | null }>(
        'GET',
        `/human-submissions/${submitted.submissionId}`,
      ),
    (submission) => submission.versionId !== null,
    { timeoutMs: 60_000, intervalMs: 500, description: `human copy of ${skuId} gated` },
  );
  return settled as { versionId: string; versionNumber: number };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(8 * 60_000);
  migrateServices(['console'], pipeline.infra.serviceEnv);
  await ensureTestAdmin((sql, parameters) => pipeline.query(sql, parameters));
  await pipeline.start();
  await consoleApp.start();
  await pipeline.publishCatalogLines(sample.lines);
  await addPerson(browser, consoleUrl, { ...REVIEWER, name: 'Rory Reviewer', role: 'reviewer' });
  await waitFor(
    () =>
      pipeline.query<{ waiting: string }>(
        `SELECT count(*) AS waiting FROM version_store.content_version
          WHERE job_id = $1 AND language = 'en' AND verdict = 'human_review' AND attempt = 3`,
        [jobId],
      ),
    (rows) => Number(rows[0].waiting) === ITEMS,
    { timeoutMs: 5 * 60_000, intervalMs: 2_000, description: `${ITEMS} English items in human review` },
  );
});

test.afterAll(async () => {
  await consoleApp.stop();
  await pipeline.stop();
});

test('a reviewer approves an item and the version store shows the approved content active', async ({
  page,
}) => {
  const reviewed = await openFirstItem(page, REVIEWER);
  await page.keyboard.press('e');
  const seoTitle = page.getByLabel('Edit SEO title');
  await expect(seoTitle).toBeFocused();
  const fixed = titleWithinLimits(await seoTitle.inputValue());
  await page.keyboard.press('Control+a');
  await page.keyboard.type(fixed);
  await expect(page.getByText(/No critical issue · score/)).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: `Approved ${reviewed.skuId}` })).toBeVisible();

  const active = await waitFor(
    () => activeOf(reviewed.skuId),
    (shown) => shown !== null,
    { timeoutMs: 60_000, intervalMs: 500, description: `${reviewed.skuId}/en active` },
  );
  expect(active?.content.seoTitle).toBe(fixed);
  expect(active?.versionNumber).toBeGreaterThan(reviewed.versionNumber);
  const decided = await versionStore<{ review: { decision: string; reviewer: string } | null }>(
    'GET',
    `/versions/${reviewed.versionId}`,
  );
  expect(decided.review).toMatchObject({ decision: 'approved_with_edits', reviewer: REVIEWER.email });
  const audit = await versionStore<{ items: { versionId: string; action: string; actor: string }[] }>(
    'GET',
    `/skus/${reviewed.skuId}/languages/en/audit`,
  );
  expect(audit.items[0]).toMatchObject({
    versionId: active?.versionId,
    action: 'activated',
    actor: REVIEWER.email,
  });
});

test('a reviewer rejects an item with a note and the regeneration request carries it on Kafka', async ({
  page,
}) => {
  const reviewed = await openFirstItem(page, REVIEWER);
  const note = `Keep the SEO title under 60 characters (${runTag})`;
  await page.keyboard.press('r');
  await expect(page.getByLabel(/Why reject\?/)).toBeFocused();
  await page.keyboard.type(note);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Rejected ${reviewed.skuId}` })).toBeVisible();

  const decided = await versionStore<{
    review: { decision: string; reviewer: string; notes: string } | null;
  }>('GET', `/versions/${reviewed.versionId}`);
  expect(decided.review).toMatchObject({ decision: 'rejected', reviewer: REVIEWER.email, notes: note });
  const requests = await countTopic(
    pipeline.infra.kafkaBrokers,
    pipeline.codec,
    Topics.generationRequestedBulk,
    jobId,
  );
  const regeneration = requests.values.filter(
    (request) => request.taskId === reviewed.taskId && request.feedback === note,
  );
  expect(regeneration).toHaveLength(1);
  expect(regeneration[0].attempt).toBeGreaterThan(3);
});

test('an operator compares two versions word by word, activates the later and rolls back to the earlier with a reason', async ({
  page,
}) => {
  // Two human copies of a SKU still waiting in review: the reviewer's fixed title, then the same with dashes.
  const waiting = await versionStore<{ items: StoredVersion[] }>(
    'GET',
    `/review-queue?jobId=${encodeURIComponent(jobId)}&language=en&sort=age&limit=10`,
  );
  // The oldest: untouched by the tests before (a rejected item comes back as a newer attempt).
  const target = waiting.items[0];
  const earlierTitle = titleWithinLimits(target.content.seoTitle);
  const laterTitle = earlierTitle.replace(' | ', ' - ');
  expect(laterTitle).not.toBe(earlierTitle);
  const earlier = await humanCopy(target.skuId, { ...target.content, seoTitle: earlierTitle }, 'first fix');
  const later = await humanCopy(
    target.skuId,
    { ...target.content, seoTitle: laterTitle },
    'dashes read better',
  );

  await page.goto(`${consoleUrl}/history/${encodeURIComponent(target.skuId)}/en`);
  await signInWithKeyboard(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${target.skuId} · en — versions`);
  // The default comparison is the newest against the one before it: the title's separator changed.
  await expect(page.getByLabel('From version')).toHaveValue(earlier.versionId);
  await expect(page.getByLabel('To version')).toHaveValue(later.versionId);
  const changes = page.getByRole('table', {
    name: `Changes from #${earlier.versionNumber} to #${later.versionNumber}`,
  });
  await expect(changes.getByRole('row', { name: /SEO title/ }).locator('del')).toHaveText('|');
  await expect(changes.getByRole('row', { name: /SEO title/ }).locator('ins')).toHaveText('-');
  await expect(page.getByText('7 of 8 fields unchanged')).toBeVisible();
  await expectAccessible(page, 'history');
  await screenshot(page, 'history-diff', true);

  // Activate the later copy, then roll back to the earlier one; each with its reason, by keyboard.
  await page.getByRole('button', { name: `Activate #${later.versionNumber}` }).press('Enter');
  await expect(page.getByLabel(/Why activate/)).toBeFocused();
  await page.keyboard.type('Dashes test better on mobile');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`Version #${later.versionNumber} is active now`);
  expect((await activeOf(target.skuId))?.versionId).toBe(later.versionId);

  await page.getByRole('button', { name: `Roll back to #${earlier.versionNumber}` }).press('Enter');
  await expect(page.getByLabel(/Why roll back to/)).toBeFocused();
  const reason = `Merchandising asked for the bar separator back (${runTag})`;
  await page.keyboard.type(reason);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`Version #${earlier.versionNumber} is active now`);
  await expectAccessible(page, 'history after rollback');

  const active = await activeOf(target.skuId);
  expect(active).toMatchObject({ versionId: earlier.versionId, content: { seoTitle: earlierTitle } });
  const audit = await versionStore<{
    items: { versionId: string; action: string; actor: string; reason: string }[];
  }>('GET', `/skus/${target.skuId}/languages/en/audit`);
  expect(audit.items.slice(0, 2)).toEqual([
    expect.objectContaining({
      versionId: earlier.versionId,
      action: 'rolled_back',
      actor: ADMIN.email,
      reason,
    }),
    expect.objectContaining({ versionId: later.versionId, action: 'activated', actor: ADMIN.email }),
  ]);
  // The comparison says who did what and why.
  await expect(page.getByText(`rolled back by ${ADMIN.email}`, { exact: false }).first()).toBeVisible();
});
