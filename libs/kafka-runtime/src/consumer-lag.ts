import type { BrokerAdmin } from './broker.port';

/** Messages a group has still to consume on a topic: per partition, high watermark − committed offset. */
export async function totalGroupLag(admin: BrokerAdmin, groupId: string, topic: string): Promise<number> {
  const partitions = await admin.groupLag(groupId, topic);
  return partitions.reduce((sum, { committed, lowWatermark, highWatermark }) => {
    // A partition the group never committed starts from its low watermark (auto.offset.reset=earliest).
    const position = committed === '-1' ? BigInt(lowWatermark) : BigInt(committed);
    const lag = BigInt(highWatermark) - position;
    return sum + Number(lag > 0n ? lag : 0n);
  }, 0);
}
