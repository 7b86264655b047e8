import { QualityIssue, Severity } from './quality-issue';
import { DEFAULT_MAX_ATTEMPTS, GenerationAttempt, QualityVerdict } from './quality-report';

/**
 * Points deducted per issue. One critical issue alone keeps the score at 75 (the verdict, not the
 * score, blocks it); four warnings (68) or two criticals (50) push content below the review line.
 */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { critical: 25, warning: 8, info: 2 };

/** Below this score content goes to a human even without a critical issue. */
export const HUMAN_REVIEW_BELOW = 70;

/** 100 minus the penalties, clamped to 0..100. */
export function qualityScore(issues: readonly QualityIssue[]): number {
  const penalty = issues.reduce((sum, issue) => sum + SEVERITY_PENALTY[issue.severity], 0);
  return Math.max(0, Math.min(100, 100 - penalty));
}

/**
 * A critical issue is something regeneration can fix, so it asks for another attempt while attempts
 * remain, and for a human on the last one. Without critical issues, a low score (many warnings)
 * goes to a human; anything else passes.
 */
export function qualityVerdict(
  issues: readonly QualityIssue[],
  score: number,
  { attempt, maxAttempts = DEFAULT_MAX_ATTEMPTS }: GenerationAttempt,
): QualityVerdict {
  if (issues.some((issue) => issue.severity === 'critical')) {
    return attempt < maxAttempts ? 'regenerate' : 'human_review';
  }
  return score < HUMAN_REVIEW_BELOW ? 'human_review' : 'pass';
}
