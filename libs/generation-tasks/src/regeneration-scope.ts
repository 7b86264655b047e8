import type { QualityIssue } from '@content-pipeline/contracts';

/** The content fields a regeneration can ask for, as the gate's issues and the model's JSON name them. */
export const REGENERABLE_FIELDS = [
  'translated_description',
  'seo_title',
  'meta_description',
  'h1',
  'marketing_copy_a',
  'marketing_copy_b',
  'marketing_copy_c',
  'suggested_keywords',
] as const;

/** One of {@link REGENERABLE_FIELDS}. */
export type RegenerableField = (typeof REGENERABLE_FIELDS)[number];

/**
 * Rules whose issue discredits the whole answer, not the field it was found in: the model wrote in another
 * language, or followed (or repeated) instructions planted in the listing. Everything it wrote in that answer is
 * suspect, so the whole set is regenerated. Every other rule is a defect of its field, and the gate re-checks the
 * merged set: a figure dropped or invented in the description is fixed in the description, and if the title or a
 * copy repeated the wrong figure the gate's number rules flag that field too (they read every spec field), so it is
 * in the list already.
 */
export const WHOLE_SET_RULES: ReadonlySet<string> = new Set([
  'wrong_language',
  'prompt_injection_obeyed',
  'prompt_injection_echo',
]);

function isRegenerableField(field: string): field is RegenerableField {
  return (REGENERABLE_FIELDS as readonly string[]).includes(field);
}

/**
 * The fields a regeneration asks for after the gate found `issues`: the fields of every issue that holds content
 * back (`info` is advice only), in content order. Empty means the whole set: an issue of a whole-set rule, an issue
 * on a field the pipeline does not know (an operator rule on a field of its own), no field-level issue at all (a
 * low score), or every field failing anyway.
 */
export function fieldsToRegenerate(issues: readonly QualityIssue[]): RegenerableField[] {
  const blocking = issues.filter((issue) => issue.severity !== 'info');
  if (blocking.length === 0) return [];
  if (blocking.some((issue) => WHOLE_SET_RULES.has(issue.rule) || !isRegenerableField(issue.field)))
    return [];
  const failing = new Set(blocking.map((issue) => issue.field));
  const fields = REGENERABLE_FIELDS.filter((field) => failing.has(field));
  return fields.length === REGENERABLE_FIELDS.length ? [] : fields;
}
