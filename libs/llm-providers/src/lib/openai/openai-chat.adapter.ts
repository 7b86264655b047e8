import { ChatContentWorkflow } from '../chat/chat-content.workflow';
import type { ExtractionCache } from '../extraction/extraction.cache';
import type {
  ContentGenerationProvider,
  GenerateOptions,
  GenerationInput,
  GenerationResult,
} from '../port/content-generation.port';
import type { OpenAiProviderConfig } from '../port/provider.config';
import { OpenAiChatTransport } from './openai-chat.transport';

/**
 * Any OpenAI-compatible chat completions API (OpenAI, Azure OpenAI, vLLM, LiteLLM via `baseUrl`).
 * Runs the content workflow in-process; see {@link ChatContentWorkflow} for the steps and call budget.
 */
export class OpenAiChatAdapter implements ContentGenerationProvider {
  readonly name = 'openai';
  private readonly workflow: ChatContentWorkflow;

  constructor(config: OpenAiProviderConfig, cache?: ExtractionCache) {
    this.workflow = new ChatContentWorkflow(new OpenAiChatTransport(config), config.timeoutMs, cache);
  }

  generate(input: GenerationInput, options: GenerateOptions): Promise<GenerationResult> {
    return this.workflow.generate(input, options);
  }
}
