import { expect, test } from '@playwright/test';
import { catalogLineKey, Headers, Topics } from '@content-pipeline/contracts';
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
  serviceApi,
  signInWithKeyboard,
} from './console-browser.helpers';

// What an operator does for a job: a budget pause lifted from the page, dead letters read and re-driven.
const ITEMS = 3;
const BASE_PORT = 5400;
const CONSOLE_PORT = BASE_PORT + 10;
const CONSOLE_KEY = 'browser-job-ops-key-0001';

const jobId = uniqueRunTag('jobops');
const runTag = jobId.replace(/[^A-Za-z0-9]/g, '');
const pipeline = new PipelineUnderTest(jobId, BASE_PORT, [], {
  API_KEYS: `${CONSOLE_KEY}:operator:review-console`,
  API_ACTING_PRINCIPALS: 'review-console',
});
const jobApiUrl = `http://127.0.0.1:${pipeline.service('job-service').port}`;
const consoleApp = consoleBeside(pipeline, CONSOLE_PORT, CONSOLE_KEY);
const jobsLink = `http://127.0.0.1:${CONSOLE_PORT}/jobs?jobId=${encodeURIComponent(jobId)}`;
const sample = sampleCatalog({ count: ITEMS + 1, skuIdFor: (id, index) => `${runTag}-${index}-${id}` });
// The last line is kept back: it becomes the dead letter.
const [deadLetterLine] = sample.lines.splice(ITEMS, 1);
const deadLetterSku = catalogLineKey(deadLetterLine) as string;

interface JobAnswer {
  budget_usd: number | null;
  admitted: boolean;
  paused_reason: string | null;
  progress: { cost_usd_so_far: number; completed: number };
}

const jobApi = serviceApi(jobApiUrl, CONSOLE_KEY);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(6 * 60_000);
  migrateServices(['console'], pipeline.infra.serviceEnv);
  await ensureTestAdmin((sql, parameters) => pipeline.query(sql, parameters));
  await pipeline.start();
  await consoleApp.start();
  await pipeline.publishCatalogLines(sample.lines);
  await waitFor(
    () => jobApi<JobAnswer>('GET', `/api/batch/${jobId}`).catch(() => null),
    (job) => job !== null && job.progress.completed >= ITEMS && job.progress.cost_usd_so_far > 0.002,
    { timeoutMs: 4 * 60_000, intervalMs: 2_000, description: `${ITEMS} tasks completed and priced` },
  );
});

test.afterAll(async () => {
  await consoleApp.stop();
  await pipeline.stop();
});

test('an operator sees the job paused on its budget, raises the budget and resumes it from the page', async ({
  page,
}) => {
  // A cap below what the job has cost already pauses it, as an overspend would.
  await jobApi('PATCH', `/api/batch/${jobId}`, { budgetUsd: 0.001 });
  await page.goto(jobsLink);
  await signInWithKeyboard(page, ADMIN);
  await expect(page.getByRole('alert')).toContainText('Paused:');
  await expectAccessible(page, 'job paused');
  await screenshot(page, 'job-paused', true);

  await page.getByLabel('Budget cap (USD)').fill('5');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Budget raised and job resumed' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const job = await jobApi<JobAnswer>('GET', `/api/batch/${jobId}`);
  expect(job).toMatchObject({ budget_usd: 5, admitted: true, paused_reason: null });
});

test('an operator reads a dead letter with its reason and original bytes, and re-drives it', async ({
  page,
}) => {
  // A catalogue line dead-lettered on a transient failure, kept by the job service as it keeps every dead
  // letter: the task, the reason, and the message's topic, key, bytes and headers.
  await pipeline.query(
    `INSERT INTO job_service.job_task (job_id, sku_id, language, task_id, state, attempt, stage, lane,
        dead_letter_topic, dead_letter_key, dead_letter_value, dead_letter_headers, dead_letter_reason,
        dead_letter_error_code, settled_at, updated_at)
     VALUES ($1, $2, 'en', $3, 'dead_lettered', 0, 2, 'bulk', $4, $5, $6, $7, $8, 'ingest_timeout', now(), now())`,
    [
      jobId,
      deadLetterSku,
      `${jobId}:${deadLetterSku}:en`,
      Topics.catalogSkuUpserted.name,
      Buffer.from(deadLetterSku),
      Buffer.from(deadLetterLine, 'utf8'),
      JSON.stringify({ [Headers.jobId]: jobId, [Headers.lane]: 'bulk' }),
      'the database did not answer within 5 s (3 attempts)',
    ],
  );
  await page.goto(jobsLink);
  await signInWithKeyboard(page, ADMIN);
  await expect(page.getByRole('heading', { name: 'Dead letters (1)' })).toBeVisible();
  const letters = page.getByRole('table', { name: 'Dead letters' });
  await expect(letters).toContainText('the database did not answer within 5 s');
  await expect(letters).toContainText(Topics.catalogSkuUpserted.name);
  // The original bytes, opened from the keyboard.
  await letters.getByText(/bytes of/).focus();
  await page.keyboard.press('Enter');
  await expect(letters.locator('pre').first()).toContainText(`"sku_id":"${deadLetterSku}"`);
  await expect(letters.locator('pre').nth(1)).toHaveText(Buffer.from(deadLetterLine).toString('base64'));
  await expectAccessible(page, 'dead letters');
  await screenshot(page, 'job-dead-letters');

  await page.getByRole('button', { name: 'Re-drive 1 dead letter' }).press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Re-driven: 1 dead letter(s) re-driven' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dead letters (0)' })).toBeVisible();
  // The bytes went back to their topic and through the pipeline: the SKU now has a stored version.
  await waitFor(
    () =>
      pipeline.query<{ versions: string }>(
        `SELECT count(*) AS versions FROM version_store.content_version WHERE sku_id = $1 AND job_id = $2`,
        [deadLetterSku, jobId],
      ),
    (rows) => Number(rows[0].versions) > 0,
    { timeoutMs: 120_000, intervalMs: 1_000, description: `re-driven ${deadLetterSku} generated` },
  );
});
