import type { ProductContent } from '@content-pipeline/contracts';

/**
 * The error categories a spot checker picks from: the MQM core typology cut down to what product copy needs,
 * with accuracy split the way translation reviewers report it.
 */
export const MQM_CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/numbers',
  'fluency',
  'terminology',
  'style',
  'locale_convention',
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

export const MQM_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type MqmSeverity = (typeof MQM_SEVERITIES)[number];

/** A person's verdict on a published version: could it have gone out as it is? */
export const SPOT_CHECK_VERDICTS = ['publishable', 'not_publishable'] as const;
export type SpotCheckVerdict = (typeof SPOT_CHECK_VERDICTS)[number];

/** The text fields of published content an error can be marked in (keywords are a list, not running text). */
export const CHECKABLE_FIELDS = [
  'translatedDescription',
  'seoTitle',
  'metaDescription',
  'h1',
  'marketingCopyA',
  'marketingCopyB',
  'marketingCopyC',
] as const satisfies readonly (keyof ProductContent)[];
export type CheckableField = (typeof CHECKABLE_FIELDS)[number];

/** One error a person marked: where (field and a span of it) and how bad. */
export interface MarkedError {
  category: MqmCategory;
  severity: MqmSeverity;
  field: CheckableField;
  /** Offsets in UTF-16 code units (JavaScript string indices) of the field's text; end exclusive. */
  start: number;
  end: number;
  note?: string | null;
}

/**
 * What is wrong with a spot check against the content it judges, one message per problem (empty when it can be
 * recorded). Spans must lie inside their field; only an omission may be empty (it marks where text is missing).
 * A "not publishable" verdict must say why with at least one error, and a critical error cannot be publishable.
 */
export function spotCheckProblems(
  verdict: SpotCheckVerdict,
  errors: readonly MarkedError[],
  content: ProductContent,
): string[] {
  const problems: string[] = [];
  errors.forEach((error, index) => {
    const where = `errors[${index}]`;
    const text = content[error.field];
    if (typeof text !== 'string') {
      problems.push(`${where}.field ${error.field} is not a text field of this version`);
      return;
    }
    if (error.end > text.length)
      problems.push(
        `${where}.end ${error.end} is past the end of ${error.field} (${text.length} characters)`,
      );
    if (error.start > error.end) problems.push(`${where}.start must not be after end`);
    else if (error.start === error.end && error.category !== 'accuracy/omission')
      problems.push(
        `${where} marks an empty span; only an accuracy/omission error may (where text is missing)`,
      );
  });
  if (verdict === 'not_publishable' && errors.length === 0)
    problems.push('a not_publishable verdict needs at least one error saying why');
  if (verdict === 'publishable' && errors.some((error) => error.severity === 'critical'))
    problems.push('a version with a critical error cannot be publishable as is');
  return problems;
}
