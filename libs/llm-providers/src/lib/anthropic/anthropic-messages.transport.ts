import type { ChatReply, ChatTransport } from '../chat/chat-transport';
import { asNumber, asRecord, asString, tryParseJson } from '../http/json-body';
import { parseAnthropicRateLimit, parseRetryAfterMs } from '../http/rate-limit-headers';
import type { RequestDeadline } from '../http/request-deadline';
import type { AnthropicProviderConfig } from '../port/provider.config';
import { ProviderError } from '../port/provider.error';
import type { ChatMessage } from '../tokens/token-counter';
import { mapAnthropicError } from './anthropic-error.mapper';

/** `POST {baseUrl}/v1/messages`: system prompt apart, JSON read from the text content blocks. */
export class AnthropicMessagesTransport implements ChatTransport {
  readonly provider = 'anthropic' as const;
  private readonly url: string;

  constructor(private readonly config: AnthropicProviderConfig) {
    this.url = `${config.baseUrl.replace(/\/+$/, '')}/v1/messages`;
  }

  async send(messages: readonly ChatMessage[], deadline: RequestDeadline, user?: string): Promise<ChatReply> {
    const system = messages
      .filter((m) => m.role === 'system')
      .map((m) => m.content)
      .join('\n\n');
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': this.config.apiKey,
        'anthropic-version': this.config.anthropicVersion,
      },
      body: JSON.stringify({
        model: this.config.model,
        max_tokens: this.config.maxOutputTokens,
        system,
        messages: messages
          .filter((m) => m.role !== 'system')
          .map((m) => ({ role: m.role, content: m.content })),
        temperature: 0.4,
        ...(user ? { metadata: { user_id: user } } : {}),
      }),
      signal: deadline.signal,
    });
    const bodyText = await response.text();
    const rateLimit = parseAnthropicRateLimit(response.headers);
    if (!response.ok) throw mapAnthropicError(response.status, bodyText, parseRetryAfterMs(response.headers));
    const body = asRecord(tryParseJson(bodyText));
    if (!body || !Array.isArray(body['content'])) {
      throw new ProviderError(
        'retriable',
        'malformed_response',
        'anthropic: 2xx response without content',
        response.status,
      );
    }
    const stopReason = asString(body['stop_reason']);
    if (stopReason === 'refusal') {
      throw new ProviderError('content_failure', 'refusal', 'anthropic: the model refused', response.status);
    }
    const text = body['content']
      .map((blockValue) => asRecord(blockValue))
      .filter((b) => b?.['type'] === 'text')
      .map((b) => asString(b?.['text']) ?? '')
      .join('');
    const usage = asRecord(body['usage']);
    return {
      text,
      // Cache writes and reads are billed input too (at other rates); the port counts every prompt token once.
      promptTokens:
        (asNumber(usage?.['input_tokens']) ?? 0) +
        (asNumber(usage?.['cache_creation_input_tokens']) ?? 0) +
        (asNumber(usage?.['cache_read_input_tokens']) ?? 0),
      completionTokens: asNumber(usage?.['output_tokens']) ?? 0,
      model: asString(body['model']) ?? this.config.model,
      id: asString(body['id']),
      rateLimit,
      truncated: stopReason === 'max_tokens',
    };
  }
}
