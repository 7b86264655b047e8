import { DeadLetter, Topics } from '@content-pipeline/contracts';
import { AvroCodec, KafkaJsBrokerClient, RawBatch } from '@content-pipeline/kafka-runtime';

/**
 * Reads the dead-letter topic from the beginning with a throw-away consumer group and keeps the decoded
 * records that match `filter`, so a test can assert what was dead-lettered and why.
 */
export class DeadLetterReader {
  private readonly records: DeadLetter[] = [];
  private readonly consumer;

  constructor(
    brokers: string[],
    private readonly codec: AvroCodec,
    groupId: string,
    private readonly filter: (record: DeadLetter) => boolean,
  ) {
    this.consumer = new KafkaJsBrokerClient({ clientId: groupId, brokers, ssl: false }).consumer({ groupId });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe([Topics.deadLetter.name], true);
    await this.consumer.run(async (batch: RawBatch, context) => {
      for (const message of batch.messages) {
        const record = await this.codec.decode(Topics.deadLetter, message.value);
        if (this.filter(record)) this.records.push(record);
        context.resolveOffset(message.offset);
      }
    });
  }

  get received(): readonly DeadLetter[] {
    return this.records;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
