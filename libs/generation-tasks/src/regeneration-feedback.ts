import type { QualityIssue } from '@content-pipeline/contracts';

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;
const MAX_ISSUES_IN_FEEDBACK = 12;
const MAX_SPAN_CHARS = 120;

/**
 * Turns the gate's issues on the previous attempt into the feedback block of the next prompt: what was
 * wrong, where, and how to fix it — the most costly problems first, bounded so the prompt stays small.
 */
export function buildRegenerationFeedback(
  attempt: number,
  score: number,
  issues: readonly QualityIssue[],
): string {
  const ordered = [...issues].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const shown = ordered.slice(0, MAX_ISSUES_IN_FEEDBACK);
  const lines = shown.map((issue, index) => {
    const span = issue.span
      ? ` Offending text: "${issue.span.slice(0, MAX_SPAN_CHARS)}${issue.span.length > MAX_SPAN_CHARS ? '…' : ''}".`
      : '';
    return `${index + 1}. [${issue.severity}] ${issue.field} (${issue.rule}): ${issue.message}.${span} Fix: ${issue.suggestion}`;
  });
  const omitted = ordered.length - shown.length;
  return [
    `Attempt ${attempt} was rejected by the quality gate (score ${score}/100). Correct every problem below and keep everything that was right.`,
    ...lines,
    ...(omitted > 0 ? [`(${omitted} less severe issue${omitted === 1 ? '' : 's'} not listed.)`] : []),
  ].join('\n');
}
