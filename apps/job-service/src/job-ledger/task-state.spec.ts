import { isLater, Stage, transitionFor } from './task-state';

describe('transitionFor', () => {
  it('follows a task from the catalogue to a passing verdict', () => {
    expect(transitionFor({ kind: 'ingested', outcome: 'requested' })).toEqual({
      state: 'pending',
      attempt: 0,
      stage: Stage.catalogued,
    });
    expect(transitionFor({ kind: 'requested', attempt: 1, regeneration: false })).toEqual({
      state: 'processing',
      attempt: 1,
      stage: Stage.requested,
    });
    expect(transitionFor({ kind: 'judged', attempt: 1, verdict: 'pass' }).state).toBe('completed');
  });

  it('marks skipped SKUs unchanged, regenerations and reviews by verdict', () => {
    expect(transitionFor({ kind: 'ingested', outcome: 'unchanged' }).state).toBe('unchanged');
    expect(transitionFor({ kind: 'ingested', outcome: 'stale' }).state).toBe('unchanged');
    expect(transitionFor({ kind: 'judged', attempt: 1, verdict: 'regenerate' }).state).toBe('regenerating');
    expect(transitionFor({ kind: 'requested', attempt: 2, regeneration: true }).state).toBe('regenerating');
    expect(transitionFor({ kind: 'judged', attempt: 3, verdict: 'human_review' }).state).toBe('human_review');
  });

  it('tells transient dead letters (dead_lettered) from refusals (failed)', () => {
    expect(transitionFor({ kind: 'dead_lettered', attempt: 1, stage: 2, retriable: true }).state).toBe(
      'dead_lettered',
    );
    expect(transitionFor({ kind: 'dead_lettered', attempt: 1, stage: 2, retriable: false }).state).toBe(
      'failed',
    );
  });
});

describe('isLater', () => {
  it('orders by attempt, then by stage: a late event of an earlier attempt never moves a task back', () => {
    expect(isLater({ attempt: 2, stage: Stage.requested }, { attempt: 1, stage: Stage.judged })).toBe(true);
    expect(isLater({ attempt: 1, stage: Stage.judged }, { attempt: 2, stage: Stage.requested })).toBe(false);
    expect(isLater({ attempt: 1, stage: Stage.judged }, { attempt: 1, stage: Stage.requested })).toBe(true);
    expect(isLater({ attempt: 1, stage: Stage.requested }, { attempt: 1, stage: Stage.requested })).toBe(
      false,
    );
  });
});
