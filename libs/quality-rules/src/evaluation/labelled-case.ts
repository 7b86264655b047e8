import { z } from 'zod';
import { contentUnderReviewSchema } from '../content-under-review.schema';

/** One case of the QA evaluation set (`dev.jsonl` format): content plus the defects it carries. */
export const labelledCaseSchema = contentUnderReviewSchema.extend({
  id: z.string().min(1),
  expected: z
    .object({
      clean: z.boolean(),
      defects: z.array(z.string()),
    })
    .optional(),
});

/** A labelled (or, without `expected`, unlabelled) evaluation case. */
export type LabelledCase = z.infer<typeof labelledCaseSchema>;

/** A JSONL line that is not a usable case. */
export class InvalidCaseLineError extends Error {
  readonly retriable = false;
  constructor(
    readonly lineNumber: number,
    reason: string,
  ) {
    super(`line ${lineNumber}: ${reason}`);
    this.name = 'InvalidCaseLineError';
  }
}

/**
 * Parses JSONL text into cases, skipping blank lines.
 * @throws InvalidCaseLineError naming the first line that is not JSON or misses required fields
 */
export function parseCaseLines(text: string): LabelledCase[] {
  const cases: LabelledCase[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new InvalidCaseLineError(index + 1, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = labelledCaseSchema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
      );
      throw new InvalidCaseLineError(index + 1, `not a valid case (${problems.join('; ')})`);
    }
    cases.push(parsed.data);
  });
  return cases;
}
