/** What the ledger knows of a job when deciding whether it may still generate. */
export interface AdmissionFacts {
  admitted: boolean;
  pausedReason: string | null;
  budgetUsd: number | null;
  costUsd: number;
}

export type AdmissionDecision =
  | { change: 'none' }
  | { change: 'pause'; reason: 'budget' }
  | { change: 'admit'; reason: 'resumed' }
  | { change: 'refuse'; message: string };

/**
 * After new cost (or a lowered cap): a running job whose cost has reached its cap stops admitting
 * generation. Reaching the cap exactly counts: the next call would exceed it.
 */
export function admissionAfterCost(facts: AdmissionFacts): AdmissionDecision {
  if (facts.admitted && facts.budgetUsd !== null && facts.costUsd >= facts.budgetUsd)
    return { change: 'pause', reason: 'budget' };
  return { change: 'none' };
}

/** On an operator's resume: a paused job is admitted again only when its cap now leaves room. */
export function admissionOnResume(jobId: string, facts: AdmissionFacts): AdmissionDecision {
  if (facts.admitted) return { change: 'none' };
  if (facts.budgetUsd !== null && facts.costUsd >= facts.budgetUsd)
    return {
      change: 'refuse',
      message:
        `Job ${jobId} has cost $${facts.costUsd.toFixed(4)} of its $${facts.budgetUsd.toFixed(2)} budget: ` +
        `raise the cap first (PATCH /api/batch/${jobId} {"budgetUsd": …}), then resume`,
    };
  return { change: 'admit', reason: 'resumed' };
}
