import Anthropic from '@anthropic-ai/sdk';
import { mapAnthropicError, type AnthropicErrorBody } from '../anthropic/anthropic-error.mapper';
import { anthropicMessageParams } from '../anthropic/anthropic-messages.transport';
import { toProviderFailure } from '../chat/sdk-failure';
import { asRecord } from '../http/json-body';
import { RequestDeadline } from '../http/request-deadline';
import type { AnthropicProviderConfig } from '../port/provider.config';
import type {
  BatchLimits,
  BatchLineResult,
  BatchProgress,
  BatchProviderClient,
  BatchRequest,
  SubmittedBatch,
} from './batch-client.port';

/** Anthropic's documented limits per Message Batch. */
export const ANTHROPIC_BATCH_LIMITS: BatchLimits = { maxRequests: 100_000, maxBytes: 256 * 1024 * 1024 };

/**
 * Anthropic Message Batches through the official SDK, its retries off: `requests[{custom_id, params}]` where
 * `params` is exactly the interactive call's request, polled by `processing_status`, results streamed from
 * `results_url` when it has ended.
 */
export class AnthropicBatchClient implements BatchProviderClient {
  readonly provider = 'anthropic' as const;
  private readonly client: Anthropic;

  constructor(
    private readonly config: AnthropicProviderConfig,
    readonly limits: BatchLimits = ANTHROPIC_BATCH_LIMITS,
  ) {
    this.client = new Anthropic({
      apiKey: config.apiKey,
      baseURL: config.baseUrl,
      maxRetries: 0,
      timeout: config.timeoutMs,
      defaultHeaders: { 'anthropic-version': config.anthropicVersion },
    });
  }

  get model(): string {
    return this.config.model;
  }

  private entry(request: BatchRequest) {
    return {
      custom_id: request.customId,
      params: anthropicMessageParams(this.config, request.messages, request.output, request.user),
    };
  }

  requestBytes(request: BatchRequest): number {
    return Buffer.byteLength(JSON.stringify(this.entry(request))) + 1;
  }

  async submit(requests: readonly BatchRequest[]): Promise<SubmittedBatch> {
    const batch = await this.sdk((signal) =>
      this.client.messages.batches.create({ requests: requests.map((r) => this.entry(r)) }, { signal }),
    );
    return { batchId: batch.id };
  }

  async poll(batchId: string): Promise<BatchProgress> {
    const batch = await this.sdk((signal) => this.client.messages.batches.retrieve(batchId, {}, { signal }));
    return { ended: batch.processing_status === 'ended', providerStatus: batch.processing_status };
  }

  async results(batchId: string): Promise<BatchLineResult[]> {
    return this.sdk(async (signal) => {
      const results: BatchLineResult[] = [];
      const stream = await this.client.messages.batches.results(batchId, {}, { signal });
      for await (const line of stream) results.push(this.toResult(line));
      return results;
    });
  }

  async cancel(batchId: string): Promise<void> {
    await this.sdk((signal) => this.client.messages.batches.cancel(batchId, {}, { signal }));
  }

  private toResult(line: Anthropic.Messages.MessageBatchIndividualResponse): BatchLineResult {
    const customId = line.custom_id;
    const result = line.result;
    if (result.type === 'canceled' || result.type === 'expired') return { customId, outcome: result.type };
    if (result.type === 'errored') {
      const body = asRecord(asRecord(result.error)?.['error']) as AnthropicErrorBody | undefined;
      const status = body?.type === 'invalid_request_error' ? 400 : 500;
      const error = mapAnthropicError(status, body, undefined);
      return { customId, outcome: 'errored', code: error.code, message: error.message };
    }
    const message = result.message;
    const toolUse = message.content.find((b) => b.type === 'tool_use');
    const usage = message.usage;
    return {
      customId,
      outcome: 'succeeded',
      text:
        toolUse && toolUse.type === 'tool_use'
          ? JSON.stringify(toolUse.input)
          : message.content.map((b) => (b.type === 'text' ? b.text : '')).join(''),
      usage: {
        promptTokens:
          (usage?.input_tokens ?? 0) +
          (usage?.cache_creation_input_tokens ?? 0) +
          (usage?.cache_read_input_tokens ?? 0),
        completionTokens: usage?.output_tokens ?? 0,
      },
      model: message.model,
      truncated: message.stop_reason === 'max_tokens',
      refused: message.stop_reason === 'refusal',
    };
  }

  private async sdk<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const deadline = new RequestDeadline(this.config.timeoutMs);
    try {
      return await call(deadline.signal);
    } catch (error) {
      throw toProviderFailure(error, this.provider, deadline, (status, body, retryAfterMs) =>
        mapAnthropicError(
          status,
          asRecord(asRecord(body)?.['error']) as AnthropicErrorBody | undefined,
          retryAfterMs,
        ),
      );
    } finally {
      deadline.dispose();
    }
  }
}
