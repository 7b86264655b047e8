import { expect, test } from '@playwright/test';
import { ProviderHoldChanged, Topics } from '@content-pipeline/contracts';
import {
  AvroCodec,
  EventPublisher,
  KafkaJsBrokerClient,
  provisionTopics,
} from '@content-pipeline/kafka-runtime';
import { migrateServices, PipelineUnderTest, uniqueRunTag } from '@content-pipeline/testing';
import {
  ADMIN,
  consoleBeside,
  ensureTestAdmin,
  expectAccessible,
  screenshot,
  signInWithKeyboard,
} from './console-browser.helpers';

// A held provider, as a person meets it on the job screen: the generator group announces the hold on
// content.internal.provider.hold-changed.v1, the job service shows it on every unfinished job, the console's banner
// says what the provider answered and what to do, and goes when the hold is lifted. Only the job service, the
// version store (the console's readiness needs it) and the console run: the hold events are published here as the
// generator's outbox relay publishes them.
const BASE_PORT = 5700;
const CONSOLE_PORT = BASE_PORT + 10;
const CONSOLE_KEY = 'browser-provider-hold-key-01';

const jobId = uniqueRunTag('holdui');
const holdKey = uniqueRunTag('browser-hold');
const pipeline = new PipelineUnderTest(jobId, BASE_PORT, [], {
  API_KEYS: `${CONSOLE_KEY}:operator:review-console`,
  API_ACTING_PRINCIPALS: 'review-console',
});
const jobService = pipeline.service('job-service');
const versionStore = pipeline.service('version-store');
const consoleApp = consoleBeside(pipeline, CONSOLE_PORT, CONSOLE_KEY);
const jobsLink = `http://127.0.0.1:${CONSOLE_PORT}/jobs?jobId=${encodeURIComponent(jobId)}`;
const broker = new KafkaJsBrokerClient({
  clientId: `${jobId}-hold`,
  brokers: pipeline.infra.kafkaBrokers,
  ssl: false,
});
const producer = broker.producer();
const heldAt = Date.now();

const held: ProviderHoldChanged = {
  eventId: `${holdKey}-held`,
  holdKey,
  provider: 'openai',
  held: true,
  reason: 'provider_auth',
  errorCode: 'invalid_api_key',
  message: 'Incorrect API key provided: sk-wrong. You can find your API key at platform.openai.com.',
  action:
    'The provider refused the API key (401/403). Put a valid key in the provider key variable (or its _FILE secret).',
  heldAt,
  changedAt: heldAt,
  changedBy: 'generator-host:4242',
  sequence: 1,
  traceparent: '',
};

async function announce(change: ProviderHoldChanged): Promise<void> {
  const publisher = new EventPublisher(producer, new AvroCodec({ url: pipeline.infra.registryUrl }));
  await publisher.publish(Topics.providerHoldChanged, change, { key: change.holdKey });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(3 * 60_000);
  migrateServices(['console', 'job-service', 'version-store'], pipeline.infra.serviceEnv);
  await ensureTestAdmin((sql, parameters) => pipeline.query(sql, parameters));
  // A spec killed while its hold was in force leaves it on the test database; every job would show it.
  await pipeline.query(
    `UPDATE job_service.provider_hold SET held = false WHERE held AND hold_key LIKE 'browser-hold-%'`,
  );
  const admin = broker.admin();
  await provisionTopics(admin, {
    partitions: 6,
    replicationFactor: pipeline.infra.replicationFactor,
    consumerGroups: [],
  });
  await admin.disconnect();
  // A job with work left: three SKUs declared, none generated yet.
  await pipeline.query(
    `INSERT INTO job_service.job (job_id, origin, lane, languages, declared_skus, declared_tasks)
     VALUES ($1, 'file', 'bulk', ARRAY['en', 'ja'], 3, 6)`,
    [jobId],
  );
  await producer.connect();
  await Promise.all([jobService.start(), versionStore.start()]);
  await consoleApp.start();
});

test.afterAll(async () => {
  await consoleApp.stop();
  await Promise.all([jobService.stop(), versionStore.stop()]);
  await producer.disconnect();
  await pipeline.db.end();
});

test('a held provider shows as a banner with its message and what to do, and goes when the hold is lifted', async ({
  page,
}) => {
  await page.goto(jobsLink);
  await signInWithKeyboard(page, ADMIN);
  await expect(page.getByText('ETA')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await announce(held);
  const banner = page.getByRole('alert', { name: /Paused: provider held \(provider_auth\)/ });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText('The provider refused the API key');
  await expect(banner).toContainText('invalid_api_key');
  await expect(banner).toContainText('Incorrect API key provided');
  await expect(banner).toContainText('Put a valid key');
  await expect(banner.locator('time')).toHaveAttribute('datetime', new Date(heldAt).toISOString());
  await expect(page.getByText('held: waits for the provider')).toBeVisible();
  await expect(page.getByText('paused: provider_auth')).toBeVisible();
  await expectAccessible(page, 'provider held');
  await screenshot(page, 'job-provider-held', true);

  const releasedAt = Date.now();
  await announce({
    ...held,
    eventId: `${holdKey}-released`,
    held: false,
    action: 'The hold was lifted: nothing to do.',
    changedAt: releasedAt,
    changedBy: 'probe',
    sequence: 2,
  });
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('held: waits for the provider')).toHaveCount(0);
  await expect(page.getByText('paused: provider_auth')).toHaveCount(0);

  // A late copy of the hold (redelivered after the release) changes nothing: the job service keeps the latest.
  await announce(held);
  await page.waitForTimeout(3_000);
  await expect(banner).toHaveCount(0);
});
