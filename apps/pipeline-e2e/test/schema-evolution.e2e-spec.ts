import { Kafka, logLevel } from 'kafkajs';
import { validateCatalogRecord } from '@content-pipeline/catalog-rules';
import {
  CatalogSkuUpserted,
  derivedEventId,
  Headers,
  TopicDefinition,
  Topics,
} from '@content-pipeline/contracts';
import { AvroCodec, KafkaJsBrokerClient } from '@content-pipeline/kafka-runtime';
import {
  PIPELINE_SERVICE_NAMES,
  PipelineUnderTest,
  sampleCatalog,
  uniqueRunTag,
} from '@content-pipeline/testing';
import { waitForJobToSettle } from './pipeline-assertions';

type AvroRecordSchema = { fields: unknown[] } & Record<string, unknown>;

/** The catalogue's SKU event with one more field: with a default it is BACKWARD-compatible, without one not. */
function evolvedTopic<TValue extends CatalogSkuUpserted>(
  field: Record<string, unknown>,
): TopicDefinition<TValue> {
  const schema = Topics.catalogSkuUpserted.schema as AvroRecordSchema;
  return {
    ...(Topics.catalogSkuUpserted as unknown as TopicDefinition<TValue>),
    schema: { ...schema, fields: [...schema.fields, field] },
  };
}

const V2 = evolvedTopic<CatalogSkuUpserted & { originCountry: string }>({
  name: 'originCountry',
  type: 'string',
  default: '',
});
const INCOMPATIBLE = evolvedTopic<CatalogSkuUpserted & { customsCode: string }>({
  name: 'customsCode',
  type: 'string',
});

/** A sample line as the catalogue's Avro event, read through the ingester's own catalogue validation. */
function asEvent(line: string): CatalogSkuUpserted {
  const validation = validateCatalogRecord(JSON.parse(line), new Date());
  if (!validation.ok) throw new Error(`sample line rejected: ${JSON.stringify(validation.problems)}`);
  const { sku } = validation;
  return { ...sku, eventId: derivedEventId('schema-evolution', sku.skuId), traceparent: '' };
}

describe('schema evolution of the SKU event while the services roll', () => {
  const jobId = uniqueRunTag('e2e-schema-evolution');
  const pipeline = new PipelineUnderTest(jobId, 4900, ['--seed', '13']);
  const { lines, skuIds } = sampleCatalog({
    count: 24,
    skuIdFor: (id) => `${jobId.replace(/[^A-Za-z0-9]/g, '')}-${id}`,
  });
  const producer = new KafkaJsBrokerClient({
    clientId: 'schema-evolution',
    brokers: pipeline.infra.kafkaBrokers,
    ssl: false,
  }).producer();
  // One codec per writer version: a codec caches the schema id it registered per subject.
  const writerV1 = new AvroCodec({ url: pipeline.infra.registryUrl });
  const writerV2 = new AvroCodec({ url: pipeline.infra.registryUrl });
  const headers = { [Headers.jobId]: jobId, [Headers.lane]: 'bulk' };

  async function publish(version: 'v1' | 'v2', batch: string[]): Promise<void> {
    const messages = await Promise.all(
      batch.map(async (line) => {
        const event = asEvent(line);
        const value =
          version === 'v1'
            ? await writerV1.encode(Topics.catalogSkuUpserted, event)
            : await writerV2.encode(V2, { ...event, originCountry: 'CN' });
        return { key: event.skuId, value, headers };
      }),
    );
    await producer.send(Topics.catalogSkuUpserted.name, messages);
  }

  beforeAll(async () => {
    await pipeline.start();
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await pipeline.stop();
  });

  it('loses and dead-letters nothing while v1 and v2 events flow and each service restarts in turn', async () => {
    await publish('v1', lines.slice(0, 6));
    const rest = lines.slice(6);
    for (const [index, name] of PIPELINE_SERVICE_NAMES.entries()) {
      await pipeline.service(name).stop();
      await publish(index % 2 === 0 ? 'v2' : 'v1', rest.slice(index * 3, index * 3 + 3));
      await pipeline.service(name).start();
    }
    const rows = await waitForJobToSettle(pipeline, skuIds.size, 300_000);
    expect(new Set(rows.filter((row) => row.language === 'en').map((row) => row.sku_id))).toEqual(skuIds);
    expect(new Set(rows.map((row) => `${row.sku_id}:${row.language}`)).size).toBe(skuIds.size * 5);
    expect(pipeline.deadLettered).toEqual([]);
  }, 420_000);

  it('refuses a BACKWARD-incompatible schema at publish time, naming the subject, and publishes nothing', async () => {
    const admin = new Kafka({
      clientId: 'schema-evolution-admin',
      brokers: pipeline.infra.kafkaBrokers,
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    const endOffsets = async () =>
      (await admin.fetchTopicOffsets(Topics.catalogSkuUpserted.name)).reduce(
        (sum, partition) => sum + Number(partition.high),
        0,
      );
    const before = await endOffsets();
    const writer = new AvroCodec({ url: pipeline.infra.registryUrl });
    await expect(
      writer.encode(INCOMPATIBLE, { ...asEvent(lines[0]), customsCode: '8516.10' }),
    ).rejects.toThrow(/catalog\.public\.sku\.upserted\.v1-value.*incompatible.*BACKWARD/i);
    expect(await endOffsets()).toBe(before);
    await admin.disconnect();
  });
});
