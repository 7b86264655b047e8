export * from './lib/port/content-generation.port';
export * from './lib/port/provider.error';
export * from './lib/port/provider.config';
export * from './lib/create-provider.factory';
export { DifyWorkflowAdapter } from './lib/dify/dify-workflow.adapter';
export {
  DIFY_KNOWN_INPUTS,
  DIFY_OUTPUT_FIELDS,
  PROJECT_DIFY_CONTRACT,
  toWorkflowInputs,
  type DifyOutputField,
} from './lib/dify/dify-contract';
export { h1FromSeoTitle } from './lib/dify/dify-outputs.reader';
export { OpenAiChatAdapter } from './lib/openai/openai-chat.adapter';
export { AnthropicMessagesAdapter } from './lib/anthropic/anthropic-messages.adapter';
export { ExtractionCache } from './lib/extraction/extraction.cache';
export {
  countTokens,
  countChatPromptTokens,
  prepareTokenCounter,
  type ChatMessage,
} from './lib/tokens/token-counter';
export { estimatePromptTokens } from './lib/prompts/prompt-token-estimate';
export {
  buildExtractionMessages,
  buildLocalizationMessages,
  buildWorkflowStepMessages,
  encodeDataBlock,
  readPromptBlocks,
  type ProductSourceBlock,
  type PromptBlockName,
  type WorkflowStep,
} from './lib/prompts/prompt-builder';
export { getPromptSet, PROMPT_VERSIONS } from './lib/prompts/prompt-catalog';
export type { PromptSet } from './lib/prompts/prompt-set';
export { productContentSchema, coreExtractionSchema } from './lib/content/content.schema';
export { parseDurationMs, parseRetryAfterMs } from './lib/http/rate-limit-headers';
export {
  CORE_EXTRACTION_OUTPUT,
  PRODUCT_CONTENT_OUTPUT,
  toStrictJsonSchema,
  type JsonSchema,
  type StructuredOutput,
} from './lib/content/structured-output';
export * from './lib/batch/batch-client.port';
export { OpenAiBatchClient, OPENAI_BATCH_LIMITS } from './lib/batch/openai-batch.client';
export { AnthropicBatchClient, ANTHROPIC_BATCH_LIMITS } from './lib/batch/anthropic-batch.client';
export { parseModelJson } from './lib/json/model-json';
