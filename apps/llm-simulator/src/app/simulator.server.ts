import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prepareTokenCounter } from '@content-pipeline/llm-providers';
import { AnthropicBatchesApi } from './batches/anthropic-batches.api';
import type { BatchHost } from './batches/batch-routes';
import { OpenAiBatchesApi } from './batches/openai-batches.api';
import { mulberry32 } from './content/deterministic-random';
import { SimulatedModel } from './content/simulated-model';
import { AnthropicProtocol } from './protocols/anthropic.protocol';
import type { ApiProtocol, LimitState, SimReply, SplitLimitState } from './protocols/api-protocol';
import { DifyProtocol } from './protocols/dify.protocol';
import { breakWorkflowContract, refusalReply } from './faults/provider-refusal';
import { OpenAiProtocol } from './protocols/openai.protocol';
import {
  applySettingsPatch,
  settingsPatchSchema,
  type RateLimiterKind,
  type SimulatorSettings,
} from './simulator-settings';
import { admissionCharge } from './traffic/admission-charge';
import { RateLimitWindow, type RateLimiter } from './traffic/rate-limit.window';
import { TokenBucketLimiter } from './traffic/token-bucket.limiter';
import { TrafficStats } from './traffic/traffic-stats';

const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Batch uploads: OpenAI's 200 MB input file or Anthropic's 256 MB batch, plus the multipart envelope. */
const MAX_BATCH_BODY_BYTES = 260 * 1024 * 1024;
const BATCH_PATH = /^(?:\/v1)?(\/files(?:\/.*)?|\/batches(?:\/.*)?|\/messages\/batches(?:\/.*)?)$/;
const UNLIMITED = 1_000_000_000;

/**
 * The LLM simulator: Dify Workflow, OpenAI chat completions and Anthropic messages over plain node:http, with
 * deterministic content, configurable latency, rate limits, transient errors, hangs, outages and content faults,
 * and traffic statistics. Kept framework-free so it can serve hundreds of requests per second at zero latency.
 */
export class SimulatorServer {
  private readonly server: Server;
  private readonly model = new SimulatedModel();
  private readonly stats = new TrafficStats();
  private limiter: RateLimiter;
  /** Anthropic's separate input and output token limits (settings `itpm`, `otpm`). */
  private inputWindow: RateLimiter;
  private outputWindow: RateLimiter;
  private readonly anthropic = new AnthropicProtocol();
  private readonly hanging = new Set<ServerResponse>();
  private readonly routes: ReadonlyMap<string, ApiProtocol>;
  private readonly dify = new DifyProtocol();
  private readonly openAiBatches: OpenAiBatchesApi;
  private readonly anthropicBatches: AnthropicBatchesApi;
  private transportRandom: () => number;

  constructor(private settings: SimulatorSettings) {
    this.limiter = rateLimiter(settings.limiter, settings.rpm, settings.tpm);
    this.inputWindow = rateLimiter(settings.limiter, 0, settings.itpm);
    this.outputWindow = rateLimiter(settings.limiter, 0, settings.otpm);
    this.transportRandom = mulberry32(settings.seed);
    const openAi = new OpenAiProtocol();
    const batchHost: BatchHost = {
      settings: () => this.settings,
      takeExpiry: () => {
        if (this.settings.batch.expireNext <= 0) return false;
        this.settings = {
          ...this.settings,
          batch: { ...this.settings.batch, expireNext: this.settings.batch.expireNext - 1 },
        };
        return true;
      },
    };
    this.openAiBatches = new OpenAiBatchesApi(batchHost, this.batchedAnswer(openAi), this.stats);
    this.anthropicBatches = new AnthropicBatchesApi(
      batchHost,
      this.batchedAnswer(this.anthropic),
      this.stats,
    );
    this.routes = new Map<string, ApiProtocol>([
      ['/v1/workflows/run', this.dify],
      ['/v1/chat/completions', openAi],
      ['/chat/completions', openAi],
      ['/v1/messages', this.anthropic],
    ]);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        console.error('llm-simulator: unhandled error', error);
        if (!res.headersSent)
          this.send(res, {
            status: 500,
            headers: {},
            body: '{"error":"simulator failure"}',
            promptTokens: 0,
            completionTokens: 0,
          });
      });
    });
    this.server.keepAliveTimeout = 65_000;
  }

  /** Starts listening; port 0 picks a free port. Resolves with the bound port. */
  listen(port: number, host = '127.0.0.1'): Promise<number> {
    // Every answer bills counted tokens: the tokenizer is built before the first request, not inside it.
    prepareTokenCounter();
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  /** Stops accepting, drops hanging requests and open keep-alive connections. */
  close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Current settings (for tests and `GET /_sim/config`). */
  get currentSettings(): SimulatorSettings {
    return this.settings;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/health') return this.sendJson(res, 200, { status: 'ok' });
    if (path.startsWith('/_sim/')) return this.handleControl(req, res, path);
    if (req.method === 'GET' && path === '/v1/parameters') {
      const reply = hasAuth(req)
        ? this.dify.parameters({ settings: this.settings })
        : this.dify.unauthorized();
      return this.send(res, reply);
    }
    const batchPath = BATCH_PATH.exec(path)?.[1];
    if (batchPath) return this.handleBatch(req, res, batchPath);
    const protocol = this.routes.get(path);
    if (!protocol)
      return this.sendJson(res, 404, {
        code: 'not_found',
        message: `No route for ${req.method} ${path}`,
        status: 404,
      });
    if (req.method !== 'POST')
      return this.sendJson(res, 405, { code: 'method_not_allowed', message: 'Use POST', status: 405 });
    const raw = await readBody(req);
    const reply = this.answer(protocol, req, raw);
    if (reply === 'hang') {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    // Counted when it arrives, as the rate limit counted it (a provider's window runs over request times), not
    // when the answer leaves after the latency.
    this.stats.record(
      protocol.api,
      reply.status,
      reply.promptTokens,
      reply.completionTokens,
      reply.chargedTokens,
      reply.countedApart,
    );
    const delay = this.latencyMs();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    this.send(res, reply);
    reply.afterAnswer?.();
  }

  private answer(protocol: ApiProtocol, req: IncomingMessage, raw: Buffer | undefined): SimReply | 'hang' {
    if (raw === undefined) return protocol.badRequest('request body too large');
    if (!hasAuth(req)) return protocol.unauthorized();
    const { acceptedApiKey, providerRefusal } = this.settings;
    if (acceptedApiKey && presentedKey(req) !== acceptedApiKey) return protocol.unauthorized();
    const refusal = refusalReply(protocol.api, providerRefusal, this.settings.model);
    if (refusal) return refusal;
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return protocol.badRequest('request body is not valid JSON');
    }
    const now = Date.now();
    const requestId = createHash('sha256')
      .update(raw)
      .update(String(this.settings.seed))
      .digest('hex')
      .slice(0, 32);
    const reply = protocol.answer(body, { settings: this.settings, model: this.model, requestId, now });
    if (reply.status !== 200) return reply;

    if (protocol.api === 'anthropic' && (this.settings.itpm > 0 || this.settings.otpm > 0)) {
      const apart = this.admitApart(body, reply);
      if (apart.status !== 200) return apart;
      return this.afterAdmission(protocol, apart, now);
    }
    const charged = admissionCharge(protocol.api, body, reply.promptTokens, reply.completionTokens);
    const admission = this.limiter.admit(charged);
    const limits: LimitState = {
      limitRequests: this.settings.rpm || UNLIMITED,
      limitTokens: this.settings.tpm || UNLIMITED,
      remainingRequests: Math.min(admission.remainingRequests, UNLIMITED),
      remainingTokens: Math.min(admission.remainingTokens, UNLIMITED),
      resetRequestsMs: admission.admitted ? admission.resetRequestsMs : admission.retryAfterMs,
      resetTokensMs: admission.admitted ? admission.resetTokensMs : admission.retryAfterMs,
    };
    if (!admission.admitted) return protocol.rateLimited(admission.reason, admission.retryAfterMs, limits);
    return this.afterAdmission(
      protocol,
      { ...reply, chargedTokens: charged, headers: { ...reply.headers, ...protocol.limitHeaders(limits) } },
      now,
    );
  }

  /** Transport faults and account refusals of an admitted request, else its answer. */
  private afterAdmission(protocol: ApiProtocol, answered: SimReply, now: number): SimReply | 'hang' {
    // Transport faults draw from one seeded sequence: the same request order gives the same faults.
    if (this.settings.outageUntil > now) return protocol.serverError(503);
    const draw = this.transportRandom();
    if (draw < this.settings.hangRate) return 'hang';
    if (draw < this.settings.hangRate + this.settings.error5xxRate) {
      return protocol.serverError([500, 502, 503][Math.floor(this.transportRandom() * 3)]);
    }
    return this.settings.providerRefusal === 'contract_mismatch'
      ? breakWorkflowContract(protocol.api, answered)
      : answered;
  }

  /**
   * Anthropic's separate limits, as its rate-limit documentation describes them: requests per minute; input tokens
   * per minute counting uncached input and cache writes (cache reads do not count); output tokens per minute
   * estimated from the request's `max_tokens` when it arrives and corrected to the tokens generated when the answer
   * ends — so answers in flight hold their `max_tokens`. A request over any of them gets a 429 naming that limit.
   */
  private admitApart(body: unknown, reply: SimReply): SimReply {
    const maxTokens = (body as { max_tokens: number }).max_tokens;
    const input = reply.promptTokens;
    const requests = this.limiter.check(0);
    const inputs = this.inputWindow.check(input);
    const outputs = this.outputWindow.check(maxTokens);
    const state = (): SplitLimitState => ({
      limitRequests: this.settings.rpm || UNLIMITED,
      remainingRequests: Math.min(requests.remainingRequests, UNLIMITED),
      resetRequestsMs: requests.admitted ? requests.resetRequestsMs : requests.retryAfterMs,
      limitInputTokens: this.settings.itpm || UNLIMITED,
      remainingInputTokens: Math.min(inputs.remainingTokens, UNLIMITED),
      resetInputTokensMs: inputs.admitted ? inputs.resetTokensMs : inputs.retryAfterMs,
      limitOutputTokens: this.settings.otpm || UNLIMITED,
      remainingOutputTokens: Math.min(outputs.remainingTokens, UNLIMITED),
      resetOutputTokensMs: outputs.admitted ? outputs.resetTokensMs : outputs.retryAfterMs,
    });
    if (!requests.admitted)
      return this.anthropic.rateLimitedApart('requests', requests.retryAfterMs, state());
    if (!inputs.admitted)
      return this.anthropic.rateLimitedApart('input_tokens', inputs.retryAfterMs, state());
    if (!outputs.admitted)
      return this.anthropic.rateLimitedApart('output_tokens', outputs.retryAfterMs, state());
    const counted = { requests: this.limiter.commit(0), inputs: this.inputWindow.commit(input) };
    const output = this.outputWindow.commit(maxTokens);
    const limits: SplitLimitState = {
      limitRequests: this.settings.rpm || UNLIMITED,
      remainingRequests: Math.min(counted.requests.remainingRequests, UNLIMITED),
      resetRequestsMs: counted.requests.resetRequestsMs,
      limitInputTokens: this.settings.itpm || UNLIMITED,
      remainingInputTokens: Math.min(counted.inputs.remainingTokens, UNLIMITED),
      resetInputTokensMs: counted.inputs.resetTokensMs,
      limitOutputTokens: this.settings.otpm || UNLIMITED,
      remainingOutputTokens: Math.min(output.remainingTokens, UNLIMITED),
      resetOutputTokensMs: output.resetTokensMs,
    };
    const generated = reply.completionTokens;
    return {
      ...reply,
      chargedTokens: input + generated,
      countedApart: { inputTokens: input, outputTokens: generated },
      headers: { ...reply.headers, ...this.anthropic.limitHeadersApart(limits) },
      afterAnswer: () => this.outputWindow.settle(output.entry, generated),
    };
  }

  /**
   * A request to a batch API. Batches have their own limits (requests and bytes per batch) instead of the
   * interactive rate limit, and no transport faults; their failures are the configured batch faults.
   */
  private async handleBatch(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const raw = await readBody(req, MAX_BATCH_BODY_BYTES);
    const api = path.startsWith('/messages/') ? this.anthropicBatches : this.openAiBatches;
    const protocol = this.routes.get(path.startsWith('/messages/') ? '/v1/messages' : '/v1/chat/completions');
    if (!protocol) return;
    if (raw === undefined) return this.send(res, protocol.badRequest('request body too large'));
    if (!hasAuth(req)) return this.send(res, protocol.unauthorized());
    const { acceptedApiKey } = this.settings;
    if (acceptedApiKey && presentedKey(req) !== acceptedApiKey)
      return this.send(res, protocol.unauthorized());
    const reply = api.handle({
      method: req.method ?? 'GET',
      path,
      contentType: req.headers['content-type'],
      origin: `http://${req.headers.host ?? '127.0.0.1'}`,
      body: raw,
      now: Date.now(),
    });
    if (!reply) {
      return this.sendJson(res, 404, {
        code: 'not_found',
        message: `No route for ${req.method} ${path}`,
        status: 404,
      });
    }
    this.send(res, reply);
  }

  /** Answers one batched request as the interactive endpoint would, with an id stem from the batch and custom id. */
  private batchedAnswer(protocol: ApiProtocol) {
    return (body: unknown, requestKey: string): SimReply => {
      if ((body as { stream?: unknown } | null)?.stream === true) {
        return protocol.badRequest('stream: streaming is not supported in a batch');
      }
      const requestId = createHash('sha256')
        .update(requestKey)
        .update(String(this.settings.seed))
        .digest('hex')
        .slice(0, 32);
      return protocol.answer(body, {
        settings: this.settings,
        model: this.model,
        requestId,
        now: Date.now(),
      });
    };
  }

  private latencyMs(): number {
    const { medianMs, p95Ms } = this.settings.latency;
    if (medianMs <= 0) return 0;
    if (p95Ms <= medianMs) return medianMs;
    // Log-normal: median = e^mu, p95 = e^(mu + 1.645 sigma).
    const sigma = (Math.log(p95Ms) - Math.log(medianMs)) / 1.645;
    const u1 = Math.max(this.transportRandom(), 1e-12);
    const u2 = this.transportRandom();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.round(Math.exp(Math.log(medianMs) + sigma * z));
  }

  private async handleControl(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'GET' && path === '/_sim/stats') return this.sendJson(res, 200, this.stats.snapshot());
    if (req.method === 'POST' && path === '/_sim/reset') {
      await readBody(req);
      this.stats.reset();
      this.limiter.reset();
      this.inputWindow.reset();
      this.outputWindow.reset();
      this.transportRandom = mulberry32(this.settings.seed);
      return this.sendJson(res, 200, { status: 'reset' });
    }
    if (req.method === 'GET' && path === '/_sim/config') return this.sendJson(res, 200, this.settings);
    if (req.method === 'POST' && path === '/_sim/config') {
      const raw = await readBody(req);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw?.toString('utf8') || '{}');
      } catch {
        return this.sendJson(res, 400, { error: 'body is not JSON' });
      }
      const patch = settingsPatchSchema.safeParse(parsed);
      if (!patch.success) return this.sendJson(res, 400, { error: patch.error.issues });
      this.updateSettings(applySettingsPatch(this.settings, patch.data));
      return this.sendJson(res, 200, this.settings);
    }
    return this.sendJson(res, 404, { error: `no control route ${req.method} ${path}` });
  }

  /** Replaces the settings at runtime (also used in-process by tests). */
  updateSettings(next: SimulatorSettings): void {
    if (next.seed !== this.settings.seed) this.transportRandom = mulberry32(next.seed);
    // Another algorithm starts from what it would hold with no traffic; the same one keeps what it counted.
    if (next.limiter !== this.settings.limiter) {
      this.limiter = rateLimiter(next.limiter, next.rpm, next.tpm);
      this.inputWindow = rateLimiter(next.limiter, 0, next.itpm);
      this.outputWindow = rateLimiter(next.limiter, 0, next.otpm);
    }
    this.settings = next;
    this.limiter.configure(next.rpm, next.tpm);
    this.inputWindow.configure(0, next.itpm);
    this.outputWindow.configure(0, next.otpm);
  }

  private sendJson(res: ServerResponse, status: number, body: unknown): void {
    this.send(res, { status, headers: {}, body: JSON.stringify(body), promptTokens: 0, completionTokens: 0 });
  }

  private send(res: ServerResponse, reply: SimReply): void {
    if (reply.events) {
      res.writeHead(reply.status, {
        ...reply.headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
      });
      res.end(
        reply.events
          .map((e) => (typeof e === 'string' ? `data: ${e}\n\n` : `event: ${e.event}\ndata: ${e.data}\n\n`))
          .join(''),
      );
      return;
    }
    const body = reply.body ?? '';
    res.writeHead(reply.status, {
      ...reply.headers,
      'content-type': reply.contentType ?? 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  }
}

/** The request body, or undefined when it exceeds the size limit. */
function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A request that presents some key (the simulator accepts any). */
function hasAuth(req: IncomingMessage): boolean {
  const auth = req.headers['authorization'] ?? req.headers['x-api-key'];
  return Boolean(auth) && !(typeof auth === 'string' && /^Bearer\s*$/i.test(auth));
}

/** The key as sent: OpenAI and Dify put it behind "Bearer", Anthropic in x-api-key. */
function presentedKey(req: IncomingMessage): string {
  const auth = req.headers['authorization'] ?? req.headers['x-api-key'];
  return String(auth).replace(/^Bearer\s+/i, '');
}

/** The limits enforced the way `kind` names (see `SimulatorSettings.limiter`). */
function rateLimiter(kind: RateLimiterKind, rpm: number, tpm: number): RateLimiter {
  return kind === 'token_bucket' ? new TokenBucketLimiter(rpm, tpm) : new RateLimitWindow(rpm, tpm);
}
