export interface DecisionCount {
  language: string;
  attempt: number;
  decision: string;
  count: number;
}

export interface JobRegenerationSummary {
  jobId: string;
  /** Verdicts that asked for another attempt, by the attempt that failed. */
  regenerations: Record<string, number>;
  /** Tasks handed to human review (critical issue on the last attempt, or score below the floor). */
  humanReview: number;
  /** English masters that passed and fanned out to the derived languages. */
  derivations: number;
  byLanguage: Record<string, { regenerations: number; humanReview: number; passed: number }>;
}

/** Folds decision counts into the per-job view operators read. */
export function summarizeDecisions(jobId: string, rows: readonly DecisionCount[]): JobRegenerationSummary {
  const summary: JobRegenerationSummary = {
    jobId,
    regenerations: {},
    humanReview: 0,
    derivations: 0,
    byLanguage: {},
  };
  for (const row of rows) {
    const language = (summary.byLanguage[row.language] ??= { regenerations: 0, humanReview: 0, passed: 0 });
    if (row.decision === 'regenerate') {
      const key = `attempt_${row.attempt}`;
      summary.regenerations[key] = (summary.regenerations[key] ?? 0) + row.count;
      language.regenerations += row.count;
    } else if (row.decision === 'human_review') {
      summary.humanReview += row.count;
      language.humanReview += row.count;
    } else {
      if (row.decision === 'derive_languages') summary.derivations += row.count;
      language.passed += row.count;
    }
  }
  return summary;
}
