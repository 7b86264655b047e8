import type { SimReply } from '../protocols/api-protocol';
import type { SimulatorSettings } from '../simulator-settings';

/** A request to one of the batch APIs, body already read. */
export interface BatchCall {
  method: string;
  /** The path with any `/v1` prefix removed (`/files`, `/batches/x`, `/messages/batches/x/results`). */
  path: string;
  contentType?: string;
  /** `http://host:port` as the client reached the simulator (for Anthropic's absolute `results_url`). */
  origin: string;
  body: Buffer;
  now: number;
}

/** Answers one request of a batch as the interactive endpoint would (same content, same token counts). */
export type BatchedAnswer = (body: unknown, requestKey: string) => SimReply;

/** What the batch APIs need from the server around them. */
export interface BatchHost {
  settings(): SimulatorSettings;
  /** Takes the next batch's expiry (consumes one of `batch.expireNext`). */
  takeExpiry(): boolean;
}

/** A JSON answer of a batch endpoint. */
export function batchJson(status: number, body: unknown): SimReply {
  return { status, headers: {}, body: JSON.stringify(body), promptTokens: 0, completionTokens: 0 };
}

/** Epoch seconds (OpenAI) of an epoch-ms instant. */
export function epochSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
