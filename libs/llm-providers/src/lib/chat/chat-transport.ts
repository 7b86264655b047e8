import type { RateLimitHints } from '../port/content-generation.port';
import type { RequestDeadline } from '../http/request-deadline';
import type { ChatMessage } from '../tokens/token-counter';

/** One model reply over a chat-style API, with what it cost. */
export interface ChatReply {
  text: string;
  promptTokens: number;
  completionTokens: number;
  model: string;
  id?: string;
  rateLimit?: RateLimitHints;
  /** True when the reply was cut off by the output token limit. */
  truncated: boolean;
}

/** Sends one chat request (OpenAI chat completions, Anthropic messages) and throws only ProviderError. */
export interface ChatTransport {
  readonly provider: 'openai' | 'anthropic';
  send(messages: readonly ChatMessage[], deadline: RequestDeadline, user?: string): Promise<ChatReply>;
}
