import { LANGUAGE_PROFILES } from '@content-pipeline/languages';
import type { GenerationInput } from '../port/content-generation.port';
import { countChatPromptTokens, countTokens, type ChatMessage } from '../tokens/token-counter';
import { readPromptBlocks, renderTemplate } from './prompt-builder';
import { getPromptSet } from './prompt-catalog';

/** The parts a prompt's tokens are attributed to. */
export const PROMPT_PARTS = [
  'instructions',
  'rules',
  'examples',
  'language_config',
  'source_text',
  'extraction',
  'english_master',
  'feedback',
  'framing',
] as const;

/** One of {@link PROMPT_PARTS}. */
export type PromptPart = (typeof PROMPT_PARTS)[number];

/** Tokens per part; the parts add up to the call's prompt tokens as counted locally. */
export type PromptPartTokens = Record<PromptPart, number>;

/** An all-zero breakdown, to sum into. */
export function emptyPromptParts(): PromptPartTokens {
  return Object.fromEntries(PROMPT_PARTS.map((part) => [part, 0])) as PromptPartTokens;
}

/**
 * Where the prompt tokens of one call go: the rule blocks and the language block its system prompt embeds, the
 * rest of the system prompt (instructions and output contract), and the user turn's data blocks. Tags, the task
 * line, the attempt number and the chat framing are `framing`: the remainder, so the parts add up exactly.
 * The feedback part includes a field-only regeneration's list of fields. No prompt version carries few-shot examples, so `examples` stays 0 (listed so the report says so).
 */
export function promptPartTokens(messages: readonly ChatMessage[], input: GenerationInput): PromptPartTokens {
  const set = getPromptSet(input.promptVersion);
  const profile = LANGUAGE_PROFILES[input.targetLanguage];
  const parts = emptyPromptParts();
  for (const message of messages) {
    if (message.role === 'system') {
      const total = countTokens(message.content);
      const data = message.content.includes(set.rules.data) ? countTokens(set.rules.data) : 0;
      const numbersText = renderTemplate(set.rules.numbers, profile);
      const numbers = message.content.includes(numbersText) ? countTokens(numbersText) : 0;
      const languageText = renderTemplate(set.rules.language, profile);
      const language = message.content.includes(languageText) ? countTokens(languageText) : 0;
      parts.rules += data + numbers;
      parts.language_config += language;
      parts.instructions += Math.max(0, total - data - numbers - language);
    } else if (message.role === 'user') {
      const blocks = readPromptBlocks(message.content);
      // The text being worked on: the listing, or the translated description a v1 SEO/marketing node carries.
      // A field-only regeneration's kept description stands in for the listing.
      parts.source_text +=
        countTokens(blocks.product_source ?? '') +
        countTokens(blocks.translated_description ?? '') +
        countTokens(blocks.kept_fields ?? '');
      parts.extraction += countTokens(blocks.core_extraction ?? '');
      parts.english_master += countTokens(blocks.english_master ?? '');
      parts.feedback +=
        countTokens(blocks.regeneration_feedback ?? '') + countTokens(blocks.regenerate_fields ?? '');
    } else {
      parts.instructions += countTokens(message.content);
    }
  }
  const attributed = PROMPT_PARTS.reduce((sum, part) => sum + parts[part], 0);
  parts.framing = Math.max(0, countChatPromptTokens(messages) - attributed);
  return parts;
}

/** Adds `more` into `total`. */
export function addPromptParts(total: PromptPartTokens, more: PromptPartTokens): void {
  for (const part of PROMPT_PARTS) total[part] += more[part];
}
