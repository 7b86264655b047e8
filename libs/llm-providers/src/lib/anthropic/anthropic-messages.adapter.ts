import { ChatContentWorkflow } from '../chat/chat-content.workflow';
import type { ExtractionCache } from '../extraction/extraction.cache';
import type {
  ContentGenerationProvider,
  GenerateOptions,
  GenerationInput,
  GenerationResult,
} from '../port/content-generation.port';
import type { AnthropicProviderConfig } from '../port/provider.config';
import { AnthropicMessagesTransport } from './anthropic-messages.transport';

/** Anthropic Messages API, running the same in-process workflow as the OpenAI adapter. */
export class AnthropicMessagesAdapter implements ContentGenerationProvider {
  readonly name = 'anthropic';
  private readonly workflow: ChatContentWorkflow;

  constructor(config: AnthropicProviderConfig, cache?: ExtractionCache) {
    this.workflow = new ChatContentWorkflow(new AnthropicMessagesTransport(config), config.timeoutMs, cache);
  }

  generate(input: GenerationInput, options: GenerateOptions): Promise<GenerationResult> {
    return this.workflow.generate(input, options);
  }
}
