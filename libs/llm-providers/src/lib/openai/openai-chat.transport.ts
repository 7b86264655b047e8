import OpenAI from 'openai';
import type { ChatReply, ChatTransport } from '../chat/chat-transport';
import { toProviderFailure } from '../chat/sdk-failure';
import type { StructuredOutput } from '../content/structured-output';
import { asRecord } from '../http/json-body';
import { parseOpenAiRateLimit } from '../http/rate-limit-headers';
import type { RequestDeadline } from '../http/request-deadline';
import type { OpenAiProviderConfig } from '../port/provider.config';
import { ProviderError } from '../port/provider.error';
import type { ChatMessage } from '../tokens/token-counter';
import { mapOpenAiError, type OpenAiErrorBody } from './openai-error.mapper';

type CompletionParams = OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming;

/**
 * The chat completions request of one call, interactive or as a batch line's `body` (one builder, so both lanes
 * send the same prompt, schema and limits).
 */
export function openAiChatParams(
  config: Pick<OpenAiProviderConfig, 'model' | 'responseFormat' | 'maxOutputTokens'>,
  messages: readonly ChatMessage[],
  output: StructuredOutput,
  user?: string,
  /** This call's own cap (sized from observed answers); the configured maximum when absent. */
  maxOutputTokens?: number,
): CompletionParams {
  return {
    model: config.model,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    response_format:
      config.responseFormat === 'json_object'
        ? { type: 'json_object' }
        : {
            type: 'json_schema',
            json_schema: {
              name: output.name,
              description: output.description,
              strict: true,
              schema: output.schema,
            },
          },
    // `max_tokens` rather than `max_completion_tokens`: vLLM, LiteLLM and older Azure API versions accept only it.
    max_tokens: maxOutputTokens ?? config.maxOutputTokens,
    temperature: 0.4,
    ...(user ? { user } : {}),
  };
}

/** What a finished completion gave, whether it was streamed or not. */
interface Completion {
  text: string;
  refusal?: string;
  finishReason?: string;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  model?: string;
  id?: string;
}

/**
 * `POST {baseUrl}/chat/completions` through the official `openai` SDK, its own retries off (the generator owns
 * retries, the rate limit and the breaker). The answer's shape is enforced by Structured Outputs
 * (`response_format: json_schema`, strict) unless the endpoint only knows JSON mode (`responseFormat: json_object`,
 * for OpenAI-compatible servers without schema support). Streaming keeps a long answer's connection busy; its
 * usage comes in the last chunk (`stream_options.include_usage`).
 */
export class OpenAiChatTransport implements ChatTransport {
  readonly provider = 'openai' as const;
  private readonly client: OpenAI;

  constructor(private readonly config: OpenAiProviderConfig) {
    this.client = new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.baseUrl,
      maxRetries: 0,
      timeout: config.timeoutMs,
      defaultHeaders: config.extraHeaders,
    });
  }

  async send(
    messages: readonly ChatMessage[],
    output: StructuredOutput,
    deadline: RequestDeadline,
    user?: string,
    maxOutputTokens?: number,
  ): Promise<ChatReply> {
    const params = openAiChatParams(this.config, messages, output, user, maxOutputTokens);
    let headers: Headers | undefined;
    try {
      const { completion, response } = this.config.stream
        ? await this.streamed(params, deadline)
        : await this.whole(params, deadline);
      headers = response.headers;
      return this.toReply(completion, headers);
    } catch (error) {
      throw toProviderFailure(error, this.provider, deadline, (status, body, retryAfterMs) =>
        mapOpenAiError(status, asRecord(body) as OpenAiErrorBody | undefined, retryAfterMs),
      );
    }
  }

  private async whole(params: CompletionParams, deadline: RequestDeadline) {
    const { data, response } = await this.client.chat.completions
      .create(params, { signal: deadline.signal })
      .withResponse();
    const choice = data.choices?.[0];
    if (!choice?.message) {
      throw new ProviderError(
        'retriable',
        'malformed_response',
        'openai: 2xx answer without choices[0].message',
      );
    }
    const completion: Completion = {
      text: choice.message.content ?? '',
      refusal: choice.message.refusal ?? undefined,
      finishReason: choice.finish_reason ?? undefined,
      promptTokens: data.usage?.prompt_tokens ?? 0,
      completionTokens: data.usage?.completion_tokens ?? 0,
      // Automatic prefix caching: part of prompt_tokens, billed at the cached input rate.
      cachedTokens: data.usage?.prompt_tokens_details?.cached_tokens ?? 0,
      model: data.model,
      id: data.id,
    };
    return { completion, response };
  }

  private async streamed(params: CompletionParams, deadline: RequestDeadline) {
    const { data: stream, response } = await this.client.chat.completions
      .create(
        { ...params, stream: true, stream_options: { include_usage: true } },
        { signal: deadline.signal },
      )
      .withResponse();
    const completion: Completion = { text: '', promptTokens: 0, completionTokens: 0, cachedTokens: 0 };
    let refusal = '';
    for await (const chunk of stream) {
      completion.id ??= chunk.id;
      completion.model ??= chunk.model;
      const choice = chunk.choices?.[0];
      completion.text += choice?.delta?.content ?? '';
      refusal += choice?.delta?.refusal ?? '';
      if (choice?.finish_reason) completion.finishReason = choice.finish_reason;
      if (chunk.usage) {
        completion.promptTokens = chunk.usage.prompt_tokens;
        completion.completionTokens = chunk.usage.completion_tokens;
        completion.cachedTokens = chunk.usage.prompt_tokens_details?.cached_tokens ?? 0;
      }
    }
    if (completion.finishReason === undefined) {
      throw new ProviderError(
        'retriable',
        'stream_incomplete',
        'openai: stream ended without a finish reason',
      );
    }
    completion.refusal = refusal || undefined;
    return { completion, response };
  }

  private toReply(completion: Completion, headers: Headers): ChatReply {
    if (completion.finishReason === 'content_filter' || completion.refusal) {
      throw new ProviderError(
        'content_failure',
        completion.refusal ? 'refusal' : 'content_filter',
        `openai: the model refused or was filtered${completion.refusal ? `: ${completion.refusal}` : ''}`,
      );
    }
    return {
      text: completion.text,
      promptTokens: completion.promptTokens,
      completionTokens: completion.completionTokens,
      cachedTokens: completion.cachedTokens,
      cacheWriteTokens: 0,
      model: completion.model ?? this.config.model,
      id: completion.id,
      rateLimit: parseOpenAiRateLimit(headers),
      truncated: completion.finishReason === 'length',
    };
  }
}
