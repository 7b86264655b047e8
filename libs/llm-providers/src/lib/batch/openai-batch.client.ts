import OpenAI, { toFile } from 'openai';
import { toProviderFailure } from '../chat/sdk-failure';
import { asRecord } from '../http/json-body';
import { RequestDeadline } from '../http/request-deadline';
import { openAiChatParams } from '../openai/openai-chat.transport';
import { mapOpenAiError, type OpenAiErrorBody } from '../openai/openai-error.mapper';
import type { OpenAiProviderConfig } from '../port/provider.config';
import type {
  BatchLimits,
  BatchLineResult,
  BatchProgress,
  BatchProviderClient,
  BatchRequest,
  SubmittedBatch,
} from './batch-client.port';

const ENDPOINT = '/v1/chat/completions';
/** OpenAI's documented limits per batch input file. */
export const OPENAI_BATCH_LIMITS: BatchLimits = { maxRequests: 50_000, maxBytes: 200 * 1024 * 1024 };
const ENDED = new Set(['completed', 'failed', 'expired', 'cancelled']);

interface OutputLine {
  custom_id?: string;
  response?: { status_code?: number; body?: unknown } | null;
  error?: { code?: string; message?: string } | null;
}

/**
 * OpenAI Batch API through the official SDK, its retries off: the requests as a JSONL file uploaded with
 * `purpose: batch` (each line's `body` is exactly the interactive call's request), a batch on
 * `/v1/chat/completions` with the 24-h window, the output and error files read when it ends.
 */
export class OpenAiBatchClient implements BatchProviderClient {
  readonly provider = 'openai' as const;
  private readonly client: OpenAI;

  constructor(
    private readonly config: OpenAiProviderConfig,
    readonly limits: BatchLimits = OPENAI_BATCH_LIMITS,
  ) {
    this.client = new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.baseUrl,
      maxRetries: 0,
      timeout: config.timeoutMs,
      defaultHeaders: config.extraHeaders,
    });
  }

  get model(): string {
    return this.config.model;
  }

  private line(request: BatchRequest): string {
    return JSON.stringify({
      custom_id: request.customId,
      method: 'POST',
      url: ENDPOINT,
      body: openAiChatParams(this.config, request.messages, request.output, request.user),
    });
  }

  requestBytes(request: BatchRequest): number {
    return Buffer.byteLength(this.line(request)) + 1;
  }

  async submit(requests: readonly BatchRequest[], label: string): Promise<SubmittedBatch> {
    return this.sdk(async (signal) => {
      const jsonl = requests.map((r) => `${this.line(r)}\n`).join('');
      const file = await this.client.files.create(
        { file: await toFile(Buffer.from(jsonl), `${label}.jsonl`), purpose: 'batch' },
        { signal },
      );
      const batch = await this.client.batches.create(
        { input_file_id: file.id, endpoint: ENDPOINT, completion_window: '24h', metadata: { label } },
        { signal },
      );
      return { batchId: batch.id, inputFileId: file.id };
    });
  }

  async poll(batchId: string): Promise<BatchProgress> {
    const batch = await this.sdk((signal) => this.client.batches.retrieve(batchId, { signal }));
    // A batch that failed validation says why in `errors`: kept with the status for the operator.
    const why = batch.errors?.data?.[0];
    const status = why ? `${batch.status} (${why.code ?? 'error'}: ${why.message ?? ''})` : batch.status;
    return { ended: ENDED.has(batch.status), providerStatus: status.slice(0, 300) };
  }

  async results(batchId: string): Promise<BatchLineResult[]> {
    return this.sdk(async (signal) => {
      const batch = await this.client.batches.retrieve(batchId, { signal });
      const lines: OutputLine[] = [];
      for (const fileId of [batch.output_file_id, batch.error_file_id]) {
        if (!fileId) continue;
        const text = await (await this.client.files.content(fileId, { signal })).text();
        for (const raw of text.split('\n')) if (raw.trim()) lines.push(JSON.parse(raw) as OutputLine);
      }
      return lines.filter((l) => typeof l.custom_id === 'string').map((l) => this.toResult(l));
    });
  }

  async cancel(batchId: string): Promise<void> {
    await this.sdk((signal) => this.client.batches.cancel(batchId, { signal }));
  }

  private toResult(line: OutputLine): BatchLineResult {
    const customId = line.custom_id as string;
    if (line.error || !line.response) {
      const code = line.error?.code ?? 'batch_line_failed';
      if (code === 'batch_expired') return { customId, outcome: 'expired' };
      if (code === 'batch_cancelled') return { customId, outcome: 'canceled' };
      return { customId, outcome: 'errored', code, message: line.error?.message ?? code };
    }
    const body = asRecord(line.response.body) ?? {};
    const usage = asRecord(body['usage']);
    const billed = {
      promptTokens: Number(usage?.['prompt_tokens'] ?? 0),
      completionTokens: Number(usage?.['completion_tokens'] ?? 0),
    };
    if (line.response.status_code !== 200) {
      const error = mapOpenAiError(
        line.response.status_code ?? 500,
        asRecord(body['error']) as OpenAiErrorBody | undefined,
        undefined,
      );
      return { customId, outcome: 'errored', code: error.code, message: error.message, usage: billed };
    }
    const choice = asRecord((body['choices'] as unknown[] | undefined)?.[0]);
    const message = asRecord(choice?.['message']);
    return {
      customId,
      outcome: 'succeeded',
      text: typeof message?.['content'] === 'string' ? message['content'] : '',
      usage: billed,
      model: typeof body['model'] === 'string' ? body['model'] : this.config.model,
      truncated: choice?.['finish_reason'] === 'length',
      refused: Boolean(message?.['refusal']) || choice?.['finish_reason'] === 'content_filter',
    };
  }

  private async sdk<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const deadline = new RequestDeadline(this.config.timeoutMs);
    try {
      return await call(deadline.signal);
    } catch (error) {
      throw toProviderFailure(error, this.provider, deadline, (status, body, retryAfterMs) =>
        mapOpenAiError(status, asRecord(body) as OpenAiErrorBody | undefined, retryAfterMs),
      );
    } finally {
      deadline.dispose();
    }
  }
}
