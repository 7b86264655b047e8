import type { ChatReply, ChatTransport } from '../chat/chat-transport';
import { asNumber, asRecord, asString, tryParseJson } from '../http/json-body';
import { parseOpenAiRateLimit, parseRetryAfterMs } from '../http/rate-limit-headers';
import type { RequestDeadline } from '../http/request-deadline';
import type { OpenAiProviderConfig } from '../port/provider.config';
import { ProviderError } from '../port/provider.error';
import type { ChatMessage } from '../tokens/token-counter';
import { mapOpenAiError } from './openai-error.mapper';

/** `POST {baseUrl}/chat/completions` with JSON mode. */
export class OpenAiChatTransport implements ChatTransport {
  readonly provider = 'openai' as const;
  private readonly url: string;

  constructor(private readonly config: OpenAiProviderConfig) {
    this.url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  }

  async send(messages: readonly ChatMessage[], deadline: RequestDeadline, user?: string): Promise<ChatReply> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        ...this.config.extraHeaders,
        'content-type': 'application/json',
        authorization: `Bearer ${this.config.apiKey}`,
      },
      body: JSON.stringify({
        model: this.config.model,
        messages,
        response_format: { type: 'json_object' },
        // `max_tokens` rather than `max_completion_tokens`: vLLM, LiteLLM and older Azure API versions accept only it.
        max_tokens: this.config.maxOutputTokens,
        temperature: 0.4,
        ...(user ? { user } : {}),
      }),
      signal: deadline.signal,
    });
    const bodyText = await response.text();
    const rateLimit = parseOpenAiRateLimit(response.headers);
    if (!response.ok) throw mapOpenAiError(response.status, bodyText, parseRetryAfterMs(response.headers));
    const body = asRecord(tryParseJson(bodyText));
    const choice = asRecord(Array.isArray(body?.['choices']) ? body['choices'][0] : undefined);
    const message = asRecord(choice?.['message']);
    const usage = asRecord(body?.['usage']);
    if (!body || !message) {
      throw new ProviderError(
        'retriable',
        'malformed_response',
        'openai: 2xx response without choices[0].message',
        response.status,
      );
    }
    const finishReason = asString(choice?.['finish_reason']);
    if (finishReason === 'content_filter' || asString(message['refusal'])) {
      throw new ProviderError(
        'content_failure',
        finishReason ?? 'refusal',
        'openai: the model refused or was filtered',
        response.status,
      );
    }
    return {
      text: asString(message['content']) ?? '',
      promptTokens: asNumber(usage?.['prompt_tokens']) ?? 0,
      completionTokens: asNumber(usage?.['completion_tokens']) ?? 0,
      model: asString(body['model']) ?? this.config.model,
      id: asString(body['id']),
      rateLimit,
      truncated: finishReason === 'length',
    };
  }
}
