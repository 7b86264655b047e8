import type { SimReply } from '../protocols/api-protocol';
import type { TrafficStats } from '../traffic/traffic-stats';
import { batchJson, epochSeconds, type BatchCall, type BatchedAnswer, type BatchHost } from './batch-routes';
import { readMultipart } from './multipart';
import { SimulatedBatch, simulatedId, type BatchedRequest } from './simulated-batch';

const ENDPOINTS = new Set(['/v1/chat/completions']);
/** Files API: one upload may be up to 512 MB; a batch's input file at most 200 MB (checked when it is used). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

interface StoredFile {
  id: string;
  purpose: string;
  filename: string;
  createdAt: number;
  data: Buffer;
}

interface LineError {
  code: string;
  message: string;
  param: string | null;
  line: number | null;
}

interface OpenAiBatch {
  batch: SimulatedBatch;
  endpoint: string;
  inputFileId: string;
  metadata: Record<string, string> | null;
  /** Why validation refused the input file (the batch then fails instead of running). */
  errors: LineError[];
  outputFileId?: string | null;
  errorFileId?: string | null;
  counts?: { total: number; completed: number; failed: number };
}

function error(status: number, message: string, param: string | null = null, code: string | null = null) {
  return batchJson(status, { error: { message, type: 'invalid_request_error', param, code } });
}

/**
 * OpenAI Files (`/v1/files`, purpose `batch`) and Batches (`/v1/batches`): upload a JSONL file of
 * `{custom_id, method, url, body}`, create a batch on `/v1/chat/completions` with `completion_window: 24h`, poll
 * it through validating → in_progress → finalizing → completed (or failed, expired, cancelling → cancelled), read
 * the output file (answers, `usage` in each) and the error file (errored, expired and cancelled requests).
 * Validation is strict, as the API's: one model per file, unique custom ids, the batch's endpoint on every line,
 * the documented request and byte limits.
 */
export class OpenAiBatchesApi {
  private readonly files = new Map<string, StoredFile>();
  private readonly batches = new Map<string, OpenAiBatch>();
  private sequence = 0;

  constructor(
    private readonly host: BatchHost,
    private readonly answer: BatchedAnswer,
    private readonly stats: TrafficStats,
  ) {}

  /** The answer, or undefined when the path is not one of these APIs. */
  handle(call: BatchCall): SimReply | undefined {
    const { method, path } = call;
    if (path === '/files') return method === 'POST' ? this.upload(call) : undefined;
    let match = /^\/files\/([^/]+)(\/content)?$/.exec(path);
    if (match && method === 'GET') {
      const file = this.files.get(match[1]);
      if (!file) return error(404, `No such File object: ${match[1]}`, 'id');
      if (!match[2]) return batchJson(200, this.fileObject(file));
      return {
        status: 200,
        headers: {},
        body: file.data.toString('utf8'),
        contentType: 'application/octet-stream',
        promptTokens: 0,
        completionTokens: 0,
      };
    }
    if (path === '/batches' && method === 'POST') return this.create(call);
    match = /^\/batches\/([^/]+)(\/cancel)?$/.exec(path);
    if (match) {
      const stored = this.batches.get(match[1]);
      if (!stored) return error(404, `No batch found with id '${match[1]}'.`, null, 'not_found');
      if (match[2] && method === 'POST') {
        if (!stored.batch.cancel(call.now) || stored.errors.length > 0) {
          return error(
            409,
            `Cannot cancel a batch with status '${this.status(stored, call.now)}'.`,
            null,
            'batch_not_cancellable',
          );
        }
        return batchJson(200, this.batchObject(stored, call.now));
      }
      if (!match[2] && method === 'GET') return batchJson(200, this.batchObject(stored, call.now));
    }
    return undefined;
  }

  private upload(call: BatchCall): SimReply {
    const parts = readMultipart(call.contentType, call.body);
    if (!parts) return error(400, 'Expected a multipart/form-data body with a file and a purpose.');
    const purpose = parts.find((p) => p.name === 'purpose')?.data.toString('utf8');
    const file = parts.find((p) => p.name === 'file' && p.filename !== undefined);
    if (!file) return error(400, "Missing required parameter: 'file'.", 'file');
    if (!purpose) return error(400, "Missing required parameter: 'purpose'.", 'purpose');
    const purposes = ['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'];
    if (!purposes.includes(purpose)) {
      return error(400, `Invalid value for 'purpose': '${purpose}'.`, 'purpose');
    }
    if (file.data.length > MAX_FILE_BYTES) return error(413, 'File is larger than 512 MB.', 'file');
    if (purpose === 'batch' && !file.filename?.endsWith('.jsonl')) {
      return error(400, 'Batch input files must be .jsonl files.', 'file', 'invalid_file_format');
    }
    const stored: StoredFile = {
      id: simulatedId('file-', `${call.now}:${++this.sequence}`),
      purpose,
      filename: file.filename ?? 'file',
      createdAt: call.now,
      data: file.data,
    };
    this.files.set(stored.id, stored);
    return batchJson(200, this.fileObject(stored));
  }

  private create(call: BatchCall): SimReply {
    let body: {
      input_file_id?: unknown;
      endpoint?: unknown;
      completion_window?: unknown;
      metadata?: unknown;
    };
    try {
      body = JSON.parse(call.body.toString('utf8')) as typeof body;
    } catch {
      return error(400, 'We could not parse the JSON body of your request.');
    }
    if (typeof body.input_file_id !== 'string') {
      return error(400, "Missing required parameter: 'input_file_id'.", 'input_file_id');
    }
    if (typeof body.endpoint !== 'string' || !ENDPOINTS.has(body.endpoint)) {
      return error(400, `Invalid value for 'endpoint': ${String(body.endpoint)}.`, 'endpoint');
    }
    if (body.completion_window !== '24h') {
      return error(
        400,
        "Invalid value for 'completion_window': only '24h' is supported.",
        'completion_window',
      );
    }
    const file = this.files.get(body.input_file_id);
    if (!file) return error(404, `No such File object: ${body.input_file_id}`, 'input_file_id');
    if (file.purpose !== 'batch') {
      return error(400, `File ${file.id} was not uploaded with purpose 'batch'.`, 'input_file_id');
    }
    const settings = this.host.settings();
    const { requests, errors } = this.readInput(file.data, body.endpoint, settings.batch);
    const id = simulatedId('batch_', `${call.now}:${++this.sequence}`);
    const stored: OpenAiBatch = {
      batch: new SimulatedBatch(
        id,
        errors.length ? [] : requests,
        call.now,
        settings.batch.processingMs,
        settings.batch.errorRate,
        errors.length ? false : this.host.takeExpiry(),
        settings.seed,
      ),
      endpoint: body.endpoint,
      inputFileId: file.id,
      metadata: (body.metadata as Record<string, string> | undefined) ?? null,
      errors,
    };
    this.batches.set(id, stored);
    return batchJson(200, this.batchObject(stored, call.now));
  }

  /** The input file's requests, or every reason it is refused (the batch then fails after validating). */
  private readInput(
    data: Buffer,
    endpoint: string,
    limits: { openAiMaxRequests: number; openAiMaxBytes: number },
  ): { requests: BatchedRequest[]; errors: LineError[] } {
    const errors: LineError[] = [];
    if (data.length > limits.openAiMaxBytes) {
      errors.push({
        code: 'file_too_large',
        message: `The input file is larger than the ${limits.openAiMaxBytes}-byte limit for a batch.`,
        param: null,
        line: null,
      });
    }
    const lines = data.toString('utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    if (lines.length > limits.openAiMaxRequests) {
      errors.push({
        code: 'too_many_requests',
        message: `The input file has ${lines.length} requests; a batch takes at most ${limits.openAiMaxRequests}.`,
        param: null,
        line: null,
      });
    }
    const requests: BatchedRequest[] = [];
    const seen = new Set<string>();
    let model: string | undefined;
    lines.forEach((text, index) => {
      const line = index + 1;
      const refuse = (code: string, message: string, param: string | null = null) =>
        errors.push({ code, message, param, line });
      let parsed: { custom_id?: unknown; method?: unknown; url?: unknown; body?: unknown };
      try {
        parsed = JSON.parse(text) as typeof parsed;
      } catch {
        return refuse('invalid_json', 'This line is not parseable as valid JSON.');
      }
      if (typeof parsed.custom_id !== 'string' || parsed.custom_id === '') {
        return refuse('missing_required_parameter', 'custom_id is required.', 'custom_id');
      }
      if (seen.has(parsed.custom_id)) {
        return refuse(
          'duplicate_custom_id',
          `The custom_id '${parsed.custom_id}' is not unique.`,
          'custom_id',
        );
      }
      seen.add(parsed.custom_id);
      if (parsed.method !== 'POST') return refuse('invalid_method', "method must be 'POST'.", 'method');
      if (parsed.url !== endpoint) {
        return refuse('mismatched_endpoint', `url must be the batch's endpoint '${endpoint}'.`, 'url');
      }
      if (typeof parsed.body !== 'object' || parsed.body === null) {
        return refuse('invalid_request', 'body must be an object.', 'body');
      }
      const bodyModel = (parsed.body as { model?: unknown }).model;
      if (typeof bodyModel !== 'string')
        return refuse('missing_required_parameter', 'body.model is required.');
      model ??= bodyModel;
      if (bodyModel !== model) {
        return refuse(
          'mismatched_model',
          'All requests in a batch input file must use the same model.',
          'model',
        );
      }
      requests.push({ customId: parsed.custom_id, body: parsed.body });
    });
    return { requests, errors: errors.slice(0, 1000) };
  }

  private status(stored: OpenAiBatch, now: number): string {
    const phase = stored.batch.phase(now);
    if (stored.errors.length > 0) return phase === 'validating' ? 'validating' : 'failed';
    if (phase !== 'ended') return phase;
    return stored.batch.ending();
  }

  /** Writes the output and error files once, when the batch is first seen ended. */
  private finish(stored: OpenAiBatch, now: number): void {
    if (stored.counts || stored.errors.length > 0) return;
    const outcomes = stored.batch.outcomesAt(now);
    if (!outcomes) return;
    const output: string[] = [];
    const failed: string[] = [];
    for (const request of stored.batch.requests) {
      const outcome = outcomes.get(request.customId);
      const lineId = simulatedId('batch_req_', `${stored.batch.id}:${request.customId}`);
      if (outcome === 'expired' || outcome === 'cancelled') {
        const [code, message] =
          outcome === 'expired'
            ? ['batch_expired', 'This request could not be executed before the completion window expired.']
            : ['batch_cancelled', 'This request was not executed because the batch was cancelled.'];
        failed.push(
          JSON.stringify({
            id: lineId,
            custom_id: request.customId,
            response: null,
            error: { code, message },
          }),
        );
        continue;
      }
      const reply =
        outcome === 'errored'
          ? batchJson(500, {
              error: {
                message: 'The server had an error while processing your request. Sorry about that!',
                type: 'server_error',
                param: null,
                code: null,
              },
            })
          : this.answer(request.body, `${stored.batch.id}:${request.customId}`);
      this.stats.recordBatched('openai_batch', reply.status, reply.promptTokens, reply.completionTokens);
      const line = JSON.stringify({
        id: lineId,
        custom_id: request.customId,
        response: {
          status_code: reply.status,
          request_id: lineId.replace('batch_req_', 'req_'),
          body: JSON.parse(reply.body ?? '{}') as unknown,
        },
        error: null,
      });
      (reply.status === 200 ? output : failed).push(line);
    }
    stored.outputFileId = output.length ? this.storeResultFile(stored, 'output', output, now) : null;
    stored.errorFileId = failed.length ? this.storeResultFile(stored, 'error', failed, now) : null;
    stored.counts = { total: stored.batch.requests.length, completed: output.length, failed: failed.length };
  }

  private storeResultFile(stored: OpenAiBatch, kind: string, lines: string[], now: number): string {
    const file: StoredFile = {
      id: simulatedId('file-', `${stored.batch.id}:${kind}`),
      purpose: 'batch_output',
      filename: `${stored.batch.id}_${kind}.jsonl`,
      createdAt: now,
      data: Buffer.from(lines.map((l) => `${l}\n`).join('')),
    };
    this.files.set(file.id, file);
    return file.id;
  }

  private batchObject(stored: OpenAiBatch, now: number) {
    this.finish(stored, now);
    const { batch } = stored;
    const status = this.status(stored, now);
    const at = (phaseStart: number, reached: boolean) => (reached ? epochSeconds(phaseStart) : null);
    const ended = batch.phase(now) === 'ended';
    const cancelAt = batch.cancelRequestedAt;
    const total = stored.errors.length ? 0 : batch.requests.length;
    return {
      id: batch.id,
      object: 'batch',
      endpoint: stored.endpoint,
      errors: stored.errors.length ? { object: 'list', data: stored.errors } : null,
      input_file_id: stored.inputFileId,
      completion_window: '24h',
      status,
      output_file_id: stored.outputFileId ?? null,
      error_file_id: stored.errorFileId ?? null,
      created_at: epochSeconds(batch.createdAt),
      in_progress_at: at(batch.createdAt, !stored.errors.length && status !== 'validating'),
      expires_at: epochSeconds(batch.createdAt + 24 * 3_600_000),
      finalizing_at: at(batch.endsAt, ended && status === 'completed'),
      completed_at: at(batch.endsAt, ended && status === 'completed'),
      failed_at: at(batch.endsAt, status === 'failed'),
      expired_at: at(batch.endsAt, ended && status === 'expired'),
      cancelling_at: cancelAt !== undefined ? epochSeconds(cancelAt) : null,
      cancelled_at: at(batch.endsAt, ended && status === 'cancelled'),
      request_counts: stored.counts ?? { total, completed: 0, failed: 0 },
      metadata: stored.metadata,
    };
  }

  private fileObject(file: StoredFile) {
    return {
      id: file.id,
      object: 'file',
      bytes: file.data.length,
      created_at: epochSeconds(file.createdAt),
      filename: file.filename,
      purpose: file.purpose,
      status: 'processed',
      expires_at: null,
      status_details: null,
    };
  }
}
