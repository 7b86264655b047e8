import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { ALL_TOPICS } from '@content-pipeline/contracts';
import { waitFor, WORKSPACE_ROOT } from '@content-pipeline/testing';

/** `scripts/infra.sh broker stop|kill|start N`: one node of the three-node cluster. */
export function brokerCommand(action: 'stop' | 'kill' | 'start', node: number): void {
  execFileSync(join(WORKSPACE_ROOT, 'scripts', 'infra.sh'), ['broker', action, String(node)], {
    stdio: 'ignore',
  });
}

function admin(brokers: string[]) {
  return new Kafka({ clientId: 'faults-cluster', brokers, logLevel: logLevel.NOTHING }).admin();
}

async function partitionsOfPipelineTopics(brokers: string[]) {
  const client = admin(brokers);
  await client.connect();
  try {
    const existing = new Set(await client.listTopics());
    const { topics } = await client.fetchTopicMetadata({
      topics: ALL_TOPICS.map((topic) => topic.name).filter((name) => existing.has(name)),
    });
    return topics.flatMap((topic) => topic.partitions);
  } finally {
    await client.disconnect();
  }
}

/** The node leading the most partitions of the pipeline's topics: losing it moves the most leadership. */
export async function busiestLeader(brokers: string[]): Promise<{ node: number; partitions: number }> {
  const leaders = new Map<number, number>();
  for (const partition of await partitionsOfPipelineTopics(brokers))
    leaders.set(partition.leader, (leaders.get(partition.leader) ?? 0) + 1);
  const [node, partitions] = [...leaders].sort((a, b) => b[1] - a[1])[0];
  return { node, partitions };
}

/** Partitions of the pipeline's topics whose in-sync replicas are fewer than their replicas. */
export async function underReplicatedPartitions(brokers: string[]): Promise<number> {
  return (await partitionsOfPipelineTopics(brokers)).filter(
    (partition) => partition.isr.length < partition.replicas.length,
  ).length;
}

/** Waits until every replica of the pipeline's topics is in sync again (after a node came back). */
export async function waitForFullIsr(brokers: string[], timeoutMs = 180_000): Promise<void> {
  await waitFor(
    () => underReplicatedPartitions(brokers).catch(() => Number.POSITIVE_INFINITY),
    (count) => count === 0,
    { timeoutMs, intervalMs: 2_000, description: 'every partition fully in sync' },
  );
}
