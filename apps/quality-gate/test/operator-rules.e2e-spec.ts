import { Client } from 'pg';
import { ContentGenerated, derivedEventId, Topics } from '@content-pipeline/contracts';
import {
  AvroCodec,
  EventPublisher,
  KafkaJsBrokerClient,
  provisionTopics,
} from '@content-pipeline/kafka-runtime';
import {
  migrateServices,
  ServiceProcess,
  testInfrastructure,
  uniqueRunTag,
  waitFor,
} from '@content-pipeline/testing';

const infra = testInfrastructure();
const OPERATOR_KEY = 'e2e-operator-key-0123456789';
const VIEWER_KEY = 'e2e-viewer-key-0123456789';
const port = 4801;
const gate = new ServiceProcess('quality-gate', port, {
  ...infra.serviceEnv,
  API_KEYS: `${OPERATOR_KEY}:operator,${VIEWER_KEY}:viewer`,
  LOG_LEVEL: 'warn',
});
const db = new Client({ connectionString: infra.databaseUrl });
const broker = new KafkaJsBrokerClient({
  clientId: 'e2e-operator-rules',
  brokers: infra.kafkaBrokers,
  ssl: false,
});
const producer = broker.producer();
const publisher = new EventPublisher(producer, new AvroCodec({ url: infra.registryUrl }));
const term = uniqueRunTag('zauberwort').replace(/-/g, '');

function post(body: unknown, key?: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/operator-rules`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
}

function generatedWith(
  description: string,
  marketingCopyB = 'Tee wie bei Oma. Jetzt entdecken.',
): ContentGenerated {
  const eventId = derivedEventId('e2e-generated', term, description, marketingCopyB);
  return {
    eventId,
    requestEventId: eventId,
    taskId: `${term}:SKU-1:de`,
    jobId: term,
    skuId: `${term}-SKU-1`,
    language: 'de',
    attempt: 1,
    maxAttempts: 3,
    promptVersion: 'v1',
    lane: 'bulk',
    source: {
      productName: '电热水壶',
      productDescription: '容量2升，功率1500W。',
      category: 'kitchen',
      brand: '',
      attributes: {},
      sourceHash: 'h',
    },
    derivedLanguages: [],
    masterVersionId: null,
    masterContent: null,
    content: {
      translatedDescription: description,
      seoTitle: 'Wasserkocher mit 2 Litern und 1.500 W für jede Küche',
      metaDescription:
        'Der Wasserkocher mit 2 Litern Fassungsvermögen und 1.500 W Leistung bringt Wasser in wenigen Minuten zum Kochen. Jetzt entdecken!',
      h1: 'Wasserkocher für die Küche',
      marketingCopyA: 'Schnell und sparsam. Jetzt kaufen.',
      marketingCopyB,
      marketingCopyC: 'Nur diese Woche im Angebot. Jetzt bestellen.',
      suggestedKeywords: [],
    },
    provider: 'test',
    model: 'test',
    usage: {
      promptTokens: 1,
      completionTokens: 1,
      reportedPriceAmount: null,
      reportedPriceCurrency: null,
      cachedPromptTokens: 0,
      cacheWriteTokens: 0,
    },
    latencyMs: 1,
    generatedAt: Date.now(),
    traceparent: '',
    workflowReview: null,
    filledFields: [],
  };
}

async function checkOf(
  eventId: string,
): Promise<{ verdict: string; issues: { rule: string; severity: string }[] }> {
  const check = await waitFor(
    async () =>
      (
        await db.query(
          'SELECT verdict, issues FROM quality_gate.quality_check WHERE generated_event_id = $1',
          [eventId],
        )
      ).rows,
    (rows) => rows.length === 1,
    { timeoutMs: 60_000, description: `the check of ${eventId}` },
  );
  return check[0];
}

async function issuesOf(eventId: string): Promise<{ rule: string; severity: string }[]> {
  return (await checkOf(eventId)).issues;
}

describe('operator rules: added through the API, applied by the gate without a deploy', () => {
  beforeAll(async () => {
    migrateServices(['quality-gate'], infra.serviceEnv);
    await db.connect();
    const admin = broker.admin();
    await provisionTopics(admin, { partitions: 6, replicationFactor: 1, consumerGroups: [] });
    await admin.disconnect();
    await producer.connect();
    await gate.start();
  });

  afterAll(async () => {
    await gate.stop();
    await producer.disconnect();
    await db.end();
  });

  it('answers 401 without a key, 403 for a viewer and 400 for a rule that does not compile', async () => {
    const rule = { language: 'de', kind: 'forbidden_term', value: term, severity: 'critical' };
    expect((await post(rule)).status).toBe(401);
    expect((await post(rule, VIEWER_KEY)).status).toBe(403);
    const broken = await post(
      { language: 'de', kind: 'regex', value: '(unclosed', severity: 'warning' },
      OPERATOR_KEY,
    );
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { message: string }).message).toMatch(/does not compile/);
    const unknownField = await post({ ...rule, extra: true }, OPERATOR_KEY);
    expect(unknownField.status).toBe(400);
  });

  it('flags a term an operator forbids from then on, in that language', async () => {
    const before = generatedWith(`Der Wasserkocher ${term} fasst 2 Liter und hat 1.500 W.`);
    await publisher.publish(Topics.contentGenerated, before, { key: before.skuId });
    expect((await issuesOf(before.eventId)).some((issue) => issue.rule === 'forbidden_word')).toBe(false);

    const created = await post(
      { language: 'de', kind: 'forbidden_term', value: term, severity: 'critical' },
      OPERATOR_KEY,
    );
    expect(created.status).toBe(201);
    const listed = await fetch(`http://127.0.0.1:${port}/operator-rules?language=de`, {
      headers: { 'x-api-key': VIEWER_KEY },
    });
    expect(((await listed.json()) as { value: string }[]).map((rule) => rule.value)).toContain(term);

    const after = generatedWith(`Der neue Wasserkocher ${term} fasst 2 Liter und hat 1.500 W.`);
    await publisher.publish(Topics.contentGenerated, after, { key: after.skuId });
    expect(await issuesOf(after.eventId)).toContainEqual(
      expect.objectContaining({ rule: 'forbidden_word', severity: 'critical' }),
    );
  });

  it('applies a verdict policy entry: a copy without a call to action goes straight to a human', async () => {
    const missingAction = await post(
      { language: 'de', kind: 'verdict_policy', value: 'missing_cta' },
      OPERATOR_KEY,
    );
    expect(missingAction.status).toBe(400);
    const unknownRule = await post(
      { language: 'de', kind: 'verdict_policy', value: 'no_such_rule', action: 'review' },
      OPERATOR_KEY,
    );
    expect(unknownRule.status).toBe(400);

    const sloganOnly = 'Tee wie bei Oma, jeden Tag.';
    const before = generatedWith('Der Wasserkocher fasst 2 Liter und hat 1.500 W.', sloganOnly);
    await publisher.publish(Topics.contentGenerated, before, { key: before.skuId });
    expect((await checkOf(before.eventId)).verdict).toBe('regenerate');

    const created = await post(
      { language: 'de', kind: 'verdict_policy', value: 'missing_cta', action: 'review' },
      OPERATOR_KEY,
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    try {
      const after = generatedWith('Der Wasserkocher fasst 2 Liter und leistet 1.500 W.', sloganOnly);
      await publisher.publish(Topics.contentGenerated, after, { key: after.skuId });
      expect((await checkOf(after.eventId)).verdict).toBe('human_review');
    } finally {
      const removed = await fetch(`http://127.0.0.1:${port}/operator-rules/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${OPERATOR_KEY}` },
      });
      expect(removed.status).toBe(204);
    }
  });
});
