import { coreExtractionSchema } from '../content/content.schema';
import { asNumber, asRecord } from '../http/json-body';
import type { CoreExtraction, ProductContent, WorkflowReview } from '../port/content-generation.port';
import { ProviderError } from '../port/provider.error';
import type { DifyOutputField } from './dify-contract';

function fromJsonString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

// Dify end nodes expose strings, numbers, objects or arrays; a list may arrive as any of these.
function readList(value: unknown): string[] {
  const parsed = fromJsonString(value);
  if (typeof parsed === 'string') {
    return parsed
      .split(/[,，、;\n]/)
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .map((item) => {
      if (typeof item === 'string') return item.trim();
      const record = asRecord(item);
      const text = record?.['message'] ?? record?.['issue'] ?? record?.['description'];
      return typeof text === 'string' ? text.trim() : item === null ? '' : JSON.stringify(item);
    })
    .filter((item) => item.length > 0);
}

const TEXT_FIELDS = [
  'translated_description',
  'seo_title',
  'meta_description',
  'h1',
  'marketing_copy_a',
  'marketing_copy_b',
  'marketing_copy_c',
] as const;

// Separators between a title's product part and its tagline, in the languages the pipeline writes.
const TITLE_SEPARATORS = [' | ', '｜', ' – ', ' — ', ' - ', ': ', '：'];

/**
 * The documented fallback for a missing H1: the SEO title's product part (before its first separator), or the
 * whole title. The gate then judges it like any H1 (a warning when it repeats the title).
 */
export function h1FromSeoTitle(seoTitle: string): string {
  for (const separator of TITLE_SEPARATORS) {
    const index = seoTitle.indexOf(separator);
    if (index > 0) return seoTitle.slice(0, index).trim();
  }
  return seoTitle.trim();
}

/** What a finished run's outputs gave, read through the configured contract. */
export interface DifyOutputs {
  content: ProductContent;
  /** Text fields the workflow did not return: left empty, so the gate reports them on that field. */
  missingFields: string[];
  /** Fields the workflow did not return that a documented fallback filled (`h1` from the SEO title). */
  fallbackFields: string[];
  workflowReview?: WorkflowReview;
}

/**
 * Reads the product content from workflow outputs, one output variable per field (named as `variables` says) or a
 * single `content` variable holding the JSON object. A field the workflow does not return is not a failure of the
 * call: an H1 falls back to the SEO title's product part, keywords to none, any other text field stays empty for
 * the gate to report. Only outputs with none of the content fields are an invalid output.
 */
export function readDifyOutputs(
  outputs: unknown,
  variables: Record<DifyOutputField, readonly string[]>,
): DifyOutputs {
  const record = asRecord(outputs);
  if (!record)
    throw new ProviderError('content_failure', 'invalid_output', 'dify: workflow finished without outputs');
  const source = { ...record, ...asRecord(fromJsonString(record['content'])) };
  const first = (field: DifyOutputField): unknown =>
    variables[field]
      .map((name) => source[name])
      .find((value) => value !== undefined && value !== null && value !== '');
  const text: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  for (const field of TEXT_FIELDS) {
    const value = first(field);
    if (typeof value === 'string' && value.trim() !== '') text[field] = value;
    else if (typeof value === 'number') text[field] = String(value);
  }
  if (Object.keys(text).length === 0) {
    const expected = TEXT_FIELDS.map((field) => variables[field].join('|')).join(', ');
    throw new ProviderError(
      'content_failure',
      'invalid_output',
      `dify: outputs hold none of the content fields (looked for ${expected}; got ${Object.keys(record).join(', ') || 'nothing'})`,
    );
  }
  const missingFields: string[] = [];
  const fallbackFields: string[] = [];
  if (text.h1 === undefined && text.seo_title !== undefined) {
    text.h1 = h1FromSeoTitle(text.seo_title);
    fallbackFields.push('h1');
  }
  for (const field of TEXT_FIELDS) if (text[field] === undefined) missingFields.push(field);
  const content: ProductContent = {
    translated_description: text.translated_description ?? '',
    seo_title: text.seo_title ?? '',
    meta_description: text.meta_description ?? '',
    h1: text.h1 ?? '',
    marketing_copy_a: text.marketing_copy_a ?? '',
    marketing_copy_b: text.marketing_copy_b ?? '',
    marketing_copy_c: text.marketing_copy_c ?? '',
    suggested_keywords: readList(first('suggested_keywords')).slice(0, 20),
  };
  const score = first('quality_score');
  const issues = first('quality_issues');
  const workflowReview =
    score === undefined && issues === undefined
      ? undefined
      : { score: asNumber(score) ?? null, issues: issues === undefined ? [] : readList(issues) };
  return { content, missingFields, fallbackFields, workflowReview };
}

/** The core extraction, when the workflow exposes it (`core_extraction`); a malformed one is ignored. */
export function readDifyExtraction(outputs: unknown): CoreExtraction | undefined {
  const raw = fromJsonString(asRecord(outputs)?.['core_extraction']);
  const result = coreExtractionSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Token split the workflow's checks node reports in its `usage` output (prompt/completion summed over LLM nodes). */
export function readDifyOutputUsage(
  outputs: unknown,
): { promptTokens: number; completionTokens: number } | undefined {
  const usage = asRecord(fromJsonString(asRecord(outputs)?.['usage']));
  const promptTokens = asNumber(usage?.['prompt_tokens']);
  const completionTokens = asNumber(usage?.['completion_tokens']);
  return promptTokens !== undefined && completionTokens !== undefined
    ? { promptTokens, completionTokens }
    : undefined;
}
