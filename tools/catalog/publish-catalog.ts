/**
 * Publishes a catalogue file to the catalogue topic, one event per line, exactly as the product catalogue
 * would: the line's bytes as the value (JSON), the SKU id as the key (`catalogLineKey`), bad lines included.
 *
 *   npm run --silent catalog:publish -- --file data/catalog/sample-200.jsonl [--job JOB] [--lane bulk|priority]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { csvList, loadConfig, positiveInt } from '@content-pipeline/config';
import { catalogLineKey, Headers, Topics } from '@content-pipeline/contracts';
import { KafkaJsBrokerClient, OutgoingMessage, provisionTopics } from '@content-pipeline/kafka-runtime';

interface PublishArguments {
  file: string;
  jobId?: string;
  lane?: 'priority' | 'bulk';
}

function parseArguments(argv: string[]): PublishArguments {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const file = value('--file');
  if (!file)
    throw new Error('Usage: publish-catalog --file FILE.jsonl [--job JOB_ID] [--lane priority|bulk]');
  const lane = value('--lane');
  if (lane !== undefined && lane !== 'priority' && lane !== 'bulk')
    throw new Error(`--lane must be priority or bulk, got ${lane}`);
  return { file, jobId: value('--job'), lane };
}

export async function publishCatalog(
  args: PublishArguments,
  brokers: string[],
  replicationFactor = 1,
): Promise<number> {
  const lines = readFileSync(args.file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0);
  const broker = new KafkaJsBrokerClient({ clientId: 'catalog-publisher', brokers, ssl: false });
  const admin = broker.admin();
  await provisionTopics(admin, { partitions: 6, replicationFactor, consumerGroups: [] });
  await admin.disconnect();
  const producer = broker.producer();
  await producer.connect();
  try {
    const headers: Record<string, string> = {};
    if (args.jobId) headers[Headers.jobId] = args.jobId;
    if (args.lane) headers[Headers.lane] = args.lane;
    const messages: OutgoingMessage[] = lines.map((line) => ({
      key: catalogLineKey(line),
      value: Buffer.from(line, 'utf8'),
      headers,
    }));
    await producer.send(Topics.catalogSkuUpserted.name, messages);
    return messages.length;
  } finally {
    await producer.disconnect();
  }
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const env = loadConfig(
    z.object({ KAFKA_BROKERS: csvList('127.0.0.1:19092'), KAFKA_REPLICATION_FACTOR: positiveInt(1) }),
  );
  const count = await publishCatalog(args, env.KAFKA_BROKERS, env.KAFKA_REPLICATION_FACTOR as number);
  console.log(`Published ${count} catalogue events from ${args.file} to ${Topics.catalogSkuUpserted.name}`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
