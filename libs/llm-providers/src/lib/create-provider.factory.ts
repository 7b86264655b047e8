import { AnthropicMessagesAdapter } from './anthropic/anthropic-messages.adapter';
import { DifyWorkflowAdapter } from './dify/dify-workflow.adapter';
import { ExtractionCache } from './extraction/extraction.cache';
import { OpenAiChatAdapter } from './openai/openai-chat.adapter';
import type { ContentGenerationProvider } from './port/content-generation.port';
import type { ProviderConfig } from './port/provider.config';
import { prepareTokenCounter } from './tokens/token-counter';

/** The provider selected by `config.kind`. Chat providers get their own extraction cache unless one is shared in. */
export function createProvider(
  config: ProviderConfig,
  cache: ExtractionCache = new ExtractionCache(),
): ContentGenerationProvider {
  // Every provider's prompts are counted for the rate limiter's estimate, from the first request on.
  prepareTokenCounter();
  switch (config.kind) {
    case 'dify':
      return new DifyWorkflowAdapter(config);
    case 'openai':
      return new OpenAiChatAdapter(config, cache);
    case 'anthropic':
      return new AnthropicMessagesAdapter(config, cache);
    default: {
      const unknownKind: never = config;
      throw new Error(`Unknown provider kind: ${JSON.stringify(unknownKind)}`);
    }
  }
}
