import type { QualityIssue } from '@content-pipeline/contracts';

/** A queue item as bulk approval judges it. */
export interface BulkCandidate {
  versionId: string;
  skuId: string;
  language: string;
  score: number;
  issues: readonly Pick<QualityIssue, 'rule' | 'severity'>[];
}

export interface BulkRefusal {
  versionId: string;
  skuId: string;
  language: string;
  reason: string;
}

export interface BulkApprovalPlan {
  approve: BulkCandidate[];
  refuse: BulkRefusal[];
  /** Below the minimum score: left in the queue, neither approved nor refused. */
  belowScore: number;
}

/**
 * Which items of a filtered queue a bulk approval approves: those scoring at least `minScore` with no critical
 * issue. One with a critical issue is refused, whatever its score: it needs an edit or a rejection, one by one.
 */
export function planBulkApproval(candidates: readonly BulkCandidate[], minScore: number): BulkApprovalPlan {
  const plan: BulkApprovalPlan = { approve: [], refuse: [], belowScore: 0 };
  for (const candidate of candidates) {
    if (candidate.score < minScore) {
      plan.belowScore++;
      continue;
    }
    const critical = [
      ...new Set(
        candidate.issues.filter((issue) => issue.severity === 'critical').map((issue) => issue.rule),
      ),
    ];
    if (critical.length > 0)
      plan.refuse.push({
        versionId: candidate.versionId,
        skuId: candidate.skuId,
        language: candidate.language,
        reason: `critical issue${critical.length > 1 ? 's' : ''} open (${critical.join(', ')}): edit or reject it`,
      });
    else plan.approve.push(candidate);
  }
  return plan;
}
