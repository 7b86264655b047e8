import { QualityIssue } from './quality-issue';

/** What happens to the content next. */
export type QualityVerdict = 'pass' | 'regenerate' | 'human_review';

/** The gate's judgement of one piece of content. */
export interface QualityReport {
  /** 0–100; see {@link SEVERITY_PENALTY}. */
  score: number;
  verdict: QualityVerdict;
  issues: QualityIssue[];
}

/** Where the content is in the regeneration loop. */
export interface GenerationAttempt {
  /** 1-based attempt number. */
  attempt: number;
  /** Attempts allowed before a human takes over; 3 unless configured otherwise. */
  maxAttempts?: number;
}

/** Default number of generation attempts before content goes to human review. */
export const DEFAULT_MAX_ATTEMPTS = 3;
