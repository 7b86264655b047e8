import { countChatPromptTokens, countTokens, type ChatMessage } from '@content-pipeline/llm-providers';
import {
  jsonReply,
  retryAfterSeconds,
  type ApiProtocol,
  type LimitState,
  type ProtocolContext,
  type SimReply,
} from './api-protocol';
import { answerChat, readMessages } from './openai.protocol';

function errorBody(type: string, message: string) {
  return { type: 'error', error: { type, message } };
}

/**
 * Anthropic Messages (`POST /v1/messages`), non-streaming. Input tokens are counted like a chat prompt with the
 * system prompt as the first message (o200k_base, not Anthropic's tokenizer: the figure only has to be consistent).
 */
export class AnthropicProtocol implements ApiProtocol {
  readonly api = 'anthropic' as const;

  answer(body: unknown, context: ProtocolContext): SimReply {
    const request = (typeof body === 'object' && body !== null ? body : {}) as {
      messages?: unknown;
      system?: unknown;
      model?: unknown;
    };
    const turns = readMessages(request.messages);
    if (!turns) return this.badRequest('messages: at least one message is required');
    const system = typeof request.system === 'string' ? request.system : '';
    const messages: ChatMessage[] = system ? [{ role: 'system', content: system }, ...turns] : turns;
    const text = answerChat(messages, context);
    const inputTokens = countChatPromptTokens(messages);
    const outputTokens = countTokens(text);
    const payload = {
      id: `msg_${context.requestId}`,
      type: 'message',
      role: 'assistant',
      model: typeof request.model === 'string' ? request.model : context.settings.model,
      content: [{ type: 'text', text }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: inputTokens,
        output_tokens: outputTokens,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
      },
    };
    return {
      status: 200,
      headers: {},
      body: JSON.stringify(payload),
      promptTokens: inputTokens,
      completionTokens: outputTokens,
    };
  }

  unauthorized(): SimReply {
    return jsonReply(401, errorBody('authentication_error', 'invalid x-api-key'));
  }

  badRequest(message: string): SimReply {
    return jsonReply(400, errorBody('invalid_request_error', message));
  }

  rateLimited(reason: 'requests' | 'tokens', retryAfterMs: number, limits: LimitState): SimReply {
    return jsonReply(
      429,
      errorBody('rate_limit_error', `Number of ${reason} has exceeded your per-minute rate limit.`),
      {
        ...this.limitHeaders(limits),
        'retry-after': retryAfterSeconds(retryAfterMs),
      },
    );
  }

  serverError(status: number): SimReply {
    return status === 529 || status === 503
      ? jsonReply(529, errorBody('overloaded_error', 'Overloaded'))
      : jsonReply(status, errorBody('api_error', 'Internal server error'));
  }

  limitHeaders(limits: LimitState): Record<string, string> {
    const now = Date.now();
    return {
      'anthropic-ratelimit-requests-limit': String(limits.limitRequests),
      'anthropic-ratelimit-requests-remaining': String(limits.remainingRequests),
      'anthropic-ratelimit-requests-reset': new Date(now + limits.resetRequestsMs).toISOString(),
      'anthropic-ratelimit-tokens-limit': String(limits.limitTokens),
      'anthropic-ratelimit-tokens-remaining': String(limits.remainingTokens),
      'anthropic-ratelimit-tokens-reset': new Date(now + limits.resetTokensMs).toISOString(),
    };
  }
}
