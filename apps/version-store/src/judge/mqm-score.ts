import type { MqmCategory, MqmSeverity } from '@content-pipeline/contracts';

/**
 * Severity multipliers of the MQM scoring model (MQM Council, themqm.org "The MQM Scoring Models": minor 1,
 * major 5, critical 25; every error type weighted 1), which GEMBA-MQM also uses for its segment score.
 */
export const MQM_SEVERITY_PENALTY: Record<MqmSeverity, number> = { minor: 1, major: 5, critical: 25 };

export interface ScoredError {
  category: MqmCategory | string;
  severity: MqmSeverity | string;
}

export interface MqmScore {
  /** Absolute penalty total: the sum of the errors' severity multipliers (GEMBA-MQM's score is its negative). */
  penalty: number;
  /** Evaluation word count of the judged text (CJK: two characters a word, ISO 5060's character option). */
  evaluatedWords: number;
  /** Raw MQM quality score, 100 × (1 − penalty / evaluated words), floored at 0. */
  qualityScore: number;
  /** Major and critical accuracy errors: one makes the version count as inaccurate. */
  majorAccuracyErrors: number;
  /** No major or critical accuracy error: what "accuracy per job" counts. */
  accurate: boolean;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;

/** Words of a text for the MQM word count; CJK scripts have no spaces, so two characters count as a word. */
export function evaluationWordCount(text: string): number {
  const cjk = (text.match(CJK) ?? []).length;
  const rest = text
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return rest + Math.ceil(cjk / 2);
}

/** The MQM score of one judged version from its annotated errors and the text the judge read. */
export function scoreJudgement(errors: readonly ScoredError[], judgedText: string): MqmScore {
  const penalty = errors.reduce(
    (sum, error) => sum + (MQM_SEVERITY_PENALTY[error.severity as MqmSeverity] ?? 0),
    0,
  );
  const evaluatedWords = evaluationWordCount(judgedText);
  const majorAccuracyErrors = errors.filter(
    (error) =>
      String(error.category).startsWith('accuracy/') &&
      (error.severity === 'major' || error.severity === 'critical'),
  ).length;
  const qualityScore =
    evaluatedWords === 0 ? (penalty === 0 ? 100 : 0) : Math.max(0, 100 * (1 - penalty / evaluatedWords));
  return {
    penalty,
    evaluatedWords,
    qualityScore: Math.round(qualityScore * 100) / 100,
    majorAccuracyErrors,
    accurate: majorAccuracyErrors === 0,
  };
}
