import AxeBuilder from '@axe-core/playwright';
import { Browser, expect, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineUnderTest, ServiceProcess, WORKSPACE_ROOT } from '@content-pipeline/testing';
import { hashPassword } from '../src/people/password-hash';

const SCREENSHOTS = join(WORKSPACE_ROOT, 'tmp', 'console-screens');
const DOCS = join(WORKSPACE_ROOT, 'docs', 'console');

/**
 * The browser tests' own administrator. It is written to the console's table by `ensureTestAdmin`, not created from
 * CONSOLE_ADMIN_EMAIL: the console creates that one only while it has no administrator, so after a demo on the same
 * database the tests could not sign in with a password of their own.
 */
export const ADMIN = { email: 'browser-tests-admin@example.com', password: 'browser tests admin password' };

/** Creates the tests' administrator, or gives it back its role and password; other people are left as they are. */
export async function ensureTestAdmin(
  query: (sql: string, parameters: unknown[]) => Promise<unknown>,
): Promise<void> {
  await query(
    `INSERT INTO console.person (email, display_name, role, password_hash, active)
     VALUES ($1, 'Browser tests admin', 'admin', $2, true)
     ON CONFLICT (email) DO UPDATE SET role = 'admin', active = true, password_hash = EXCLUDED.password_hash`,
    [ADMIN.email, await hashPassword(ADMIN.password)],
  );
}

/** The console's own environment for a browser test, on the pipeline's services. */
function consoleEnv(
  serviceEnv: Record<string, string>,
  versionStorePort: number,
  jobServicePort: number,
  serviceApiKey: string,
): Record<string, string> {
  return {
    ...serviceEnv,
    LOG_LEVEL: 'warn',
    CONSOLE_VERSION_STORE_URL: `http://127.0.0.1:${versionStorePort}`,
    CONSOLE_JOB_API_URL: `http://127.0.0.1:${jobServicePort}`,
    CONSOLE_SERVICE_API_KEY: serviceApiKey,
  };
}

/** The console process for a browser spec, beside its pipeline, acting on the services with its own operator key. */
export function consoleBeside(
  pipeline: PipelineUnderTest,
  port: number,
  serviceApiKey: string,
): ServiceProcess {
  return new ServiceProcess(
    'console',
    port,
    consoleEnv(
      pipeline.infra.serviceEnv,
      pipeline.service('version-store').port,
      pipeline.service('job-service').port,
      serviceApiKey,
    ),
  );
}

/**
 * The reviewer's fix for an over-long title: its leading segments up to the 60-character limit. Cutting it to the
 * first segment alone would leave it under the 30-character minimum, a warning that sends the edit back to review.
 */
export function titleWithinLimits(tooLong: string): string {
  const [first, ...rest] = tooLong.split(' | ');
  let title = first;
  for (const segment of rest) {
    const longer = `${title} | ${segment}`;
    if (longer.length > 60) break;
    title = longer;
  }
  return title;
}

/** Signs in from the sign-in form, which has the focus when the page opens, with the keyboard alone. */
export async function signInWithKeyboard(page: Page, who: { email: string; password: string }) {
  await expect(page.getByLabel('E-mail')).toBeFocused();
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** axe-core finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect({ screen, serious: serious.map((violation) => `${violation.id}: ${violation.help}`) }).toEqual({
    screen,
    serious: [],
  });
}

/** A screenshot under tmp/console-screens/, and under docs/console/ for the README's images. */
export async function screenshot(page: Page, name: string, docs = false) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  if (docs) {
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, `${name}.png`), fullPage: false });
  }
}

/** Calls a service's API with a service key (the tests check what the page did where it landed). */
export function serviceApi(baseUrl: string, apiKey: string) {
  return async function call<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${apiKey}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  };
}

/** A person of this run, added by the administrator on the people page (its own browser page). */
export async function addPerson(
  browser: Browser,
  consoleUrl: string,
  person: {
    email: string;
    password: string;
    name: string;
    role: 'viewer' | 'reviewer' | 'operator' | 'admin';
  },
): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`${consoleUrl}/people`);
  await signInWithKeyboard(page, ADMIN);
  await page.getByLabel('E-mail', { exact: true }).fill(person.email);
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Role', { exact: true }).selectOption(person.role);
  await page.getByLabel(/Initial password/).fill(person.password);
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('cell', { name: person.email })).toBeVisible();
  await page.close();
}
