/** What the transition rules need to know about a version. */
export interface VersionFacts {
  versionId: string;
  versionNumber: number;
  verdict: 'pass' | 'regenerate' | 'human_review';
  issues: readonly { severity: string }[];
  /** A reviewer approved it (its verdict was human_review). */
  approvedByReviewer: boolean;
}

export interface ActivationStateFacts {
  activeVersion: VersionFacts | null;
  pinned: boolean;
}

export type ActivationCommand =
  | { kind: 'activate'; target: VersionFacts }
  | { kind: 'rollback'; target: VersionFacts }
  | { kind: 'deactivate' }
  | { kind: 'pin' }
  | { kind: 'unpin' };

export type ActivationChange =
  | {
      ok: true;
      action: 'activated' | 'rolled_back' | 'deactivated' | 'pinned' | 'unpinned';
      /** The version the audit and the published event are about (null: pin/unpin with nothing active). */
      versionId: string | null;
      activeVersionId: string | null;
      pinned: boolean;
    }
  | { ok: false; problem: string };

/** A version just stored from a quality verdict, as automatic activation judges it. */
export interface StoredVersionFacts extends VersionFacts {
  score: number;
}

/** What automatic activation asks of a stored version beyond being fit to show. */
export interface AutomaticActivationPolicy {
  /** The lowest gate score that activates on its own (`ACTIVATION_MIN_SCORE`). */
  minimumScore: number;
  /** Human copy proposed as an A/B variant: an operator activates it through an experiment, never the store. */
  candidateVariant: boolean;
}

/** A version may be shown when it passed the gate without a critical issue, or a reviewer approved it. */
export function isActivatable(version: VersionFacts): boolean {
  return (
    version.approvedByReviewer ||
    (version.verdict === 'pass' && !version.issues.some((issue) => issue.severity === 'critical'))
  );
}

/**
 * The version state machine's automatic transition: whether a version just stored becomes the active one.
 * It must be fit to show, score at least the minimum, not be a candidate variant, and the SKU-language
 * must not be pinned (a pin stops exactly this transition). The store executes the decision.
 */
export function planAutomaticActivation(
  state: Pick<ActivationStateFacts, 'pinned'>,
  stored: StoredVersionFacts,
  policy: AutomaticActivationPolicy,
): ActivationChange {
  if (policy.candidateVariant)
    return { ok: false, problem: 'a candidate variant is activated through an experiment, not on its own' };
  if (state.pinned) return { ok: false, problem: 'pinned: automatic activation is off' };
  if (!isActivatable(stored))
    return {
      ok: false,
      problem: `version ${stored.versionNumber} is not fit to show (verdict ${stored.verdict})`,
    };
  if (stored.score < policy.minimumScore)
    return {
      ok: false,
      problem: `version ${stored.versionNumber} scored ${stored.score}, below the ${policy.minimumScore} that activates on its own`,
    };
  return {
    ok: true,
    action: 'activated',
    versionId: stored.versionId,
    activeVersionId: stored.versionId,
    pinned: state.pinned,
  };
}

/**
 * The version state machine of one SKU-language: at most one active version; activation and rollback
 * only to a version fit to be shown; rollback only to an earlier version than the active one; a pin only
 * stops automatic activation (operators may still activate by hand).
 */
export function planActivationChange(
  state: ActivationStateFacts,
  command: ActivationCommand,
): ActivationChange {
  const active = state.activeVersion;
  switch (command.kind) {
    case 'activate':
    case 'rollback': {
      const { target } = command;
      if (active?.versionId === target.versionId)
        return { ok: false, problem: `version ${target.versionNumber} is already active` };
      if (!isActivatable(target))
        return {
          ok: false,
          problem: `version ${target.versionNumber} did not pass the quality gate (verdict ${target.verdict}); a reviewer must approve it first`,
        };
      if (command.kind === 'rollback') {
        if (!active)
          return { ok: false, problem: 'nothing is active to roll back from; activate a version instead' };
        if (target.versionNumber >= active.versionNumber)
          return {
            ok: false,
            problem: `a rollback goes to an earlier version than the active one (${active.versionNumber}); version ${target.versionNumber} is not earlier`,
          };
      }
      return {
        ok: true,
        action: command.kind === 'rollback' ? 'rolled_back' : 'activated',
        versionId: target.versionId,
        activeVersionId: target.versionId,
        pinned: state.pinned,
      };
    }
    case 'deactivate':
      if (!active) return { ok: false, problem: 'no version is active' };
      return {
        ok: true,
        action: 'deactivated',
        versionId: active.versionId,
        activeVersionId: null,
        pinned: state.pinned,
      };
    case 'pin':
    case 'unpin': {
      const pinned = command.kind === 'pin';
      if (state.pinned === pinned) return { ok: false, problem: pinned ? 'already pinned' : 'not pinned' };
      return {
        ok: true,
        action: pinned ? 'pinned' : 'unpinned',
        versionId: active?.versionId ?? null,
        activeVersionId: active?.versionId ?? null,
        pinned,
      };
    }
  }
}
