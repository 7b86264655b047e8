import {
  mergeRegeneratedFields,
  parseModelJson,
  partialContentSchema,
  productContentSchema,
  requestedFieldsOf,
  type BatchLineResult,
  type GenerationInput,
  type GenerationResult,
  type ProviderName,
} from '@content-pipeline/llm-providers';

/** What to do with one request of an ended batch. */
export type BatchOutcome =
  | { kind: 'content'; result: GenerationResult }
  /**
   * Not answered usably: try again. `countsAsTry` is false for a cancellation (the request never ran); `interactive`
   * says the batch lane cannot help (an answer that needs the interactive repair turn, a refusal).
   */
  | { kind: 'retry'; reason: string; countsAsTry: boolean; interactive: boolean; billed?: BatchedBill };

/** Tokens an unusable answer was still billed for (metered like any billed failure). */
export interface BatchedBill {
  model: string;
  promptTokens: number;
  completionTokens: number;
}

/**
 * Maps a batch line (or its absence) to the generation it carries or to a retry. A valid answer becomes the same
 * `GenerationResult` an interactive call gives (so the same topics and the same gate take it); an answer that
 * fails the content schema, was cut off or refused goes interactive, where the repair turn and the content-failure
 * rules apply; errored, expired, cancelled and missing requests are retried.
 */
export function mapBatchLine(
  line: BatchLineResult | undefined,
  provider: ProviderName,
  latencyMs: number,
  input?: GenerationInput,
): BatchOutcome {
  if (!line) return { kind: 'retry', reason: 'missing_from_results', countsAsTry: true, interactive: false };
  switch (line.outcome) {
    case 'expired':
      return { kind: 'retry', reason: 'batch_expired', countsAsTry: true, interactive: false };
    case 'canceled':
      return { kind: 'retry', reason: 'batch_cancelled', countsAsTry: false, interactive: false };
    case 'errored':
      return {
        kind: 'retry',
        reason: `${line.code}: ${line.message}`.slice(0, 500),
        countsAsTry: true,
        interactive: false,
      };
    case 'succeeded':
      break;
  }
  const billed = { model: line.model, ...line.usage };
  const unusable = (reason: string): BatchOutcome => ({
    kind: 'retry',
    reason,
    countsAsTry: true,
    interactive: true,
    billed,
  });
  if (line.refused) return unusable('refusal');
  if (line.truncated) return unusable('truncated');
  let parsed: unknown;
  try {
    parsed = parseModelJson(line.text);
  } catch (error) {
    return unusable(`invalid_output: ${(error as Error).message}`.slice(0, 500));
  }
  // A field-only regeneration was asked for its fields alone: validated as such, completed from the previous attempt.
  const fields = input ? requestedFieldsOf(input) : undefined;
  const content = fields
    ? partialContentSchema(fields)
        .transform((answer) => mergeRegeneratedFields(input?.previousContent, answer, fields))
        .safeParse(parsed)
    : productContentSchema.safeParse(parsed);
  if (!content.success) {
    const issues = content.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return unusable(`invalid_output: ${issues.join('; ')}`.slice(0, 500));
  }
  const { promptTokens, completionTokens } = line.usage;
  return {
    kind: 'content',
    result: {
      content: content.data,
      usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
      provider,
      model: line.model,
      latencyMs,
      calls: 1,
      repairCalls: 0,
    },
  };
}
