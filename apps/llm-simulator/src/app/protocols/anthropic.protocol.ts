import { countChatPromptTokens, countTokens, type ChatMessage } from '@content-pipeline/llm-providers';
import {
  jsonReply,
  retryAfterSeconds,
  type ApiProtocol,
  type LimitState,
  type ProtocolContext,
  type SimReply,
  type SplitLimitState,
} from './api-protocol';
import { answerChat, readMessages } from './openai.protocol';
import { anthropicCachePolicy, PromptCache } from '../traffic/prompt-cache';

function errorBody(type: string, message: string) {
  return { type: 'error', error: { type, message } };
}

/** The tool a request forces (`tool_choice: {type: 'tool', name}`), or why the request is refused. */
type ForcedTool = { name: string; schema: unknown } | { refused: string } | undefined;

function readForcedTool(tools: unknown, toolChoice: unknown): ForcedTool {
  const declared = Array.isArray(tools) ? tools : [];
  for (const [index, tool] of declared.entries()) {
    const { name, input_schema: schema } = (tool ?? {}) as { name?: unknown; input_schema?: unknown };
    if (typeof name !== 'string' || !/^[a-zA-Z0-9_-]{1,128}$/.test(name)) {
      return { refused: `tools.${index}.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'` };
    }
    if (typeof schema !== 'object' || schema === null || (schema as { type?: unknown }).type !== 'object') {
      return { refused: `tools.${index}.custom.input_schema.type: Input should be 'object'` };
    }
  }
  if (toolChoice === undefined || toolChoice === null) return undefined;
  const choice = toolChoice as { type?: unknown; name?: unknown };
  if (choice.type === 'auto' || choice.type === 'none') return undefined;
  if (choice.type === 'any') {
    const first = declared[0] as { name: string; input_schema: unknown } | undefined;
    return first
      ? { name: first.name, schema: first.input_schema }
      : { refused: 'tool_choice: tools must be provided' };
  }
  if (choice.type !== 'tool')
    return { refused: `tool_choice.type: Input should be 'auto', 'any', 'tool' or 'none'` };
  const named = declared.find((t) => (t as { name?: unknown }).name === choice.name) as
    | { name: string; input_schema: unknown }
    | undefined;
  if (!named) return { refused: `tool_choice: tool '${String(choice.name)}' is not in tools` };
  return { name: named.name, schema: named.input_schema };
}

/**
 * Anthropic Messages (`POST /v1/messages`), whole or streamed. A forced tool is answered with one `tool_use` block
 * whose input has the tool's schema, as the API does; otherwise the JSON comes as text. Input tokens are counted
 * like a chat prompt with the system prompt as the first message (o200k_base, not Anthropic's tokenizer: the
 * figure only has to be consistent).
 */
export class AnthropicProtocol implements ApiProtocol {
  readonly api = 'anthropic' as const;
  private readonly cache = new PromptCache();

  answer(body: unknown, context: ProtocolContext): SimReply {
    const request = (typeof body === 'object' && body !== null ? body : {}) as {
      messages?: unknown;
      system?: unknown;
      model?: unknown;
      max_tokens?: unknown;
      tools?: unknown;
      tool_choice?: unknown;
      stream?: unknown;
    };
    if (typeof request.max_tokens !== 'number') return this.badRequest('max_tokens: Field required');
    const turns = readMessages(request.messages);
    if (!turns) return this.badRequest('messages: at least one message is required');
    const forced = readForcedTool(request.tools, request.tool_choice);
    if (forced && 'refused' in forced) return this.badRequest(forced.refused);
    const systemBlocks = readSystem(request.system);
    if (!systemBlocks)
      return this.badRequest('system: Input should be a valid string or list of text blocks');
    const system = systemBlocks.map((b) => b.text).join('\n\n');
    const messages: ChatMessage[] = system ? [{ role: 'system', content: system }, ...turns] : turns;
    const text = answerChat(messages, context, forced?.schema);
    const inputTokens = countChatPromptTokens(messages);
    const outputTokens = countTokens(text);
    const id = `msg_${context.requestId}`;
    const model = typeof request.model === 'string' ? request.model : context.settings.model;
    const block = forced
      ? {
          type: 'tool_use',
          id: `toolu_${context.requestId.slice(0, 24)}`,
          name: forced.name,
          input: JSON.parse(text) as unknown,
        }
      : { type: 'text', text };
    const stopReason = forced ? 'tool_use' : 'end_turn';
    // Cache up to the last system block marked with cache_control (tools come before the system prompt in the
    // prefix); input_tokens is then only what came after the breakpoint or missed, as the API reports it.
    const marked = systemBlocks.map((b) => b.cached).lastIndexOf(true);
    const prefixText = systemBlocks
      .slice(0, marked + 1)
      .map((b) => b.text)
      .join('\n\n');
    const prefixTokens =
      marked >= 0
        ? countTokens(JSON.stringify(request.tools ?? [])) +
          countChatPromptTokens([{ role: 'system', content: prefixText }])
        : 0;
    const cacheUse =
      marked >= 0
        ? this.cache.use(
            JSON.stringify([model, request.tools ?? [], prefixText]),
            prefixTokens,
            context.now,
            anthropicCachePolicy(model),
          )
        : { read: 0, written: 0 };
    const usage = {
      input_tokens: Math.max(0, inputTokens - cacheUse.read - cacheUse.written),
      output_tokens: outputTokens,
      cache_creation_input_tokens: cacheUse.written,
      cache_read_input_tokens: cacheUse.read,
    };
    const reply = (extra: Partial<SimReply>): SimReply => ({
      status: 200,
      headers: {},
      promptTokens: inputTokens,
      completionTokens: outputTokens,
      ...extra,
    });
    if (request.stream === true) {
      const event = (name: string, data: Record<string, unknown>) => ({
        event: name,
        data: JSON.stringify({ type: name, ...data }),
      });
      const pieces = text.match(/[\s\S]{1,64}/g) ?? [];
      return reply({
        events: [
          event('message_start', {
            message: {
              id,
              type: 'message',
              role: 'assistant',
              model,
              content: [],
              stop_reason: null,
              stop_sequence: null,
              usage: { ...usage, output_tokens: 1 },
            },
          }),
          event('content_block_start', {
            index: 0,
            content_block: forced ? { ...block, input: {} } : { type: 'text', text: '' },
          }),
          event('ping', {}),
          ...pieces.map((piece) =>
            event('content_block_delta', {
              index: 0,
              delta: forced
                ? { type: 'input_json_delta', partial_json: piece }
                : { type: 'text_delta', text: piece },
            }),
          ),
          event('content_block_stop', { index: 0 }),
          event('message_delta', {
            delta: { stop_reason: stopReason, stop_sequence: null },
            usage: { output_tokens: outputTokens },
          }),
          event('message_stop', {}),
        ],
      });
    }
    return reply({
      body: JSON.stringify({
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: [block],
        stop_reason: stopReason,
        stop_sequence: null,
        usage,
      }),
    });
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

  /**
   * 429 under separate limits: which one was exceeded, `retry-after` until it has room, and every limit's headers.
   */
  rateLimitedApart(
    reason: 'requests' | 'input_tokens' | 'output_tokens',
    retryAfterMs: number,
    limits: SplitLimitState,
  ): SimReply {
    const what =
      reason === 'requests'
        ? `${limits.limitRequests} requests`
        : reason === 'input_tokens'
          ? `${limits.limitInputTokens} input tokens`
          : `${limits.limitOutputTokens} output tokens`;
    return jsonReply(
      429,
      errorBody(
        'rate_limit_error',
        `This request would exceed your organization's rate limit of ${what} per minute.`,
      ),
      { ...this.limitHeadersApart(limits), 'retry-after': retryAfterSeconds(retryAfterMs) },
    );
  }

  /**
   * Anthropic's headers under separate limits: requests, input tokens and output tokens each with limit, remaining
   * and reset; `tokens-*` is the most restrictive of the two token limits (the one with less remaining).
   */
  limitHeadersApart(limits: SplitLimitState): Record<string, string> {
    const now = Date.now();
    const at = (ms: number) => new Date(now + ms).toISOString();
    const inputTighter = limits.remainingInputTokens <= limits.remainingOutputTokens;
    return {
      'anthropic-ratelimit-requests-limit': String(limits.limitRequests),
      'anthropic-ratelimit-requests-remaining': String(limits.remainingRequests),
      'anthropic-ratelimit-requests-reset': at(limits.resetRequestsMs),
      'anthropic-ratelimit-input-tokens-limit': String(limits.limitInputTokens),
      'anthropic-ratelimit-input-tokens-remaining': String(limits.remainingInputTokens),
      'anthropic-ratelimit-input-tokens-reset': at(limits.resetInputTokensMs),
      'anthropic-ratelimit-output-tokens-limit': String(limits.limitOutputTokens),
      'anthropic-ratelimit-output-tokens-remaining': String(limits.remainingOutputTokens),
      'anthropic-ratelimit-output-tokens-reset': at(limits.resetOutputTokensMs),
      'anthropic-ratelimit-tokens-limit': String(
        inputTighter ? limits.limitInputTokens : limits.limitOutputTokens,
      ),
      'anthropic-ratelimit-tokens-remaining': String(
        inputTighter ? limits.remainingInputTokens : limits.remainingOutputTokens,
      ),
      'anthropic-ratelimit-tokens-reset': at(
        inputTighter ? limits.resetInputTokensMs : limits.resetOutputTokensMs,
      ),
    };
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

/** One text block of the system prompt and whether it ends a cached prefix. */
interface SystemBlock {
  text: string;
  cached: boolean;
}

/** `system` as a string or a list of text blocks (with optional `cache_control`); undefined when malformed. */
function readSystem(value: unknown): SystemBlock[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value ? [{ text: value, cached: false }] : [];
  if (!Array.isArray(value)) return undefined;
  const blocks: SystemBlock[] = [];
  for (const entry of value) {
    const block = entry as { type?: unknown; text?: unknown; cache_control?: unknown };
    if (block?.type !== 'text' || typeof block.text !== 'string') return undefined;
    blocks.push({
      text: block.text,
      cached: typeof block.cache_control === 'object' && block.cache_control !== null,
    });
  }
  return blocks;
}
