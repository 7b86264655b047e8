import {
  LANGUAGE_PROFILES,
  type LanguageProfile,
  type LengthLimit,
  type LengthUnit,
} from '@content-pipeline/languages';
import type {
  CoreExtraction,
  GenerationInput,
  ProductContent,
  TargetLanguage,
} from '../port/content-generation.port';
import type { ChatMessage } from '../tokens/token-counter';
import { requestedFieldsOf } from '../content/field-regeneration';
import { getPromptSet } from './prompt-catalog';

/** Names of the delimited blocks of a v1 user prompt. */
export type PromptBlockName =
  | 'task'
  | 'target_language'
  | 'attempt'
  | 'product_source'
  | 'core_extraction'
  | 'english_master'
  | 'translated_description'
  | 'regeneration_feedback'
  | 'regenerate_fields'
  | 'kept_fields'
  | 'repair_request';

/** The catalogue fields as the prompts carry them (snake_case, as in the catalogue events). */
export interface ProductSourceBlock {
  sku_id: string;
  product_name: string;
  product_description: string;
  category: string;
  brand?: string;
  attributes: Record<string, string>;
}

/**
 * JSON for a data block. `<` is escaped so catalogue text can never close the block early
 * (e.g. a description containing `</product_source>` followed by instructions).
 */
export function encodeDataBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function block(name: PromptBlockName, body: string): string {
  return `<${name}>\n${body}\n</${name}>`;
}

function describeLimit(limit: LengthLimit, unit: LengthUnit): string {
  return unit === 'display-width'
    ? `${limit.min}-${limit.max} display width (full-width characters count 2)`
    : `${limit.min}-${limit.max} characters`;
}

/** Fills a template's `{{placeholders}}` from a language profile. */
export function renderTemplate(template: string, profile: LanguageProfile): string {
  const values: Record<string, string> = {
    language_name: profile.name,
    language_code: profile.code,
    tone: profile.tone,
    title_limit: describeLimit(profile.seoTitleLength, profile.lengthUnit),
    meta_limit: describeLimit(profile.metaDescriptionLength, profile.lengthUnit),
    forbidden_terms: profile.forbiddenTerms.map(({ term }) => term).join(', '),
    cta_phrases: profile.ctaPhrases.map((p) => `"${p}"`).join(', '),
    number_format: profile.numberFormat.example,
    style_notes: profile.styleNotes.join('; '),
    chinese_note:
      profile.code === 'ja' ? ' (Japanese kanji are fine; simplified Chinese characters are not)' : '',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The catalogue part of a generation input, as the prompt block carries it. */
export function toProductSourceBlock(input: GenerationInput): ProductSourceBlock {
  return {
    sku_id: input.skuId,
    product_name: input.productName,
    product_description: input.productDescription,
    category: input.category,
    ...(input.brand ? { brand: input.brand } : {}),
    attributes: input.attributes,
  };
}

/** Messages of the core-extraction call (language-neutral, once per SKU). */
export function buildExtractionMessages(input: GenerationInput): ChatMessage[] {
  const set = getPromptSet(input.promptVersion);
  return [
    { role: 'system', content: set.coreExtractionSystem },
    {
      role: 'user',
      content: [
        block('task', 'core_extraction'),
        block('product_source', encodeDataBlock(toProductSourceBlock(input))),
      ].join('\n'),
    },
  ];
}

/**
 * The listing as a content call carries it: whole, or (a prompt set that lets the English master stand in for it)
 * only the SKU id and the brand the copy must name. A field-only regeneration that keeps the description has its
 * facts in that description (it passed the gate's number checks against the listing), so it carries no listing
 * either.
 */
function sourceBlockFor(input: GenerationInput): unknown {
  const set = getPromptSet(input.promptVersion);
  if (
    (input.sourceContent && set.sourceWithMaster === 'identity') ||
    keptDescriptionOf(input) !== undefined
  ) {
    return { sku_id: input.skuId, ...(input.brand ? { brand: input.brand } : {}) };
  }
  return toProductSourceBlock(input);
}

/** The previous attempt's description, when an English field-only regeneration keeps it (the fact source). */
export function keptDescriptionOf(input: GenerationInput): string | undefined {
  const fields = requestedFieldsOf(input);
  if (!fields || input.sourceContent || fields.includes('translated_description')) return undefined;
  return input.previousContent?.translated_description || undefined;
}

/**
 * The English master as a call carries it: whole, or for a field-only regeneration its description (the facts)
 * and the asked fields' English versions, not the fields that are not being rewritten.
 */
function masterBlockOf(input: GenerationInput, master: ProductContent): unknown {
  const fields = requestedFieldsOf(input);
  if (!fields) return master;
  const wanted = new Set<string>(['translated_description', ...fields]);
  return Object.fromEntries(Object.entries(master).filter(([field]) => wanted.has(field)));
}

function contextBlocks(input: GenerationInput, extraction: CoreExtraction | undefined): string[] {
  const blocks = [
    block('target_language', input.targetLanguage),
    block('attempt', String(input.attempt)),
    block('product_source', encodeDataBlock(sourceBlockFor(input))),
  ];
  // Under a set that lets the master stand in for the listing, the master's facts make the extraction redundant.
  const masterStandsIn =
    input.sourceContent && getPromptSet(input.promptVersion).sourceWithMaster === 'identity';
  if (extraction && !masterStandsIn) blocks.push(block('core_extraction', encodeDataBlock(extraction)));
  if (input.sourceContent)
    blocks.push(block('english_master', encodeDataBlock(masterBlockOf(input, input.sourceContent))));
  const kept = keptDescriptionOf(input);
  if (kept !== undefined)
    blocks.push(block('kept_fields', encodeDataBlock({ translated_description: kept })));
  if (input.feedback) blocks.push(block('regeneration_feedback', input.feedback.replace(/</g, '‹')));
  // A field-only regeneration names its fields in the user turn (its system prompt says to answer only those).
  const fields = requestedFieldsOf(input);
  if (fields) blocks.push(block('regenerate_fields', JSON.stringify(fields)));
  return blocks;
}

/** Messages of the combined translation + SEO + marketing call used by the chat adapters. */
export function buildLocalizationMessages(
  input: GenerationInput,
  extraction?: CoreExtraction,
): ChatMessage[] {
  const set = getPromptSet(input.promptVersion);
  const profile = LANGUAGE_PROFILES[input.targetLanguage];
  const system =
    requestedFieldsOf(input) && set.fieldRegenerationSystem
      ? set.fieldRegenerationSystem
      : set.localizationSystem;
  return [
    { role: 'system', content: renderTemplate(system, profile) },
    {
      role: 'user',
      content: [block('task', 'localize_product_content'), ...contextBlocks(input, extraction)].join('\n'),
    },
  ];
}

/** The user turn that asks for one corrected answer after an invalid one. */
export function buildRepairMessage(promptVersion: string, error: string): ChatMessage {
  const set = getPromptSet(promptVersion);
  return {
    role: 'user',
    content: set.repairUser.replace('{{error}}', error.replace(/</g, '‹').slice(0, 500)),
  };
}

/**
 * Steps of the Dify workflow that call an LLM after the extraction (see deploy/dify/content-generation.yml): v1's
 * translation, SEO and marketing nodes, or v2's one localisation node.
 */
export type WorkflowStep = 'translation' | 'seo' | 'marketing' | 'localization';

/** The LLM steps a Dify run of `input` takes after the extraction, in order. */
export function workflowStepsOf(promptVersion: string): WorkflowStep[] {
  return getPromptSet(promptVersion).difyWorkflow.steps === 'localization'
    ? ['localization']
    : ['translation', 'seo', 'marketing'];
}

/** Whether a Dify run of `input` starts with the core extraction (v2 skips it when the English master is given). */
export function workflowExtracts(input: GenerationInput): boolean {
  // A field-only regeneration rewrites a few fields from the listing and the gate's feedback: no new extraction.
  if (requestedFieldsOf(input)) return false;
  return !input.sourceContent || getPromptSet(input.promptVersion).extractWithMaster;
}

/**
 * Messages of one Dify workflow LLM step, as the DSL renders them. The simulator bills these, so the Dify token
 * counts it reports are what the workflow's own prompts would cost.
 */
export function buildWorkflowStepMessages(
  step: WorkflowStep,
  input: GenerationInput,
  extraction: CoreExtraction | undefined,
  translatedDescription: string,
): ChatMessage[] {
  const set = getPromptSet(input.promptVersion);
  const profile = LANGUAGE_PROFILES[input.targetLanguage];
  const workflow = set.difyWorkflow;
  if (step === 'localization' || workflow.steps === 'localization') {
    return buildLocalizationMessages(input, extraction);
  }
  if (step === 'translation') {
    return [
      { role: 'system', content: renderTemplate(workflow.translationSystem, profile) },
      {
        role: 'user',
        content: [block('task', 'translation'), ...contextBlocks(input, extraction)].join('\n'),
      },
    ];
  }
  const system = step === 'seo' ? workflow.seoSystem : workflow.marketingSystem;
  const blocks = [
    block('task', step),
    block('target_language', input.targetLanguage),
    block('translated_description', translatedDescription.replace(/</g, '‹')),
  ];
  if (extraction) blocks.push(block('core_extraction', encodeDataBlock(extraction)));
  return [
    { role: 'system', content: renderTemplate(system, profile) },
    { role: 'user', content: blocks.join('\n') },
  ];
}

/**
 * Reads the delimited blocks back out of a v1 user prompt (the first occurrence of each).
 * The simulator uses it to answer like a model that followed the prompt.
 */
export function readPromptBlocks(text: string): Partial<Record<PromptBlockName, string>> {
  const found: Partial<Record<PromptBlockName, string>> = {};
  const pattern =
    /<(task|target_language|attempt|product_source|core_extraction|english_master|translated_description|regeneration_feedback|regenerate_fields|kept_fields|repair_request)>\n?([\s\S]*?)\n?<\/\1>/g;
  for (const match of text.matchAll(pattern)) {
    const name = match[1] as PromptBlockName;
    if (found[name] === undefined) found[name] = match[2];
  }
  return found;
}

/** Convenience for tests and the simulator: the profile of a language. */
export function languageProfileOf(language: TargetLanguage): LanguageProfile {
  return LANGUAGE_PROFILES[language];
}

/** The English master a v1 prompt carries, if any. */
export function parseEnglishMaster(text: string | undefined): ProductContent | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as ProductContent;
  } catch {
    return undefined;
  }
}
