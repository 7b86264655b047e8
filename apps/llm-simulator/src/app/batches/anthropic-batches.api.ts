import type { SimReply } from '../protocols/api-protocol';
import type { TrafficStats } from '../traffic/traffic-stats';
import { batchJson, type BatchCall, type BatchedAnswer, type BatchHost } from './batch-routes';
import { SimulatedBatch, simulatedId, type BatchedRequest } from './simulated-batch';

const CUSTOM_ID = /^[a-zA-Z0-9_-]{1,64}$/;

interface AnthropicBatch {
  batch: SimulatedBatch;
  results?: string[];
  counts?: { processing: number; succeeded: number; errored: number; canceled: number; expired: number };
}

function error(status: number, type: string, message: string): SimReply {
  return batchJson(status, { type: 'error', error: { type, message } });
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Anthropic Message Batches (`/v1/messages/batches`): `requests[{custom_id, params}]` in one JSON body, the batch
 * polled through `processing_status` in_progress → canceling → ended with `request_counts`, and the results
 * JSONL at `results_url` (`succeeded` with the message and its `usage`, `errored`, `canceled`, `expired`). A
 * request's params are checked when it is processed, as the API does: a bad one is `errored` with
 * `invalid_request_error`, the rest of the batch is unaffected. Shape and limits are checked at creation (400/413).
 */
export class AnthropicBatchesApi {
  private readonly batches = new Map<string, AnthropicBatch>();
  private sequence = 0;

  constructor(
    private readonly host: BatchHost,
    private readonly answer: BatchedAnswer,
    private readonly stats: TrafficStats,
  ) {}

  handle(call: BatchCall): SimReply | undefined {
    const { method, path } = call;
    if (path === '/messages/batches' && method === 'POST') return this.create(call);
    const match = /^\/messages\/batches\/([^/]+)(\/cancel|\/results)?$/.exec(path);
    if (!match) return undefined;
    const stored = this.batches.get(match[1]);
    if (!stored) return error(404, 'not_found_error', `Message batch ${match[1]} not found.`);
    if (match[2] === '/cancel' && method === 'POST') {
      stored.batch.cancel(call.now);
      return batchJson(200, this.batchObject(stored, call));
    }
    if (match[2] === '/results' && method === 'GET') {
      this.finish(stored, call.now);
      if (!stored.results) {
        return error(400, 'invalid_request_error', `Batch ${stored.batch.id} has not finished processing.`);
      }
      return {
        status: 200,
        headers: {},
        body: stored.results.map((l) => `${l}\n`).join(''),
        contentType: 'application/binary',
        promptTokens: 0,
        completionTokens: 0,
      };
    }
    if (!match[2] && method === 'GET') return batchJson(200, this.batchObject(stored, call));
    return undefined;
  }

  private create(call: BatchCall): SimReply {
    const settings = this.host.settings();
    if (call.body.length > settings.batch.anthropicMaxBytes) {
      return error(
        413,
        'request_too_large',
        `A batch is limited to ${settings.batch.anthropicMaxBytes} bytes.`,
      );
    }
    let body: { requests?: unknown };
    try {
      body = JSON.parse(call.body.toString('utf8')) as typeof body;
    } catch {
      return error(400, 'invalid_request_error', 'The request body is not valid JSON.');
    }
    if (!Array.isArray(body.requests) || body.requests.length === 0) {
      return error(400, 'invalid_request_error', 'requests: List should have at least 1 item');
    }
    if (body.requests.length > settings.batch.anthropicMaxRequests) {
      return error(
        400,
        'invalid_request_error',
        `requests: a batch takes at most ${settings.batch.anthropicMaxRequests} requests`,
      );
    }
    const requests: BatchedRequest[] = [];
    const seen = new Set<string>();
    for (const [index, item] of (body.requests as unknown[]).entries()) {
      const { custom_id: customId, params } = (item ?? {}) as { custom_id?: unknown; params?: unknown };
      if (typeof customId !== 'string' || !CUSTOM_ID.test(customId)) {
        return error(
          400,
          'invalid_request_error',
          `requests.${index}.custom_id: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'`,
        );
      }
      if (seen.has(customId)) {
        return error(
          400,
          'invalid_request_error',
          `requests: custom_id '${customId}' is used more than once`,
        );
      }
      seen.add(customId);
      if (typeof params !== 'object' || params === null) {
        return error(400, 'invalid_request_error', `requests.${index}.params: Field required`);
      }
      if ((params as { stream?: unknown }).stream === true) {
        return error(
          400,
          'invalid_request_error',
          `requests.${index}.params.stream: streaming is not supported in batches`,
        );
      }
      requests.push({ customId, body: params });
    }
    const id = simulatedId('msgbatch_', `${call.now}:${++this.sequence}`);
    const stored: AnthropicBatch = {
      batch: new SimulatedBatch(
        id,
        requests,
        call.now,
        settings.batch.processingMs,
        settings.batch.errorRate,
        this.host.takeExpiry(),
        settings.seed,
      ),
    };
    this.batches.set(id, stored);
    return batchJson(200, this.batchObject(stored, call));
  }

  /** Fixes every request's result once, when the batch is first seen ended. */
  private finish(stored: AnthropicBatch, now: number): void {
    if (stored.results) return;
    const outcomes = stored.batch.outcomesAt(now);
    if (!outcomes) return;
    const counts = { processing: 0, succeeded: 0, errored: 0, canceled: 0, expired: 0 };
    stored.results = stored.batch.requests.map((request) => {
      const outcome = outcomes.get(request.customId);
      const line = (result: unknown) => JSON.stringify({ custom_id: request.customId, result });
      if (outcome === 'cancelled') {
        counts.canceled += 1;
        return line({ type: 'canceled' });
      }
      if (outcome === 'expired') {
        counts.expired += 1;
        return line({ type: 'expired' });
      }
      const reply =
        outcome === 'errored'
          ? error(500, 'api_error', 'Internal server error')
          : this.answer(request.body, `${stored.batch.id}:${request.customId}`);
      this.stats.recordBatched('anthropic_batch', reply.status, reply.promptTokens, reply.completionTokens);
      if (reply.status === 200) {
        counts.succeeded += 1;
        return line({ type: 'succeeded', message: JSON.parse(reply.body ?? '{}') as unknown });
      }
      counts.errored += 1;
      return line({ type: 'errored', error: JSON.parse(reply.body ?? '{}') as unknown });
    });
    stored.counts = counts;
  }

  private batchObject(stored: AnthropicBatch, call: BatchCall) {
    this.finish(stored, call.now);
    const { batch } = stored;
    const phase = batch.phase(call.now);
    const ended = phase === 'ended';
    const cancelAt = batch.cancelRequestedAt;
    return {
      id: batch.id,
      type: 'message_batch',
      processing_status: ended ? 'ended' : cancelAt !== undefined ? 'canceling' : 'in_progress',
      request_counts: stored.counts ?? {
        processing: batch.requests.length,
        succeeded: 0,
        errored: 0,
        canceled: 0,
        expired: 0,
      },
      ended_at: ended ? iso(batch.endsAt) : null,
      created_at: iso(batch.createdAt),
      expires_at: iso(batch.createdAt + 24 * 3_600_000),
      archived_at: null,
      cancel_initiated_at: cancelAt !== undefined ? iso(cancelAt) : null,
      results_url: ended ? `${call.origin}/v1/messages/batches/${batch.id}/results` : null,
    };
  }
}
