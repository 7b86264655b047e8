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
import { conformToSchema, strictSchemaProblem } from '../schemas/strict-schema.check';
import { readPromptInput } from './prompt-input.reader';
import { OPENAI_CACHE_POLICY, PromptCache } from '../traffic/prompt-cache';
import { answerJudgePrompt } from '../judge/simulated-judge';

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
 * an empty JSON object (the simulator only knows the pipeline's own prompts). With `schema` (a provider that
 * enforces the output shape), the answer is that schema's shape and carries no shape fault.
 */
export function answerChat(
  messages: readonly ChatMessage[],
  context: ProtocolContext,
  schema?: unknown,
): string {
  const firstUser = messages.find((m) => m.role === 'user')?.content ?? '';
  // The pipeline's LLM judge: answered as a judge (its answer already has the schema's shape, or is malformed on purpose).
  const judged = answerJudgePrompt(firstUser, context.settings.seed, context.settings.judge);
  if (judged !== undefined) return judged;
  const blocks = readPromptBlocks(firstUser);
  const input = readPromptInput(blocks, context.model.listings);
  const enforced = schema !== undefined;
  if (!input) return JSON.stringify(enforced ? conformToSchema({}, schema) : {});
  if (blocks.task === 'core_extraction') {
    const extraction = context.model.extract(input);
    return JSON.stringify(enforced ? conformToSchema(extraction, schema) : extraction);
  }
  const repairTurn = messages.some((m) => m.role === 'user' && m.content.includes('<repair_request>'));
  const answer = context.model.localize(input, context.settings, repairTurn, enforced);
  return enforced ? JSON.stringify(conformToSchema(answer.content, schema)) : answer.text;
}

/** What a chat completions request asks of the answer's format, or why it is refused. */
type ResponseFormat = { schema?: unknown } | { refused: string };

function readResponseFormat(value: unknown): ResponseFormat {
  if (value === undefined || value === null) return {};
  const format = value as { type?: unknown; json_schema?: unknown };
  if (format.type === 'text' || format.type === 'json_object') return {};
  if (format.type !== 'json_schema') {
    return {
      refused: `Invalid value: '${String(format.type)}'. Supported values are: 'json_object', 'json_schema', and 'text'.`,
    };
  }
  const spec = (format.json_schema ?? {}) as { name?: unknown; schema?: unknown; strict?: unknown };
  if (typeof spec.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) {
    return {
      refused: "Invalid 'response_format.json_schema.name': must be 1-64 letters, digits, '_' or '-'.",
    };
  }
  if (spec.strict === true) {
    const problem = strictSchemaProblem(spec.schema);
    if (problem) return { refused: `Invalid schema for response_format '${spec.name}': ${problem}` };
  }
  return { schema: spec.schema ?? { type: 'object', properties: {} } };
}

/** OpenAI chat completions (`POST /v1/chat/completions`), whole or streamed, JSON mode or Structured Outputs. */
export class OpenAiProtocol implements ApiProtocol {
  readonly api = 'openai' as const;
  private readonly cache = new PromptCache();

  answer(body: unknown, context: ProtocolContext): SimReply {
    const request = (typeof body === 'object' && body !== null ? body : {}) as {
      messages?: unknown;
      model?: unknown;
      response_format?: unknown;
      stream?: unknown;
      stream_options?: { include_usage?: unknown } | null;
    };
    const messages = readMessages(request.messages);
    if (!messages) return this.badRequest("'messages' must be a non-empty array of {role, content}");
    const format = readResponseFormat(request.response_format);
    if ('refused' in format) {
      return jsonReply(400, {
        error: {
          message: format.refused,
          type: 'invalid_request_error',
          param: 'response_format',
          code: 'invalid_json_schema',
        },
      });
    }
    const text = answerChat(messages, context, format.schema);
    const promptTokens = countChatPromptTokens(messages);
    const completionTokens = countTokens(text);
    const model = typeof request.model === 'string' ? request.model : context.settings.model;
    const id = `chatcmpl-${context.requestId}`;
    const created = Math.floor(context.now / 1000);
    // Automatic caching of the leading system messages, the static part of every pipeline prompt (a real cache
    // matches any shared prefix; the pipeline's user turns start with per-SKU data, so this is the one that can hit).
    const system = messages.filter(
      (m, i) => m.role === 'system' && messages.slice(0, i).every((p) => p.role === 'system'),
    );
    const cached = system.length
      ? this.cache.use(
          JSON.stringify([model, system]),
          countChatPromptTokens(system),
          context.now,
          OPENAI_CACHE_POLICY,
        ).read
      : 0;
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: cached, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
    };
    if (request.stream === true) {
      const chunk = (choices: unknown[], chunkUsage: unknown = null) =>
        JSON.stringify({
          id,
          object: 'chat.completion.chunk',
          created,
          model,
          system_fingerprint: 'fp_simulator',
          choices,
          usage: chunkUsage,
        });
      const pieces = text.match(/[\s\S]{1,64}/g) ?? [];
      const events = [
        chunk([
          {
            index: 0,
            delta: { role: 'assistant', content: '', refusal: null },
            logprobs: null,
            finish_reason: null,
          },
        ]),
        ...pieces.map((piece) =>
          chunk([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]),
        ),
        chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]),
        ...(request.stream_options?.include_usage === true ? [chunk([], usage)] : []),
        '[DONE]',
      ];
      return { status: 200, headers: {}, events, promptTokens, completionTokens };
    }
    const payload = {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage,
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
