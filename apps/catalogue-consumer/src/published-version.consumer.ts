import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { Topics, VersionPublished } from '@content-pipeline/contracts';
import type { ApplyOutcome, CatalogueTable } from './catalogue-table';

export interface CatalogueConsumerSettings {
  brokers: string[];
  registryUrl: string;
  groupId: string;
}

/**
 * Reads `content.public.version.published.v1` as a catalogue would: Avro through the schema registry, offsets
 * committed only after the database transaction that applied the event, so a crash repeats an event (which the
 * table ignores by event id) and never skips one.
 */
export class PublishedVersionConsumer {
  private readonly consumer: Consumer;
  private readonly registry: SchemaRegistry;
  readonly outcomes: Record<ApplyOutcome, number> = { applied: 0, duplicate: 0, stale: 0 };

  constructor(
    settings: CatalogueConsumerSettings,
    private readonly table: CatalogueTable,
  ) {
    const kafka = new Kafka({
      clientId: settings.groupId,
      brokers: settings.brokers,
      logLevel: logLevel.WARN,
    });
    this.consumer = kafka.consumer({ groupId: settings.groupId, readUncommitted: false });
    this.registry = new SchemaRegistry({ host: settings.registryUrl });
  }

  async start(): Promise<void> {
    await this.table.create();
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: Topics.versionPublished.name, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        if (message.value) {
          // Read as the schema this consumer was built against: fields an older writer lacked get their defaults.
          const event = (await this.registry.decode(message.value, {
            [SchemaType.AVRO]: { readerSchema: Topics.versionPublished.schema as never },
          })) as VersionPublished;
          this.outcomes[await this.table.apply(event)]++;
        }
        await this.consumer.commitOffsets([
          { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
