import { expect, test } from '@playwright/test';
import {
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
} from './console-browser.helpers';

// A queue with two kinds of items: over-long titles (critical) and copies without a call to action (warning
// only). Bulk approval takes the second kind and refuses the first; an approved item then runs an A/B test.
const CRITICAL_ITEMS = 2;
const WARNING_ITEMS = 3;
const BASE_PORT = 5500;
const CONSOLE_PORT = BASE_PORT + 10;
const CONSOLE_KEY = 'browser-approved-key-0001';

const jobId = uniqueRunTag('bulk');
const runTag = jobId.replace(/[^A-Za-z0-9]/g, '');
// Deciding is a reviewer's: the version store takes approvals from reviewers only, not operators or admins.
const REVIEWER = { email: `bulk-${runTag.toLowerCase()}@example.com`, password: 'approves in bulk' };
const pipeline = new PipelineUnderTest(jobId, BASE_PORT, ['--fault', 'long_title=1'], {
  API_KEYS: `${CONSOLE_KEY}:operator:review-console`,
  API_ACTING_PRINCIPALS: 'review-console',
});
const versionStore = serviceApi(`http://127.0.0.1:${pipeline.service('version-store').port}`, CONSOLE_KEY);
const consoleApp = consoleBeside(pipeline, CONSOLE_PORT, CONSOLE_KEY);
const consoleUrl = `http://127.0.0.1:${CONSOLE_PORT}`;
const sample = sampleCatalog({
  count: CRITICAL_ITEMS + WARNING_ITEMS,
  skuIdFor: (id, index) => `${runTag}-${index}-${id}`,
});
const criticalLines = sample.lines.slice(0, CRITICAL_ITEMS);
const warningLines = sample.lines.slice(CRITICAL_ITEMS);
const skuOf = (line: string) => (JSON.parse(line) as { sku_id: string }).sku_id;

interface QueuedVersion {
  versionId: string;
  versionNumber: number;
  skuId: string;
  score: number;
  content: Record<string, unknown> & { marketingCopyB: string };
  issues: { severity: string }[];
}

function englishInReview(count: number) {
  return waitFor(
    () =>
      pipeline.query<{ waiting: string }>(
        `SELECT count(*) AS waiting FROM version_store.content_version
          WHERE job_id = $1 AND language = 'en' AND verdict = 'human_review' AND attempt = 3`,
        [jobId],
      ),
    (rows) => Number(rows[0].waiting) === count,
    { timeoutMs: 4 * 60_000, intervalMs: 2_000, description: `${count} English items in human review` },
  );
}

async function simulatorFaults(faults: Record<string, number>): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${pipeline.simulatorPort}/_sim/config`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
  expect(response.status).toBe(200);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(10 * 60_000);
  migrateServices(['console'], pipeline.infra.serviceEnv);
  await ensureTestAdmin((sql, parameters) => pipeline.query(sql, parameters));
  await pipeline.start();
  await consoleApp.start();
  await addPerson(browser, consoleUrl, { ...REVIEWER, name: 'Bea Bulk', role: 'reviewer' });
  await pipeline.publishCatalogLines(criticalLines);
  await englishInReview(CRITICAL_ITEMS);
  await simulatorFaults({ long_title: 0, missing_cta: 1 });
  await pipeline.publishCatalogLines(warningLines);
  await englishInReview(CRITICAL_ITEMS + WARNING_ITEMS);
});

test.afterAll(async () => {
  await consoleApp.stop();
  await pipeline.stop();
});

test('a reviewer bulk-approves a job’s queue above a score; items with a critical issue are refused', async ({
  page,
}) => {
  const queued = await versionStore<{ items: QueuedVersion[] }>(
    'GET',
    `/review-queue?jobId=${encodeURIComponent(jobId)}&language=en&limit=50`,
  );
  expect(queued.items).toHaveLength(CRITICAL_ITEMS + WARNING_ITEMS);
  await page.goto(`${consoleUrl}/?jobId=${encodeURIComponent(jobId)}&language=en`);
  await signInWithKeyboard(page, REVIEWER);
  await expect(page.getByRole('heading', { name: /Review queue/ })).toContainText(
    `${CRITICAL_ITEMS + WARNING_ITEMS} waiting`,
  );
  const minScore = page.getByLabel('Minimum score');
  await minScore.fill('50');
  // Two steps: the first names what the second will do.
  await minScore.press('Enter');
  await expect(page.getByRole('button', { name: /Confirm: approve every filtered item/ })).toBeVisible();
  await minScore.press('Enter');
  const outcome = page.getByRole('status').filter({ hasText: /^Approved/ });
  await expect(outcome).toHaveText(
    `Approved ${WARNING_ITEMS} items; refused ${CRITICAL_ITEMS} with a critical issue; 0 below the score`,
  );
  await expect(page.getByRole('list', { name: 'Not approved' }).getByRole('listitem')).toHaveCount(
    CRITICAL_ITEMS,
  );
  await expect(page.getByRole('heading', { name: /Review queue/ })).toContainText(
    `${CRITICAL_ITEMS} waiting`,
  );
  await expectAccessible(page, 'bulk approval');
  await screenshot(page, 'bulk-approval');

  // Each approved item is the one shown now, approved in the signed-in person's name; the refused wait on.
  for (const version of queued.items) {
    const { review } = await versionStore<{ review: { decision: string; reviewer: string } | null }>(
      'GET',
      `/versions/${version.versionId}`,
    );
    const critical = version.issues.some((issue) => issue.severity === 'critical');
    expect({ sku: version.skuId, review }).toEqual({
      sku: version.skuId,
      review: critical ? null : expect.objectContaining({ decision: 'approved', reviewer: REVIEWER.email }),
    });
    if (critical) continue;
    const active = await versionStore<{ versionId: string }>(
      'GET',
      `/skus/${version.skuId}/languages/en/active`,
    );
    expect(active.versionId).toBe(version.versionId);
  }
  expect(
    new Set(
      queued.items
        .filter((item) => item.issues.every((i) => i.severity !== 'critical'))
        .map((item) => item.skuId),
    ),
  ).toEqual(new Set(warningLines.map(skuOf)));
});

test('an operator reads an A/B experiment: impressions, conversions, rate, confidence and the winner', async ({
  page,
}) => {
  // The approved version is the control; a person's copy with a call to action is the challenger.
  const skuId = skuOf(warningLines[0]);
  const control = await versionStore<{ versionId: string; content: QueuedVersion['content'] }>(
    'GET',
    `/skus/${skuId}/languages/en/active`,
  );
  const submitted = await versionStore<{ submissionId: string }>(
    'POST',
    `/skus/${skuId}/languages/en/variants/human`,
    {
      content: { ...control.content, marketingCopyB: `${control.content.marketingCopyB} Order yours today.` },
      reason: 'copy B with a call to action',
    },
  );
  const challenger = await waitFor(
    () =>
      versionStore<{ versionId: string | null; versionNumber: number | null }>(
        'GET',
        `/human-submissions/${submitted.submissionId}`,
      ),
    (submission) => submission.versionId !== null,
    { timeoutMs: 60_000, intervalMs: 500, description: 'the challenger gated' },
  );
  const experiment = await versionStore<{ variants: { variantId: string; isControl: boolean }[] }>(
    'POST',
    `/skus/${skuId}/languages/en/variants`,
    {
      versionId: challenger.versionId,
      weight: 50,
      label: 'B',
      reason: `does a CTA in copy B sell more (${runTag})`,
    },
  );
  // 1,000 impressions each; 5 % against 7.5 % conversions: z ≈ 2.31, p ≈ 0.021, significant at 95 %.
  for (const variant of experiment.variants) {
    await versionStore('POST', `/variants/${variant.variantId}/impressions`, { count: 1000 });
    await versionStore('POST', `/variants/${variant.variantId}/conversions`, {
      count: variant.isControl ? 50 : 75,
    });
  }

  await page.goto(`${consoleUrl}/history/${encodeURIComponent(skuId)}/en`);
  await signInWithKeyboard(page, ADMIN);
  const variants = page.getByRole('table', { name: 'Variants' });
  await expect(variants.getByRole('row', { name: /^control \(control\)/ })).toContainText('1000');
  await expect(variants.getByRole('row', { name: /^control \(control\)/ })).toContainText('5.0 %');
  const winner = variants.getByRole('row', { name: /B — winner/ });
  await expect(winner).toContainText(`#${challenger.versionNumber}`);
  await expect(winner).toContainText('7.5 %');
  await expect(winner).toContainText(/97\.9 % \(significant\)/);
  await expect(page.getByText('B converts better than control (significant at 95 %)')).toBeVisible();
  await expectAccessible(page, 'experiment');
  await screenshot(page, 'experiment', true);
});
