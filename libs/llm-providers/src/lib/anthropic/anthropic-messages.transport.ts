import Anthropic from '@anthropic-ai/sdk';
import type { ChatReply, ChatTransport } from '../chat/chat-transport';
import { toProviderFailure } from '../chat/sdk-failure';
import type { StructuredOutput } from '../content/structured-output';
import { asRecord } from '../http/json-body';
import { parseAnthropicRateLimit } from '../http/rate-limit-headers';
import type { RequestDeadline } from '../http/request-deadline';
import type { AnthropicProviderConfig } from '../port/provider.config';
import { ProviderError } from '../port/provider.error';
import type { ChatMessage } from '../tokens/token-counter';
import { mapAnthropicError, type AnthropicErrorBody } from './anthropic-error.mapper';

type MessageParams = Anthropic.Messages.MessageCreateParamsNonStreaming;

/**
 * The Messages request of one call, interactive or as a batch request's `params` (one builder, so both lanes send
 * the same prompt, tool and limits).
 */
export function anthropicMessageParams(
  config: Pick<AnthropicProviderConfig, 'model' | 'maxOutputTokens'>,
  messages: readonly ChatMessage[],
  output: StructuredOutput,
  user?: string,
  /** This call's own cap (sized from observed answers); the configured maximum when absent. */
  maxOutputTokens?: number,
): MessageParams {
  return {
    model: config.model,
    max_tokens: maxOutputTokens ?? config.maxOutputTokens,
    // The system prompt is the static prefix (with the tool before it): marked as the cache breakpoint, so
    // every call of the same prompt version and language reads it from the cache once it is long enough.
    system: [
      {
        type: 'text',
        text: messages
          .filter((m) => m.role === 'system')
          .map((m) => m.content)
          .join('\n\n'),
        cache_control: { type: 'ephemeral' },
      },
    ],
    messages: messages
      .filter((m) => m.role !== 'system')
      .map((m) => ({ role: m.role as 'user' | 'assistant', content: m.content })),
    tools: [
      {
        name: output.name,
        description: output.description,
        input_schema: output.schema as Anthropic.Messages.Tool.InputSchema,
      },
    ],
    tool_choice: { type: 'tool', name: output.name },
    ...(user ? { metadata: { user_id: user } } : {}),
  };
}

/** What a finished message gave, whether it was streamed or not. */
interface FinishedMessage {
  /** The forced tool call's input as JSON text, or the text blocks when the model wrote text instead. */
  text: string;
  stopReason?: string;
  /** Every input token: uncached, cache reads and cache writes. */
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  model?: string;
  id?: string;
}

/**
 * `POST {baseUrl}/v1/messages` through the official `@anthropic-ai/sdk`, its own retries off. The answer's
 * shape is enforced by forcing one tool (`tool_choice: {type: 'tool'}`) whose `input_schema` is the output
 * contract: the model answers with a `tool_use` block whose `input` is the JSON object.
 */
export class AnthropicMessagesTransport implements ChatTransport {
  readonly provider = 'anthropic' as const;
  private readonly client: Anthropic;

  constructor(private readonly config: AnthropicProviderConfig) {
    this.client = new Anthropic({
      apiKey: config.apiKey,
      baseURL: config.baseUrl,
      maxRetries: 0,
      timeout: config.timeoutMs,
      defaultHeaders: { 'anthropic-version': config.anthropicVersion },
    });
  }

  async send(
    messages: readonly ChatMessage[],
    output: StructuredOutput,
    deadline: RequestDeadline,
    user?: string,
    maxOutputTokens?: number,
  ): Promise<ChatReply> {
    const params = anthropicMessageParams(this.config, messages, output, user, maxOutputTokens);
    try {
      const { message, response } = this.config.stream
        ? await this.streamed(params, output, deadline)
        : await this.whole(params, output, deadline);
      return this.toReply(message, response.headers);
    } catch (error) {
      throw toProviderFailure(error, this.provider, deadline, (status, body, retryAfterMs) =>
        mapAnthropicError(
          status,
          asRecord(asRecord(body)?.['error']) as AnthropicErrorBody | undefined,
          retryAfterMs,
        ),
      );
    }
  }

  private async whole(params: MessageParams, output: StructuredOutput, deadline: RequestDeadline) {
    const { data, response } = await this.client.messages
      .create(params, { signal: deadline.signal })
      .withResponse();
    if (!Array.isArray(data.content)) {
      throw new ProviderError('retriable', 'malformed_response', 'anthropic: 2xx answer without content');
    }
    const toolUse = data.content.find((b) => b.type === 'tool_use' && b.name === output.name);
    const text =
      toolUse && toolUse.type === 'tool_use'
        ? JSON.stringify(toolUse.input)
        : data.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
    const message: FinishedMessage = {
      text,
      stopReason: data.stop_reason ?? undefined,
      // Cache writes and reads are billed input too (at other rates); the port counts every prompt token once.
      inputTokens:
        (data.usage?.input_tokens ?? 0) +
        (data.usage?.cache_creation_input_tokens ?? 0) +
        (data.usage?.cache_read_input_tokens ?? 0),
      outputTokens: data.usage?.output_tokens ?? 0,
      cacheReadTokens: data.usage?.cache_read_input_tokens ?? 0,
      cacheWriteTokens: data.usage?.cache_creation_input_tokens ?? 0,
      model: data.model,
      id: data.id,
    };
    return { message, response };
  }

  private async streamed(params: MessageParams, output: StructuredOutput, deadline: RequestDeadline) {
    const { data: stream, response } = await this.client.messages
      .create({ ...params, stream: true }, { signal: deadline.signal })
      .withResponse();
    const message: FinishedMessage = {
      text: '',
      inputTokens: 0,
      outputTokens: 0,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
    };
    let toolJson = '';
    let text = '';
    let inTool = false;
    let stopped = false;
    for await (const event of stream) {
      switch (event.type) {
        case 'message_start': {
          const usage = event.message.usage;
          message.id = event.message.id;
          message.model = event.message.model;
          message.inputTokens =
            (usage?.input_tokens ?? 0) +
            (usage?.cache_creation_input_tokens ?? 0) +
            (usage?.cache_read_input_tokens ?? 0);
          message.outputTokens = usage?.output_tokens ?? 0;
          message.cacheReadTokens = usage?.cache_read_input_tokens ?? 0;
          message.cacheWriteTokens = usage?.cache_creation_input_tokens ?? 0;
          break;
        }
        case 'content_block_start':
          inTool = event.content_block.type === 'tool_use' && event.content_block.name === output.name;
          break;
        case 'content_block_delta':
          if (event.delta.type === 'input_json_delta' && inTool) toolJson += event.delta.partial_json;
          else if (event.delta.type === 'text_delta') text += event.delta.text;
          break;
        case 'message_delta':
          message.stopReason = event.delta.stop_reason ?? message.stopReason;
          // The final usage is cumulative.
          message.outputTokens = event.usage?.output_tokens ?? message.outputTokens;
          break;
        case 'message_stop':
          stopped = true;
          break;
        default:
          break;
      }
    }
    if (!stopped) {
      throw new ProviderError(
        'retriable',
        'stream_incomplete',
        'anthropic: stream ended before message_stop',
      );
    }
    message.text = toolJson || text;
    return { message, response };
  }

  private toReply(message: FinishedMessage, headers: Headers): ChatReply {
    if (message.stopReason === 'refusal') {
      throw new ProviderError('content_failure', 'refusal', 'anthropic: the model refused');
    }
    return {
      text: message.text,
      promptTokens: message.inputTokens,
      completionTokens: message.outputTokens,
      cachedTokens: message.cacheReadTokens,
      cacheWriteTokens: message.cacheWriteTokens,
      model: message.model ?? this.config.model,
      id: message.id,
      rateLimit: parseAnthropicRateLimit(headers),
      truncated: message.stopReason === 'max_tokens',
    };
  }
}
