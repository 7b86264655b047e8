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
  workflowExtracts,
  workflowStepsOf,
  type ProductSourceBlock,
  type PromptBlockName,
  type WorkflowStep,
} from './lib/prompts/prompt-builder';
export { getPromptSet, PROMPT_VERSIONS } from './lib/prompts/prompt-catalog';
export type { PromptSet, DifyWorkflowPrompts } from './lib/prompts/prompt-set';
export {
  addPromptParts,
  emptyPromptParts,
  promptPartTokens,
  PROMPT_PARTS,
  type PromptPart,
  type PromptPartTokens,
} from './lib/prompts/prompt-breakdown';
export { productContentSchema, coreExtractionSchema } from './lib/content/content.schema';
export {
  CONTENT_FIELD_NAMES,
  contentOutputFor,
  isContentFieldName,
  mergeRegeneratedFields,
  partialContentSchema,
  requestedFieldsOf,
} from './lib/content/field-regeneration';
export { parseDurationMs, parseRetryAfterMs } from './lib/http/rate-limit-headers';
export {
  CORE_EXTRACTION_OUTPUT,
  PRODUCT_CONTENT_OUTPUT,
  toStrictJsonSchema,
  type JsonSchema,
  type StructuredOutput,
} from './lib/content/structured-output';
export {
  buildJudgeMessages,
  readJudgeBlocks,
  isJudgePrompt,
  JUDGE_PROMPT_VERSION,
  JUDGE_TASK,
  type JudgeInput,
  type JudgeBlockName,
} from './lib/judge/mqm-judge.prompt';
export {
  parseJudgeAnswer,
  JudgeAnswerError,
  JUDGE_OUTPUT,
  MAX_JUDGE_ERRORS,
  type JudgeAnnotation,
  type JudgeAnswer,
} from './lib/judge/mqm-judge.answer';
export {
  JudgeChatClient,
  type JudgeProviderConfig,
  type JudgeReply,
  type JudgeVerdict,
} from './lib/judge/judge-chat.client';
export * from './lib/batch/batch-client.port';
export { OpenAiBatchClient, OPENAI_BATCH_LIMITS } from './lib/batch/openai-batch.client';
export { AnthropicBatchClient, ANTHROPIC_BATCH_LIMITS } from './lib/batch/anthropic-batch.client';
export { parseModelJson } from './lib/json/model-json';
