import type { StructuredOutput } from '../content/structured-output';
import type { ChatMessage } from '../tokens/token-counter';

/** One call to put into a provider batch; `customId` ties its result back to the task attempt. */
export interface BatchRequest {
  customId: string;
  messages: readonly ChatMessage[];
  output: StructuredOutput;
  user?: string;
}

/** What the provider allows per batch (documented limits, or lower ones from configuration). */
export interface BatchLimits {
  maxRequests: number;
  maxBytes: number;
}

/** A created batch: the provider's id (and, on OpenAI, its input file's). */
export interface SubmittedBatch {
  batchId: string;
  inputFileId?: string;
}

/** Where a polled batch is: still running, or ended (completed, expired, cancelled or failed alike). */
export interface BatchProgress {
  ended: boolean;
  /** The provider's own status word (`in_progress`, `finalizing`, `expired`, `ended` …), for logs and the table. */
  providerStatus: string;
}

/** Tokens one batched call was billed. */
export interface BatchedUsage {
  promptTokens: number;
  completionTokens: number;
}

/** What became of one request of an ended batch. A request missing from the results was never run. */
export type BatchLineResult =
  | {
      customId: string;
      outcome: 'succeeded';
      /** The answer's JSON text (a forced tool call's input, serialised, on Anthropic). */
      text: string;
      usage: BatchedUsage;
      model: string;
      truncated: boolean;
      refused: boolean;
    }
  | { customId: string; outcome: 'errored'; code: string; message: string; usage?: BatchedUsage }
  | { customId: string; outcome: 'expired' | 'canceled' };

/**
 * A provider's batch API (OpenAI Batch, Anthropic Message Batches) behind one interface. Methods throw
 * `ProviderError` only.
 */
export interface BatchProviderClient {
  readonly provider: 'openai' | 'anthropic';
  readonly model: string;
  readonly limits: BatchLimits;
  /** Bytes `request` adds to a batch (a JSONL line, or an element of the requests array). */
  requestBytes(request: BatchRequest): number;
  submit(requests: readonly BatchRequest[], label: string): Promise<SubmittedBatch>;
  poll(batchId: string): Promise<BatchProgress>;
  /** Every result of an ended batch. */
  results(batchId: string): Promise<BatchLineResult[]>;
  cancel(batchId: string): Promise<void>;
}
