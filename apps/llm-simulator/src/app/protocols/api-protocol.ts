import type { SimulatedModel } from '../content/simulated-model';
import type { SimulatorSettings } from '../simulator-settings';
import type { SimulatedApi } from '../traffic/traffic-stats';

/** What the simulator sends back for one API request. */
export interface SimReply {
  status: number;
  headers: Record<string, string>;
  /** A JSON body, or… */
  body?: string;
  /** …server-sent events: a `data:` payload each, with an `event:` name where the API sends one (Anthropic). */
  events?: Array<string | { event: string; data: string }>;
  /** Tokens billed by this reply (0 for errors). */
  promptTokens: number;
  completionTokens: number;
  /** Tokens counted against the TPM limit when that differs from prompt + completion (OpenAI's admission charge). */
  chargedTokens?: number;
  /** A body that is not JSON (a batch's JSONL file). */
  contentType?: string;
  /** Input and output tokens as counted by separate limits (Anthropic ITPM / OTPM), when they apply. */
  countedApart?: { inputTokens: number; outputTokens: number };
  /** Run once the answer has been sent (the end of the request, where Anthropic corrects its output estimate). */
  afterAnswer?: () => void;
}

/** Anthropic's separate limits for the headers: remaining and reset of each, and the limits. */
export interface SplitLimitState {
  limitRequests: number;
  remainingRequests: number;
  resetRequestsMs: number;
  limitInputTokens: number;
  remainingInputTokens: number;
  resetInputTokensMs: number;
  limitOutputTokens: number;
  remainingOutputTokens: number;
  resetOutputTokensMs: number;
}

/** Rate-limit state for headers. */
export interface LimitState {
  limitRequests: number;
  limitTokens: number;
  remainingRequests: number;
  remainingTokens: number;
  resetRequestsMs: number;
  resetTokensMs: number;
}

/** Inputs of one request's answer. */
export interface ProtocolContext {
  settings: SimulatorSettings;
  model: SimulatedModel;
  /** Deterministic id stem derived from the request body and seed. */
  requestId: string;
  now: number;
}

/** One simulated API: how it answers, and how it shapes its errors. */
export interface ApiProtocol {
  readonly api: SimulatedApi;
  answer(body: unknown, context: ProtocolContext): SimReply;
  unauthorized(): SimReply;
  badRequest(message: string): SimReply;
  rateLimited(reason: 'requests' | 'tokens', retryAfterMs: number, limits: LimitState): SimReply;
  serverError(status: number): SimReply;
  /** Headers added to successful replies (rate-limit state). */
  limitHeaders(limits: LimitState): Record<string, string>;
}

/** A JSON reply without billed tokens. */
export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): SimReply {
  return { status, headers, body: JSON.stringify(body), promptTokens: 0, completionTokens: 0 };
}

/** Seconds for a Retry-After header: whole seconds, at least 1. */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}
