import {
  countChatPromptTokens,
  countTokens,
  readPromptBlocks,
  type ChatMessage,
} from '@content-pipeline/llm-providers';
import {
  jsonReply,
  retryAfterSeconds,
  type ApiProtocol,
  type LimitState,
  type ProtocolContext,
  type SimReply,
} from './api-protocol';
import { readPromptInput } from './prompt-input.reader';

/** Text of a message whose content is a string or an array of `{type:'text', text}` parts. */
export function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) =>
        typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string'
          ? part.text
          : '',
      )
      .join('');
  }
  return '';
}

/** Reads chat messages from a request body; undefined when they are missing or malformed. */
export function readMessages(value: unknown): ChatMessage[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const messages: ChatMessage[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { role, content } = item as { role?: unknown; content?: unknown };
    if (role !== 'system' && role !== 'user' && role !== 'assistant' && role !== 'developer')
      return undefined;
    messages.push({ role: role === 'developer' ? 'system' : role, content: messageText(content) });
  }
  return messages;
}

/**
 * Answers the model's turn for a v1 prompt: the core extraction, or the localisation JSON. Foreign prompts get
 * an empty JSON object (the simulator only knows the pipeline's own prompts).
 */
export function answerChat(messages: readonly ChatMessage[], context: ProtocolContext): string {
  const firstUser = messages.find((m) => m.role === 'user')?.content ?? '';
  const blocks = readPromptBlocks(firstUser);
  const input = readPromptInput(blocks);
  if (!input) return '{}';
  if (blocks.task === 'core_extraction') return JSON.stringify(context.model.extract(input));
  const repairTurn = messages.some((m) => m.role === 'user' && m.content.includes('<repair_request>'));
  return context.model.localize(input, context.settings, repairTurn).text;
}

/** OpenAI chat completions (`POST /v1/chat/completions`), non-streaming. */
export class OpenAiProtocol implements ApiProtocol {
  readonly api = 'openai' as const;

  answer(body: unknown, context: ProtocolContext): SimReply {
    const request = (typeof body === 'object' && body !== null ? body : {}) as {
      messages?: unknown;
      model?: unknown;
    };
    const messages = readMessages(request.messages);
    if (!messages) return this.badRequest("'messages' must be a non-empty array of {role, content}");
    const text = answerChat(messages, context);
    const promptTokens = countChatPromptTokens(messages);
    const completionTokens = countTokens(text);
    const payload = {
      id: `chatcmpl-${context.requestId}`,
      object: 'chat.completion',
      created: Math.floor(context.now / 1000),
      model: typeof request.model === 'string' ? request.model : context.settings.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
      },
      system_fingerprint: 'fp_simulator',
    };
    return { status: 200, headers: {}, body: JSON.stringify(payload), promptTokens, completionTokens };
  }

  unauthorized(): SimReply {
    return jsonReply(401, {
      error: {
        message: 'Incorrect API key provided.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    });
  }

  badRequest(message: string): SimReply {
    return jsonReply(400, { error: { message, type: 'invalid_request_error', param: null, code: null } });
  }

  rateLimited(reason: 'requests' | 'tokens', retryAfterMs: number, limits: LimitState): SimReply {
    return jsonReply(
      429,
      {
        error: {
          message: `Rate limit reached for ${reason} per min (RPM/TPM). Please try again in ${(retryAfterMs / 1000).toFixed(3)}s.`,
          type: reason,
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
      {
        ...this.limitHeaders(limits),
        'retry-after': retryAfterSeconds(retryAfterMs),
        'retry-after-ms': String(Math.ceil(retryAfterMs)),
      },
    );
  }

  serverError(status: number): SimReply {
    return jsonReply(status, {
      error: {
        message: 'The server had an error while processing your request. Sorry about that!',
        type: 'server_error',
        param: null,
        code: null,
      },
    });
  }

  limitHeaders(limits: LimitState): Record<string, string> {
    return {
      'x-ratelimit-limit-requests': String(limits.limitRequests),
      'x-ratelimit-limit-tokens': String(limits.limitTokens),
      'x-ratelimit-remaining-requests': String(limits.remainingRequests),
      'x-ratelimit-remaining-tokens': String(limits.remainingTokens),
      'x-ratelimit-reset-requests': `${Math.ceil(limits.resetRequestsMs)}ms`,
      'x-ratelimit-reset-tokens': `${Math.ceil(limits.resetTokensMs)}ms`,
    };
  }
}
