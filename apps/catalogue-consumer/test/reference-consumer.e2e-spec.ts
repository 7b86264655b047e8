import { Pool } from 'pg';
import { Topics, VersionPublished } from '@content-pipeline/contracts';
import { AvroCodec, KafkaJsBrokerClient, provisionTopics } from '@content-pipeline/kafka-runtime';
import { testInfrastructure, uniqueRunTag, waitFor } from '@content-pipeline/testing';
import { CATALOGUE_SCHEMA, CatalogueTable } from '../src/catalogue-table';
import { PublishedVersionConsumer } from '../src/published-version.consumer';

const infra = testInfrastructure();
const run = uniqueRunTag('catalogue-consumer');
const sku = `${run}-SKU`;

function published(
  eventId: string,
  language: VersionPublished['language'],
  versionNumber: number,
  action: VersionPublished['action'],
  sequence: number,
  publishedAt = 1_000 + sequence,
): VersionPublished {
  return {
    eventId: `${run}-${eventId}`,
    versionId: `${run}-${language}-v${versionNumber}`,
    versionNumber,
    jobId: run,
    skuId: sku,
    language,
    attempt: 1,
    promptVersion: 'v1',
    action,
    content:
      action === 'deactivated'
        ? null
        : {
            translatedDescription: `description v${versionNumber}`,
            seoTitle: `title v${versionNumber}`,
            metaDescription: 'meta',
            h1: 'h1',
            marketingCopyA: 'a',
            marketingCopyB: 'b',
            marketingCopyC: 'c',
            suggestedKeywords: [],
          },
    score: 90,
    masterVersionId: null,
    publishedAt,
    traceparent: '',
    sequence,
  };
}

/**
 * What faults deliver to a catalogue: repeats of an event (a redelivered batch), an older change arriving after a
 * newer one, a rollback to an older version number, a deactivation, and events from before the sequence field.
 */
const DELIVERED: VersionPublished[] = [
  published('en-1', 'en', 1, 'activated', 101),
  published('en-1', 'en', 1, 'activated', 101),
  published('en-2', 'en', 2, 'activated', 102),
  published('en-rollback', 'en', 1, 'rolled_back', 104),
  published('en-2', 'en', 2, 'activated', 102),
  published('en-3-late', 'en', 3, 'activated', 103),
  published('ja-1', 'ja', 1, 'activated', 105),
  published('ja-off', 'ja', 1, 'deactivated', 106),
  published('ja-1', 'ja', 1, 'activated', 105),
  published('de-legacy-new', 'de', 2, 'activated', 0, 5_000),
  published('de-legacy-old', 'de', 1, 'activated', 0, 4_000),
];

describe('the reference catalogue consumer against the real topic', () => {
  const pool = new Pool({ connectionString: infra.databaseUrl, max: 4 });
  const consumer = new PublishedVersionConsumer(
    { brokers: infra.kafkaBrokers, registryUrl: infra.registryUrl, groupId: run },
    new CatalogueTable(pool),
  );

  beforeAll(async () => {
    const codec = new AvroCodec({ url: infra.registryUrl });
    const client = new KafkaJsBrokerClient({ clientId: run, brokers: infra.kafkaBrokers, ssl: false });
    // On a fresh broker the topic does not exist until a pipeline service has run; the version store creates it.
    const admin = client.admin();
    await provisionTopics(admin, {
      partitions: 6,
      replicationFactor: infra.replicationFactor,
      consumerGroups: [],
    });
    await admin.disconnect();
    const producer = client.producer();
    await producer.connect();
    const messages = [];
    for (const event of DELIVERED)
      messages.push({ key: event.skuId, value: await codec.encode(Topics.versionPublished, event) });
    await producer.send(Topics.versionPublished.name, messages);
    await producer.disconnect();
    await consumer.start();
  });

  afterAll(async () => {
    await consumer.stop();
    await pool.end();
  });

  it('ends with what the last change of each SKU and language says, whatever the repeats and the order', async () => {
    const distinctEvents = new Set(DELIVERED.map((event) => event.eventId));
    await waitFor(
      async () =>
        Number(
          (
            await pool.query(
              `SELECT count(*) AS n FROM ${CATALOGUE_SCHEMA}.applied_event WHERE event_id = ANY($1)`,
              [[...distinctEvents]],
            )
          ).rows[0].n,
        ),
      (applied) => applied === distinctEvents.size,
      { timeoutMs: 60_000, description: `${distinctEvents.size} events applied or recognised` },
    );
    const { rows } = await pool.query<{ language: string; version_id: string | null; sequence: string }>(
      `SELECT language, version_id, sequence FROM ${CATALOGUE_SCHEMA}.product_content WHERE sku_id = $1 ORDER BY language`,
      [sku],
    );
    expect(rows).toEqual([
      // The legacy pair is ordered by publishedAt: the older one arrived last and was ignored.
      { language: 'de', version_id: `${run}-de-v2`, sequence: '0' },
      // Rolled back to version 1 (sequence 104); version 3 (sequence 103) arrived late and was ignored.
      { language: 'en', version_id: `${run}-en-v1`, sequence: '104' },
      // Deactivated: the catalogue shows nothing, and the repeated activation did not bring it back.
      { language: 'ja', version_id: null, sequence: '106' },
    ]);
  });
});
