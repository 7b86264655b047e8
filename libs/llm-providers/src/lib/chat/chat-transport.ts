import type { StructuredOutput } from '../content/structured-output';
import type { CallUsage, RateLimitHints } from '../port/content-generation.port';
import type { RequestDeadline } from '../http/request-deadline';
import type { ChatMessage } from '../tokens/token-counter';

/** One model reply over a chat-style API, with what it cost. */
export interface ChatReply {
  /** The JSON text of the answer (a forced tool call's input, serialised, on Anthropic). */
  text: string;
  promptTokens: number;
  completionTokens: number;
  /** Of `promptTokens`, read from the provider's prompt cache. */
  cachedTokens: number;
  /** Of `promptTokens`, written to the provider's prompt cache (Anthropic). */
  cacheWriteTokens: number;
  model: string;
  id?: string;
  rateLimit?: RateLimitHints;
  /** True when the reply was cut off by the output token limit. */
  truncated: boolean;
}

/**
 * Sends one chat request (OpenAI chat completions, Anthropic messages) asking the provider to enforce `output`'s
 * schema where it can, and throws only ProviderError.
 */
export interface ChatTransport {
  readonly provider: 'openai' | 'anthropic';
  send(
    messages: readonly ChatMessage[],
    output: StructuredOutput,
    deadline: RequestDeadline,
    user?: string,
    /** This call's `max_tokens`, when sized below the configured maximum. */
    maxOutputTokens?: number,
  ): Promise<ChatReply>;
}

/** What the rate limiter settles a reply with: cache reads apart, as Anthropic's input limit leaves them out. */
export function callUsageOf(reply: ChatReply): CallUsage {
  return {
    promptTokens: reply.promptTokens,
    completionTokens: reply.completionTokens,
    cacheReadTokens: reply.cachedTokens,
  };
}
