import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { Type } from 'avsc';
import type { TopicDefinition } from '@content-pipeline/contracts';
import { InvalidMessageError, TransientError } from './pipeline.error';

export interface RegistrySettings {
  url: string;
  username?: string;
  password?: string;
}

const CONFLUENT_MAGIC_BYTE = 0;
const WIRE_HEADER_BYTES = 5;

function statusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number')
    return error.status;
  return undefined;
}

/**
 * Avro values in the Confluent wire format (magic byte, 4-byte schema id, Avro body) through a
 * Confluent-compatible registry. Decoding resolves the writer's schema into the topic's schema (the
 * reader), so a consumer built against schema v1 reads what a producer wrote with a compatible v2.
 */
export class AvroCodec {
  private readonly registry: SchemaRegistry;
  private readonly schemaIds = new Map<string, Promise<number>>();
  /** Compiled once per topic: compiling an Avro type generates code and costs milliseconds. */
  private readonly readerTypes = new Map<string, Type>();
  /** Writer schema id → reader, per topic: a resolver when the writer differs from the reader. */
  private readonly decoders = new Map<string, Promise<(payload: Buffer) => unknown>>();

  constructor(private readonly settings: RegistrySettings) {
    const auth = settings.username
      ? { username: settings.username, password: settings.password ?? '' }
      : undefined;
    this.registry = new SchemaRegistry({
      host: settings.url,
      auth,
      retry: { retries: 3, maxRetryTimeInSecs: 5 },
    });
  }

  /** Registers (or finds) the topic's schema under its subject with BACKWARD compatibility; cached per subject. */
  schemaIdFor(topic: TopicDefinition<unknown>): Promise<number> {
    let id = this.schemaIds.get(topic.subject);
    if (!id) {
      id = this.register(topic);
      id.catch(() => this.schemaIds.delete(topic.subject));
      this.schemaIds.set(topic.subject, id);
    }
    return id;
  }

  private async register(topic: TopicDefinition<unknown>): Promise<number> {
    await this.setCompatibility(topic.subject, 'BACKWARD');
    try {
      const { id } = await this.registry.register(
        { type: SchemaType.AVRO, schema: JSON.stringify(topic.schema) },
        { subject: topic.subject, compatibility: 'BACKWARD' as never },
      );
      return id;
    } catch (error) {
      // 409: the registry keeps the subject readable by refusing a schema its consumers could not read.
      if (statusOf(error) === 409)
        throw new Error(
          `Schema registry refused the schema for ${topic.subject}: it is incompatible with the registered ` +
            `versions under BACKWARD compatibility (a new field needs a default; removing one needs it to have had ` +
            `one). Nothing was published. Registry: ${(error as Error).message}`,
          { cause: error },
        );
      throw error;
    }
  }

  /** Sets a subject's compatibility level through the registry's REST API (PUT /config/{subject}). */
  async setCompatibility(subject: string, level: 'BACKWARD' | 'NONE' | 'FULL' | 'FORWARD'): Promise<void> {
    const response = await fetch(`${this.settings.url}/config/${encodeURIComponent(subject)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/vnd.schemaregistry.v1+json', ...this.authHeader() },
      body: JSON.stringify({ compatibility: level }),
    });
    if (!response.ok) {
      throw new TransientError(
        `Schema registry refused compatibility ${level} for ${subject}: HTTP ${response.status} ${await response.text()}`,
        'registry_unavailable',
      );
    }
  }

  private authHeader(): Record<string, string> {
    if (!this.settings.username) return {};
    const token = Buffer.from(`${this.settings.username}:${this.settings.password ?? ''}`).toString('base64');
    return { authorization: `Basic ${token}` };
  }

  async encode<TValue>(topic: TopicDefinition<TValue>, value: TValue): Promise<Buffer> {
    const id = await this.schemaIdFor(topic as TopicDefinition<unknown>);
    try {
      return await this.registry.encode(id, value);
    } catch (error) {
      // A value that does not fit its own topic's schema is a programming error, not bad input.
      throw new Error(`Cannot encode a value for ${topic.name}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  async decode<TValue>(topic: TopicDefinition<TValue>, buffer: Buffer | null): Promise<TValue> {
    if (!buffer || buffer.length === 0) {
      throw new InvalidMessageError(`Empty message on ${topic.name}: expected an Avro value`, 'empty_value');
    }
    if (buffer.length < WIRE_HEADER_BYTES || buffer[0] !== CONFLUENT_MAGIC_BYTE) {
      throw new InvalidMessageError(
        `Not a schema-registry Avro value on ${topic.name}: the first byte is not the Confluent magic byte 0`,
        'not_avro',
      );
    }
    const schemaId = buffer.readInt32BE(1);
    let decodePayload: (payload: Buffer) => unknown;
    try {
      decodePayload = await this.decoderFor(topic as TopicDefinition<unknown>, schemaId);
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) {
        throw new InvalidMessageError(
          `Unknown schema id ${schemaId} on ${topic.name}: the registry has no such schema`,
          'unknown_schema_id',
          { cause: error },
        );
      }
      const message = (error as Error).message ?? String(error);
      if (
        (status !== undefined && status >= 500) ||
        /ECONNREFUSED|ETIMEDOUT|ECONNRESET|socket hang up|fetch failed|Network/i.test(message)
      ) {
        throw new TransientError(`Schema registry unavailable: ${message}`, 'registry_unavailable', {
          cause: error,
        });
      }
      throw new InvalidMessageError(
        `Schema id ${schemaId} cannot be read as ${topic.name}: ${message}`,
        'schema_mismatch',
        { cause: error },
      );
    }
    let value: TValue;
    try {
      value = decodePayload(buffer.subarray(WIRE_HEADER_BYTES)) as TValue;
    } catch (error) {
      throw new InvalidMessageError(
        `Cannot decode Avro value with schema id ${schemaId} on ${topic.name}: ${(error as Error).message}`,
        'avro_decode_failed',
        { cause: error },
      );
    }
    const problems = topic.validate?.(value) ?? [];
    if (problems.length > 0) {
      throw new InvalidMessageError(
        `Invalid ${topic.name} event: ${problems.join('; ')}`,
        'invalid_domain_data',
      );
    }
    return value;
  }

  private decoderFor(
    topic: TopicDefinition<unknown>,
    schemaId: number,
  ): Promise<(payload: Buffer) => unknown> {
    const key = `${topic.subject}#${schemaId}`;
    let decoder = this.decoders.get(key);
    if (!decoder) {
      decoder = this.buildDecoder(topic, schemaId);
      decoder.catch(() => this.decoders.delete(key));
      this.decoders.set(key, decoder);
    }
    return decoder;
  }

  private async buildDecoder(
    topic: TopicDefinition<unknown>,
    schemaId: number,
  ): Promise<(payload: Buffer) => unknown> {
    let reader = this.readerTypes.get(topic.subject);
    if (!reader) {
      reader = Type.forSchema(topic.schema as never);
      this.readerTypes.set(topic.subject, reader);
    }
    const writer = (await this.registry.getSchema(schemaId)) as unknown as Type;
    const readerType = reader;
    if (writer.fingerprint('sha256').equals(readerType.fingerprint('sha256'))) {
      return (payload) => readerType.fromBuffer(payload);
    }
    // Throws when the writer cannot be read as the reader (an incompatible schema on this topic).
    const resolver = readerType.createResolver(writer);
    return (payload) => readerType.fromBuffer(payload, resolver);
  }

  /** Readiness: the registry answers GET /subjects. */
  async ping(): Promise<void> {
    const response = await fetch(`${this.settings.url}/subjects`, { headers: this.authHeader() });
    if (!response.ok) throw new Error(`schema registry answered HTTP ${response.status}`);
  }
}
