import {
  isActivatable,
  planActivationChange,
  planAutomaticActivation,
  StoredVersionFacts,
  VersionFacts,
} from './activation-transition';

const version = (versionNumber: number, overrides: Partial<VersionFacts> = {}): VersionFacts => ({
  versionId: `v${versionNumber}`,
  versionNumber,
  verdict: 'pass',
  issues: [],
  approvedByReviewer: false,
  ...overrides,
});

describe('isActivatable', () => {
  it('accepts a pass without critical issues or a reviewer-approved version', () => {
    expect(isActivatable(version(1))).toBe(true);
    expect(isActivatable(version(1, { issues: [{ severity: 'critical' }] }))).toBe(false);
    expect(isActivatable(version(1, { verdict: 'human_review' }))).toBe(false);
    expect(isActivatable(version(1, { verdict: 'human_review', approvedByReviewer: true }))).toBe(true);
  });
});

describe('planAutomaticActivation', () => {
  const stored: StoredVersionFacts = { ...version(4, { issues: [{ severity: 'warning' }] }), score: 92 };
  const policy = { minimumScore: 70, candidateVariant: false };

  it('activates a fit version of an unpinned SKU-language that scored enough', () => {
    expect(planAutomaticActivation({ pinned: false }, stored, policy)).toEqual({
      ok: true,
      action: 'activated',
      versionId: 'v4',
      activeVersionId: 'v4',
      pinned: false,
    });
    expect(planAutomaticActivation({ pinned: false }, { ...stored, score: 70 }, policy).ok).toBe(true);
  });

  it('never activates over a pin, below the score threshold, with a critical issue or a non-pass verdict', () => {
    expect(planAutomaticActivation({ pinned: true }, stored, policy)).toEqual({
      ok: false,
      problem: 'pinned: automatic activation is off',
    });
    expect(planAutomaticActivation({ pinned: false }, { ...stored, score: 69 }, policy).ok).toBe(false);
    expect(
      planAutomaticActivation({ pinned: false }, { ...stored, issues: [{ severity: 'critical' }] }, policy)
        .ok,
    ).toBe(false);
    expect(
      planAutomaticActivation({ pinned: false }, { ...stored, verdict: 'human_review' }, policy).ok,
    ).toBe(false);
  });

  it('leaves a candidate variant to an experiment, however well it scored', () => {
    expect(planAutomaticActivation({ pinned: false }, stored, { ...policy, candidateVariant: true }).ok).toBe(
      false,
    );
  });

  it('agrees with manual activation on what is fit to show', () => {
    for (const facts of [
      stored,
      { ...stored, verdict: 'regenerate' as const },
      { ...stored, issues: [{ severity: 'critical' }] },
    ]) {
      const automatic = planAutomaticActivation({ pinned: false }, facts, { ...policy, minimumScore: 0 });
      const manual = planActivationChange(
        { activeVersion: null, pinned: false },
        { kind: 'activate', target: facts },
      );
      expect(automatic.ok).toBe(manual.ok);
    }
  });
});

describe('planActivationChange', () => {
  it('activates any fit version, keeping the pin', () => {
    expect(
      planActivationChange(
        { activeVersion: version(1), pinned: true },
        { kind: 'activate', target: version(3) },
      ),
    ).toEqual({
      ok: true,
      action: 'activated',
      versionId: 'v3',
      activeVersionId: 'v3',
      pinned: true,
    });
  });

  it('refuses to activate the active version or one that failed the gate', () => {
    expect(
      planActivationChange(
        { activeVersion: version(2), pinned: false },
        { kind: 'activate', target: version(2) },
      ),
    ).toMatchObject({
      ok: false,
      problem: 'version 2 is already active',
    });
    expect(
      planActivationChange(
        { activeVersion: null, pinned: false },
        { kind: 'activate', target: version(2, { verdict: 'regenerate' }) },
      ),
    ).toMatchObject({ ok: false, problem: expect.stringContaining('verdict regenerate') });
  });

  it('rolls back only to an earlier version than the active one', () => {
    expect(
      planActivationChange(
        { activeVersion: version(3), pinned: false },
        { kind: 'rollback', target: version(1) },
      ),
    ).toMatchObject({
      ok: true,
      action: 'rolled_back',
      activeVersionId: 'v1',
    });
    expect(
      planActivationChange(
        { activeVersion: version(3), pinned: false },
        { kind: 'rollback', target: version(4) },
      ),
    ).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not earlier'),
    });
    expect(
      planActivationChange({ activeVersion: null, pinned: false }, { kind: 'rollback', target: version(1) }),
    ).toMatchObject({
      ok: false,
      problem: expect.stringContaining('nothing is active'),
    });
  });

  it('deactivates only what is active', () => {
    expect(
      planActivationChange({ activeVersion: version(2), pinned: false }, { kind: 'deactivate' }),
    ).toMatchObject({
      ok: true,
      action: 'deactivated',
      versionId: 'v2',
      activeVersionId: null,
    });
    expect(planActivationChange({ activeVersion: null, pinned: false }, { kind: 'deactivate' }).ok).toBe(
      false,
    );
  });

  it('pins and unpins once', () => {
    expect(planActivationChange({ activeVersion: version(2), pinned: false }, { kind: 'pin' })).toMatchObject(
      {
        ok: true,
        action: 'pinned',
        versionId: 'v2',
        pinned: true,
      },
    );
    expect(planActivationChange({ activeVersion: null, pinned: true }, { kind: 'pin' })).toEqual({
      ok: false,
      problem: 'already pinned',
    });
    expect(planActivationChange({ activeVersion: null, pinned: true }, { kind: 'unpin' })).toMatchObject({
      ok: true,
      action: 'unpinned',
      versionId: null,
      pinned: false,
    });
  });
});
