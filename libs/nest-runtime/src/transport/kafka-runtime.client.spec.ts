import { lastValueFrom } from 'rxjs';
import { Topics, UsageRecorded, VersionPublished } from '@content-pipeline/contracts';
import type { KafkaRuntime } from '../kafka-runtime.service';
import { KafkaRuntimeClient } from './kafka-runtime.client';

function recordingKafka() {
  const published: { topic: string; value: unknown; options: unknown }[] = [];
  const kafka = {
    publish: async (topic: { name: string }, value: unknown, options: unknown) => {
      published.push({ topic: topic.name, value, options });
    },
  } as unknown as KafkaRuntime;
  return { kafka, published };
}

const usage = { skuId: 'SKU-1', jobId: 'job-1' } as UsageRecorded;

describe('KafkaRuntimeClient', () => {
  it('publishes an emitted event through the Avro publisher with its key and headers', async () => {
    const { kafka, published } = recordingKafka();
    const client = new KafkaRuntimeClient(kafka);

    await client.emitEvent(Topics.usageRecorded, { value: usage, key: 'SKU-1', headers: { 'x-run': '7' } });
    await lastValueFrom(client.emit(Topics.usageRecorded.name, { value: usage, key: 'SKU-2' }), {
      defaultValue: undefined,
    });

    expect(published).toEqual([
      {
        topic: Topics.usageRecorded.name,
        value: usage,
        options: { key: 'SKU-1', headers: { 'x-run': '7' } },
      },
      { topic: Topics.usageRecorded.name, value: usage, options: { key: 'SKU-2', headers: undefined } },
    ]);
  });

  it('refuses a topic the service relays from its outbox, so nothing skips the transaction', async () => {
    const { kafka, published } = recordingKafka();
    const client = new KafkaRuntimeClient(kafka, [Topics.versionPublished]);

    await expect(
      client.emitEvent(Topics.versionPublished, { value: {} as VersionPublished, key: 'SKU-1' }),
    ).rejects.toThrow(/publishes the topic through its outbox/);
    expect(published).toEqual([]);
  });

  it('refuses topics outside the catalogue and request/response', async () => {
    const { kafka } = recordingKafka();
    const client = new KafkaRuntimeClient(kafka);

    await expect(
      lastValueFrom(client.emit('content.internal.no-such-topic.v1', { value: usage, key: 'k' })),
    ).rejects.toThrow(/no such topic/);
    await expect(lastValueFrom(client.send(Topics.usageRecorded.name, usage))).rejects.toThrow(
      /request\/response is not supported/,
    );
  });
});
