import {
  CheckableField,
  MqmCategory,
  MqmSeverity,
  ProductContent,
  SpotCheckVerdict,
} from '@content-pipeline/contracts';

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
