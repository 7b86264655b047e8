import { QualityIssue, Severity } from './quality-issue';
import { DEFAULT_MAX_ATTEMPTS, GenerationAttempt, QualityVerdict } from './quality-report';
import { verdictActionFor, VerdictPolicy } from './verdict-policy';

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
 * Each issue that is more than advice asks for its rule's action (see {@link VerdictPolicy}): `review` sends the
 * content to a human at once; `regenerate` asks for another attempt while attempts remain and for a human on the
 * last one. Without such an issue, a low score (many published-with-warning issues) goes to a human; anything else
 * passes.
 */
export function qualityVerdict(
  issues: readonly QualityIssue[],
  score: number,
  { attempt, maxAttempts = DEFAULT_MAX_ATTEMPTS }: GenerationAttempt,
  policy: VerdictPolicy = {},
): QualityVerdict {
  const actions = new Set(
    issues.filter((issue) => issue.severity !== 'info').map((issue) => verdictActionFor(issue.rule, policy)),
  );
  if (actions.has('review')) return 'human_review';
  if (actions.has('regenerate')) return attempt < maxAttempts ? 'regenerate' : 'human_review';
  return score < HUMAN_REVIEW_BELOW ? 'human_review' : 'pass';
}
