import { ALL_TOPICS, retryTopicFor } from '@content-pipeline/contracts';
import type { BrokerAdmin } from './broker.port';

/** Creates the catalogue's topics and the given groups' retry topics when missing (idempotent). */
export async function provisionTopics(
  admin: BrokerAdmin,
  settings: { partitions: number; replicationFactor: number; consumerGroups: string[] },
): Promise<void> {
  await admin.ensureTopics([
    ...ALL_TOPICS.map((topic) => ({
      name: topic.name,
      partitions: settings.partitions,
      replicationFactor: settings.replicationFactor,
    })),
    ...settings.consumerGroups.map((group) => ({
      name: retryTopicFor(group),
      partitions: settings.partitions,
      replicationFactor: settings.replicationFactor,
    })),
  ]);
}
