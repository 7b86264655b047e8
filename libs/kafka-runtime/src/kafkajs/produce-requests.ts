import type { OutgoingMessage } from '../broker.port';

export interface TopicMessages {
  topic: string;
  messages: OutgoingMessage[];
}

/**
 * What one produce request may carry. The broker refuses a partition's record batch above `message.max.bytes`
 * (1 MiB by default); half of that for the whole request keeps every partition's share under it, whatever the
 * spread.
 */
export const MAX_PRODUCE_REQUEST_BYTES = 512 * 1024;

/** Bytes a message adds to a produce request, near enough to size requests (framing left out). */
export function messageBytes(message: OutgoingMessage): number {
  let bytes = (message.value?.length ?? 0) + (message.key ? Buffer.byteLength(message.key) : 0);
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
  }
  return bytes;
}

/**
 * Regroups topic batches into produce requests of at most `maxBytes` each, in order; a message larger than that
 * goes alone. Sent one after another they keep every partition's order.
 */
export function splitIntoRequests(batches: readonly TopicMessages[], maxBytes: number): TopicMessages[][] {
  const requests: TopicMessages[][] = [];
  let current: TopicMessages[] = [];
  let currentBytes = 0;
  for (const { topic, messages } of batches) {
    for (const message of messages) {
      const bytes = messageBytes(message);
      if (currentBytes > 0 && currentBytes + bytes > maxBytes) {
        requests.push(current);
        current = [];
        currentBytes = 0;
      }
      const last = current.at(-1);
      if (last?.topic === topic) last.messages.push(message);
      else current.push({ topic, messages: [message] });
      currentBytes += bytes;
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
