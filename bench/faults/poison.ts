import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentGenerated, derivedEventId, Topics } from '@content-pipeline/contracts';
import { AvroCodec, EventPublisher, KafkaJsBrokerClient } from '@content-pipeline/kafka-runtime';
import { PipelineUnderTest, WORKSPACE_ROOT } from '@content-pipeline/testing';

/** Poison on every input topic: garbage, unknown schema id, invalid domain data, a 200,000-character description. */
export async function injectPoison(
  pipeline: PipelineUnderTest,
  codec: AvroCodec,
  tag: string,
): Promise<{ sent: number; poisonedTopics: string[] }> {
  const broker = new KafkaJsBrokerClient({
    clientId: 'faults-poison',
    brokers: pipeline.infra.kafkaBrokers,
    ssl: false,
  });
  const producer = broker.producer();
  await producer.connect();
  const publisher = new EventPublisher(producer, codec);
  const unknownSchema = Buffer.from([0, 0x7f, 0x00, 0x00, 0x01, 0x02, 0x03]);
  const headers = { 'x-job-id': pipeline.jobId };
  const inputTopics = [
    Topics.generationRequestedPriority.name,
    Topics.generationRequestedBulk.name,
    Topics.contentGenerated.name,
    Topics.qualityVerdictIssued.name,
    Topics.usageRecorded.name,
  ];
  let sent = 0;
  for (const topic of [Topics.catalogSkuUpserted.name, ...inputTopics]) {
    await producer.send(topic, [
      { key: `${tag}-garbage`, value: Buffer.from('\u0000\u0001 not avro, not json'), headers },
      { key: `${tag}-unknown-schema`, value: unknownSchema, headers },
    ]);
    sent += 2;
  }
  const huge = JSON.parse(
    readFileSync(join(WORKSPACE_ROOT, 'data', 'catalog', 'sample-200.jsonl'), 'utf8').split('\n')[0],
  );
  await producer.send(Topics.catalogSkuUpserted.name, [
    {
      key: `${tag}-huge`,
      value: Buffer.from(
        JSON.stringify({
          ...huge,
          sku_id: `${tag}-huge`,
          product_description: '这是一段很长的描述。'.repeat(20_000),
        }),
      ),
      headers,
    },
  ]);
  sent += 1;
  // Valid Avro, invalid domain data: a content set whose language is a valid symbol but whose attempt is impossible.
  const invalid: ContentGenerated = {
    eventId: derivedEventId('faults-invalid', tag),
    requestEventId: 'x',
    taskId: `${pipeline.jobId}:${tag}:en`,
    jobId: pipeline.jobId,
    skuId: `${tag}-invalid`,
    language: 'en',
    attempt: -7,
    maxAttempts: 3,
    promptVersion: 'v1',
    lane: 'bulk',
    source: {
      productName: '',
      productDescription: '',
      category: 'nonsense',
      brand: '',
      attributes: {},
      sourceHash: '',
    },
    derivedLanguages: [],
    masterVersionId: null,
    masterContent: null,
    content: {
      translatedDescription: '',
      seoTitle: '',
      metaDescription: '',
      h1: '',
      marketingCopyA: '',
      marketingCopyB: '',
      marketingCopyC: '',
      suggestedKeywords: [],
    },
    provider: 'x',
    model: 'x',
    usage: {
      promptTokens: -1,
      completionTokens: -1,
      reportedPriceAmount: null,
      reportedPriceCurrency: null,
      cachedPromptTokens: 0,
      cacheWriteTokens: 0,
    },
    latencyMs: 0,
    generatedAt: Date.now(),
    traceparent: '',
    workflowReview: null,
    filledFields: [],
  };
  await publisher.publish(Topics.contentGenerated, invalid, { key: invalid.skuId, headers });
  sent += 1;
  await producer.disconnect();
  return { sent, poisonedTopics: [Topics.catalogSkuUpserted.name, ...inputTopics] };
}
