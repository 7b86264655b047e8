import { defineTopic, Topics } from '../src';
import { AvroCodec } from '@content-pipeline/kafka-runtime';
import { testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';

const infra = testInfrastructure();

async function registerRaw(subject: string, schema: object): Promise<Response> {
  return fetch(`${infra.registryUrl}/subjects/${encodeURIComponent(subject)}/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ schema: JSON.stringify(schema) }),
  });
}

describe('contracts in the real schema registry', () => {
  const codec = new AvroCodec({ url: infra.registryUrl });

  it('registers every topic of the catalogue under BACKWARD compatibility', async () => {
    for (const topic of Object.values(Topics)) {
      expect(await codec.schemaIdFor(topic)).toBeGreaterThan(0);
      const config = await fetch(`${infra.registryUrl}/config/${encodeURIComponent(topic.subject)}`);
      expect(config.status).toBe(200);
      expect(((await config.json()) as { compatibilityLevel: string }).compatibilityLevel).toBe('BACKWARD');
    }
  });

  it('rejects an incompatible change and accepts a compatible one', async () => {
    const name = uniqueRunTag('compat').replace(/-/g, '_');
    const topic = defineTopic<{ id: string }>(
      `test.internal.compat.${name}.v1`,
      {
        type: 'record',
        name: 'Probe',
        namespace: 'com.contentpipeline.test',
        fields: [{ name: 'id', type: 'string' }],
      },
      'compatibility probe',
    );
    await codec.schemaIdFor(topic);

    const breaking = await registerRaw(topic.subject, {
      type: 'record',
      name: 'Probe',
      namespace: 'com.contentpipeline.test',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'required_without_default', type: 'string' },
      ],
    });
    expect(breaking.status).toBe(409);

    const compatible = await registerRaw(topic.subject, {
      type: 'record',
      name: 'Probe',
      namespace: 'com.contentpipeline.test',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'optional_with_default', type: 'string', default: '' },
      ],
    });
    expect(compatible.status).toBe(200);
  });

  it('decodes a value written with a newer compatible schema into the reader schema', async () => {
    const name = uniqueRunTag('evolve').replace(/-/g, '_');
    const readerTopic = defineTopic<{ id: string }>(
      `test.internal.evolve.${name}.v1`,
      {
        type: 'record',
        name: 'Probe',
        namespace: 'com.contentpipeline.test',
        fields: [{ name: 'id', type: 'string' }],
      },
      'reader',
    );
    await codec.schemaIdFor(readerTopic);
    const writerTopic = defineTopic<{ id: string; extra: string }>(
      readerTopic.name,
      {
        type: 'record',
        name: 'Probe',
        namespace: 'com.contentpipeline.test',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'extra', type: 'string', default: '' },
        ],
      },
      'writer',
    );
    const writerCodec = new AvroCodec({ url: infra.registryUrl });
    const bytes = await writerCodec.encode(writerTopic, { id: 'a', extra: 'b' });
    expect(await codec.decode(readerTopic, bytes)).toEqual({ id: 'a' });
  });
});
