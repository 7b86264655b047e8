import { z } from 'zod';
import {
  CHECKABLE_FIELDS,
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  type CheckableField,
  type MqmCategory,
  type MqmSeverity,
  type ProductContent,
} from '@content-pipeline/contracts';
import { toStrictJsonSchema, type StructuredOutput } from '../content/structured-output';
import { parseModelJson } from '../json/model-json';

/** One error the judge annotated, checked against the vocabulary and the text it quotes. */
export interface JudgeAnnotation {
  category: MqmCategory;
  severity: MqmSeverity;
  field: CheckableField;
  span: string;
  note: string;
}

/** More than this many errors in one product's copy is not an annotation but a runaway answer. */
export const MAX_JUDGE_ERRORS = 40;
const MAX_SPAN_CHARS = 500;
const MAX_NOTE_CHARS = 300;

/** The answer's shape as the model is asked for it (strings only: the vocabulary is checked after parsing). */
const judgeAnswerShape = z.object({
  errors: z.array(
    z.object({
      field: z.string(),
      span: z.string(),
      category: z.string(),
      severity: z.string(),
      note: z.string(),
    }),
  ),
});

/** The structured output the judge's call asks the provider to enforce. */
export const JUDGE_OUTPUT: StructuredOutput = {
  name: 'mqm_error_annotation',
  description: 'Translation errors of the published copy, in the MQM typology, with their spans.',
  schema: toStrictJsonSchema(judgeAnswerShape),
};

/** A judge answer that cannot be used: recorded as a failed judgement, never thrown past the judge. */
export class JudgeAnswerError extends Error {
  override readonly name = 'JudgeAnswerError';
}

/** What a readable answer gave: the annotations kept, and how many were dropped because their span is not in the copy. */
export interface JudgeAnswer {
  annotations: JudgeAnnotation[];
  /** Annotations quoting text that is in neither the named field nor the source (an omission quotes the source). */
  unverifiableSpans: number;
}

const CATEGORIES: readonly string[] = MQM_CATEGORIES;
const SEVERITIES: readonly string[] = MQM_SEVERITIES;
const FIELDS: readonly string[] = CHECKABLE_FIELDS;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Reads the judge's answer for one version. Throws {@link JudgeAnswerError} when the answer is not the JSON asked
 * for, or names a category, severity or field outside the vocabulary (a model that invents its own typology is
 * not annotating ours). An annotation whose span cannot be found where it says is dropped and counted: a quote
 * that is not in the text cannot be checked by anyone, and GEMBA-style judges are known to hallucinate spans.
 */
export function parseJudgeAnswer(text: string, content: ProductContent, sourceText: string): JudgeAnswer {
  let parsed: unknown;
  try {
    parsed = parseModelJson(text);
  } catch (error) {
    throw new JudgeAnswerError(error instanceof Error ? error.message : String(error));
  }
  const shape = judgeAnswerShape.safeParse(parsed);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    throw new JudgeAnswerError(
      `the answer does not match the annotation schema (${issue.path.join('.') || '(root)'}: ${issue.message})`,
    );
  }
  const errors = shape.data.errors;
  if (errors.length > MAX_JUDGE_ERRORS)
    throw new JudgeAnswerError(`the answer lists ${errors.length} errors (at most ${MAX_JUDGE_ERRORS})`);
  const annotations: JudgeAnnotation[] = [];
  let unverifiableSpans = 0;
  const source = normalise(sourceText);
  errors.forEach((error, index) => {
    const category = error.category.trim().toLowerCase();
    const severity = error.severity.trim().toLowerCase();
    if (!CATEGORIES.includes(category))
      throw new JudgeAnswerError(
        `errors[${index}].category ${JSON.stringify(error.category.slice(0, 40))} is not an MQM category`,
      );
    if (!SEVERITIES.includes(severity))
      throw new JudgeAnswerError(
        `errors[${index}].severity ${JSON.stringify(error.severity.slice(0, 40))} is not minor, major or critical`,
      );
    if (!FIELDS.includes(error.field))
      throw new JudgeAnswerError(
        `errors[${index}].field ${JSON.stringify(error.field.slice(0, 40))} is not a checkable field`,
      );
    const field = error.field as CheckableField;
    const span = error.span.trim().slice(0, MAX_SPAN_CHARS);
    const quoted = normalise(span);
    const found =
      quoted.length > 0 &&
      (normalise(content[field]).includes(quoted) ||
        (category === 'accuracy/omission' && source.includes(quoted)));
    if (!found) {
      unverifiableSpans += 1;
      return;
    }
    annotations.push({
      category: category as MqmCategory,
      severity: severity as MqmSeverity,
      field,
      span,
      note: error.note.trim().slice(0, MAX_NOTE_CHARS),
    });
  });
  return { annotations, unverifiableSpans };
}
