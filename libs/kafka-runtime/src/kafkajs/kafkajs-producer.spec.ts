import { createRequire } from 'node:module';
import {
  KafkaJSConnectionError,
  logLevel,
  PartitionMetadata,
  Partitioners,
  Producer,
  ProducerBatch,
} from 'kafkajs';
import type { OutgoingMessage } from '../broker.port';
import { KafkaJsProducer, PartitionMetadataSource } from './kafkajs-producer';

// kafkajs's own producer, built over a stand-in cluster so that the retry path under test is the library's.
const load = createRequire(__filename);
const createKafkaJsProducer: (options: {
  cluster: unknown;
  logger: unknown;
  createPartitioner: typeof Partitioners.DefaultPartitioner;
  idempotent: boolean;
  retry: { retries: number; initialRetryTime: number; maxRetryTime: number };
}) => Producer = load('kafkajs/src/producer');
const { createLogger } = load('kafkajs/src/loggers') as {
  createLogger: (options: { level: logLevel; logCreator: () => () => void }) => unknown;
};

const TOPIC = 'content.public.version.published.v1';
const PARTITIONS = 6;

interface ProduceRequest {
  topicData: { topic: string; partitions: { partition: number; messages: { key: string }[] }[] }[];
}

/**
 * Three brokers; node 2 leads half the partitions and dies during its first produce request (the connection
 * closes before it answers; it answers no other). The next metadata read names node 1 leader of node 2's partitions, as the
 * controller does once it notices, while node 1 has already acknowledged its own share of that request.
 */
class ClusterLosingALeader {
  /** Keys each partition's leader wrote, in order. */
  readonly written = new Map<number, string[]>();
  private leaders = new Map(
    Array.from({ length: PARTITIONS }, (_, partition) => [partition, partition % 2 === 0 ? 1 : 2]),
  );
  private node2Died = false;
  readonly retry = { retries: 5, initialRetryTime: 1, maxRetryTime: 5 };
  readonly targetTopics = new Set<string>();

  private readonly brokers = new Map(
    [1, 2, 3].map((nodeId) => [
      nodeId,
      {
        nodeId,
        initProducerId: async () => ({ producerId: 7, producerEpoch: 0 }),
        produce: async (request: ProduceRequest) => this.produce(nodeId, request),
      },
    ]),
  );

  partitionMetadata(): PartitionMetadata[] {
    return [...this.leaders].map(([partitionId, leader]) => ({
      partitionErrorCode: 0,
      partitionId,
      leader,
      replicas: [1, 2, 3],
      isr: [1, 2, 3],
      offlineReplicas: [],
    }));
  }

  private async produce(nodeId: number, request: ProduceRequest) {
    if (nodeId === 2) {
      this.node2Died = true;
      throw new KafkaJSConnectionError('Closed connection', { broker: '127.0.0.1:29102' });
    }
    return {
      topics: request.topicData.map(({ topic, partitions }) => ({
        topicName: topic,
        partitions: partitions.map(({ partition, messages }) => {
          const log = this.written.get(partition) ?? [];
          const baseOffset = String(log.length);
          log.push(...messages.map((message) => String(message.key)));
          this.written.set(partition, log);
          return { partition, errorCode: 0, baseOffset, logAppendTime: '-1', logStartOffset: '0' };
        }),
      })),
    };
  }

  // What kafkajs's producer asks of its cluster.
  async connect() {}
  async disconnect() {}
  isConnected() {
    return true;
  }
  async refreshMetadataIfNecessary() {}
  async refreshMetadata() {
    if (this.node2Died)
      this.leaders = new Map(
        [...this.leaders].map(([partition, leader]) => [partition, leader === 2 ? 1 : leader]),
      );
  }
  async addMultipleTargetTopics(topics: string[]) {
    topics.forEach((topic) => this.targetTopics.add(topic));
  }
  removeBroker() {}
  findTopicPartitionMetadata() {
    return this.partitionMetadata();
  }
  findLeaderForPartitions(_topic: string, partitions: string[]) {
    const byLeader: Record<number, number[]> = {};
    for (const id of partitions) {
      const partition = Number(id);
      const leader = this.leaders.get(partition) ?? -1;
      byLeader[leader] = [...(byLeader[leader] ?? []), partition];
    }
    return byLeader;
  }
  async findBroker({ nodeId }: { nodeId: string | number }) {
    return this.brokers.get(Number(nodeId));
  }
  async findControllerBroker() {
    return this.brokers.get(1);
  }
}

function kafkaJsProducerOver(cluster: ClusterLosingALeader): Producer {
  return createKafkaJsProducer({
    cluster,
    logger: createLogger({ level: logLevel.NOTHING, logCreator: () => () => undefined }),
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
    retry: cluster.retry,
  });
}

const keys = Array.from({ length: 60 }, (_, index) => `SKU-${String(index).padStart(7, '0')}:en`);
const messages: OutgoingMessage[] = keys.map((key) => ({ key, value: Buffer.from(key) }));
const writtenKeys = (cluster: ClusterLosingALeader) => [...cluster.written.values()].flat().sort();

describe('KafkaJsProducer when a partition leader dies mid-request', () => {
  it('shows the kafkajs defect it works around: a multi-broker send resolves with the moved partitions unwritten', async () => {
    const cluster = new ClusterLosingALeader();
    const producer = kafkaJsProducerOver(cluster);
    await producer.connect();
    const batch: ProducerBatch = {
      acks: -1,
      topicMessages: [{ topic: TOPIC, messages: messages.map(({ key, value }) => ({ key, value })) }],
    };

    await expect(producer.sendBatch(batch)).resolves.toBeDefined();

    expect(writtenKeys(cluster).length).toBeLessThan(keys.length);
  });

  it('writes every message, each partition in order, once the partitions have a leader again', async () => {
    const cluster = new ClusterLosingALeader();
    const metadata: PartitionMetadataSource = {
      connect: async () => undefined,
      disconnect: async () => undefined,
      fetchTopicMetadata: async () => ({
        topics: [{ name: TOPIC, partitions: cluster.partitionMetadata() }],
      }),
    };
    const producer = new KafkaJsProducer(
      kafkaJsProducerOver(cluster),
      metadata,
      Partitioners.DefaultPartitioner(),
    );
    await producer.connect();

    await producer.send(TOPIC, messages);

    expect(writtenKeys(cluster)).toEqual([...keys].sort());
    for (const written of cluster.written.values())
      expect(written).toEqual(keys.filter((key) => written.includes(key)));
  });

  it('keeps every key on the partition kafkajs would have chosen for it', async () => {
    const cluster = new ClusterLosingALeader();
    const choose = Partitioners.DefaultPartitioner();
    const producer = new KafkaJsProducer(
      kafkaJsProducerOver(cluster),
      {
        connect: async () => undefined,
        disconnect: async () => undefined,
        fetchTopicMetadata: async () => ({
          topics: [{ name: TOPIC, partitions: cluster.partitionMetadata() }],
        }),
      },
      choose,
    );
    await producer.connect();

    await producer.send(TOPIC, messages);

    for (const [partition, written] of cluster.written)
      for (const key of written)
        expect(
          choose({
            topic: TOPIC,
            partitionMetadata: cluster.partitionMetadata(),
            message: { key, value: null },
          }),
        ).toBe(partition);
  });
});
