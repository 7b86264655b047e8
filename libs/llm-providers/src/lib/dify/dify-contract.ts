import { requestedFieldsOf } from '../content/field-regeneration';
import type { GenerationInput } from '../port/content-generation.port';
import { keptDescriptionOf } from '../prompts/prompt-builder';
import type { DifyContractConfig } from '../port/provider.config';

/** The start-node inputs the pipeline can fill, as the project's workflow (deploy/dify) declares them. */
export const DIFY_KNOWN_INPUTS = [
  'product_id',
  'product_name',
  'product_description',
  'product_category',
  'brand',
  'attributes',
  'target_language',
  'source_content',
  'feedback',
  'prompt_version',
  'attempt',
  'regenerate_fields',
  'kept_fields',
] as const;

/** The fields a workflow output can feed: the content, and the workflow's own quality verdict. */
export const DIFY_OUTPUT_FIELDS = [
  'translated_description',
  'seo_title',
  'meta_description',
  'h1',
  'marketing_copy_a',
  'marketing_copy_b',
  'marketing_copy_c',
  'suggested_keywords',
  'quality_score',
  'quality_issues',
] as const;

/** A field a workflow output can feed. */
export type DifyOutputField = (typeof DIFY_OUTPUT_FIELDS)[number];

/**
 * Output variables read for each field, in order, before any configured ones: the project's DSL names, and the
 * design's (its SEO node calls the H1 `h1_tag`).
 */
const DEFAULT_OUTPUT_VARIABLES: Record<DifyOutputField, readonly string[]> = {
  translated_description: ['translated_description'],
  seo_title: ['seo_title'],
  meta_description: ['meta_description'],
  h1: ['h1', 'h1_tag'],
  marketing_copy_a: ['marketing_copy_a'],
  marketing_copy_b: ['marketing_copy_b'],
  marketing_copy_c: ['marketing_copy_c'],
  suggested_keywords: ['suggested_keywords', 'keywords'],
  quality_score: ['quality_score'],
  quality_issues: ['quality_issues'],
};

/** The project's own workflow: every input it declares, feedback in `feedback`, the default output names. */
export const PROJECT_DIFY_CONTRACT: DifyContractConfig = {
  inputs: DIFY_KNOWN_INPUTS,
  feedbackInput: 'feedback',
  outputMap: {},
};

/** For each field, the output variables to read in order: configured ones first, then the defaults. */
export function outputVariables(contract: DifyContractConfig): Record<DifyOutputField, string[]> {
  const variables = Object.fromEntries(DIFY_OUTPUT_FIELDS.map((field) => [field, [] as string[]])) as Record<
    DifyOutputField,
    string[]
  >;
  for (const [variable, field] of Object.entries(contract.outputMap)) {
    if ((DIFY_OUTPUT_FIELDS as readonly string[]).includes(field))
      variables[field as DifyOutputField].push(variable);
  }
  for (const field of DIFY_OUTPUT_FIELDS) {
    for (const variable of DEFAULT_OUTPUT_VARIABLES[field]) {
      if (!variables[field].includes(variable)) variables[field].push(variable);
    }
  }
  return variables;
}

/**
 * The inputs to send for `input`: the ones the workflow declares (`declared`), filled from the generation input.
 * Regeneration feedback goes under the configured feedback input, and nowhere when there is none. A workflow that
 * does not declare `regenerate_fields` (v1's DSL, the design's) writes every field; the adapter keeps only the
 * asked ones, so the result is the same, only not cheaper.
 */
export function toWorkflowInputs(
  input: GenerationInput,
  declared: readonly string[],
  feedbackInput: string | null,
): Record<string, string | number> {
  const all: Record<string, string | number> = {
    product_id: input.skuId,
    product_name: input.productName,
    product_description: input.productDescription,
    product_category: input.category,
    brand: input.brand ?? '',
    attributes: JSON.stringify(input.attributes),
    target_language: input.targetLanguage,
    source_content: input.sourceContent ? JSON.stringify(input.sourceContent) : '',
    prompt_version: input.promptVersion,
    attempt: input.attempt,
    // Comma-separated, empty for the whole set: the v2 workflow writes only these fields (and skips the extraction).
    regenerate_fields: requestedFieldsOf(input)?.join(',') ?? '',
    // An English field-only regeneration that keeps the description: its facts, instead of the listing.
    kept_fields: keptFieldsInput(input),
  };
  if (feedbackInput) all[feedbackInput] = input.feedback ?? '';
  return Object.fromEntries(declared.filter((name) => name in all).map((name) => [name, all[name]]));
}

function keptFieldsInput(input: GenerationInput): string {
  const kept = keptDescriptionOf(input);
  return kept === undefined ? '' : JSON.stringify({ translated_description: kept });
}

/** One start-node variable as `GET /v1/parameters` lists it. */
export interface DeclaredInput {
  variable: string;
  required: boolean;
}

/**
 * Reads `user_input_form` from a `GET /v1/parameters` answer: a list of one-key objects whose key is the control
 * type (`text-input`, `paragraph`, `select`, `number`, …) and whose value names the variable.
 */
export function readDeclaredInputs(parameters: unknown): DeclaredInput[] | undefined {
  const form = (parameters as { user_input_form?: unknown } | undefined)?.user_input_form;
  if (!Array.isArray(form)) return undefined;
  const inputs: DeclaredInput[] = [];
  for (const entry of form) {
    if (typeof entry !== 'object' || entry === null) continue;
    for (const control of Object.values(entry as Record<string, unknown>)) {
      const { variable, required } = (control ?? {}) as { variable?: unknown; required?: unknown };
      if (typeof variable === 'string') inputs.push({ variable, required: required === true });
    }
  }
  return inputs;
}
