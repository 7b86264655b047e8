import { requestedFieldsOf } from '../content/field-regeneration';
import type { GenerationInput } from '../port/content-generation.port';
import { countChatPromptTokens } from '../tokens/token-counter';
import { buildExtractionMessages, buildLocalizationMessages } from './prompt-builder';

// Typical size of a core extraction as the localisation prompt carries it; the real one is not known before the
// extraction call, and reserving a little too much is cheaper than a 429.
const EXTRACTION_BLOCK_RESERVE_TOKENS = 350;

/**
 * Prompt tokens to reserve with the rate limiter before calling a provider for `input`: the extraction call
 * (when the language has no English master to work from) plus the localisation call. An upper estimate:
 * a cached extraction makes the real figure smaller.
 */
export function estimatePromptTokens(input: GenerationInput): number {
  // A field-only regeneration extracts nothing and carries no extraction block.
  const fieldOnly = requestedFieldsOf(input) !== undefined;
  const needsExtraction = !input.sourceContent && !fieldOnly;
  const extraction = needsExtraction ? countChatPromptTokens(buildExtractionMessages(input)) : 0;
  const localization =
    countChatPromptTokens(buildLocalizationMessages(input)) +
    (fieldOnly ? 0 : EXTRACTION_BLOCK_RESERVE_TOKENS);
  return extraction + localization;
}
