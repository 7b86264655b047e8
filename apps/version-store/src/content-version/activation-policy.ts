/** Whether a freshly stored version becomes active on its own: it passed, scored enough, and nobody pinned the SKU. */
export function shouldAutoActivate(
  version: { verdict: string; score: number; issues: readonly { severity: string }[] },
  state: { pinned: boolean },
  minimumScore: number,
): boolean {
  return (
    !state.pinned &&
    version.verdict === 'pass' &&
    version.score >= minimumScore &&
    !version.issues.some((issue) => issue.severity === 'critical')
  );
}
