import { admissionAfterCost, admissionOnResume } from './admission-decision';

const facts = (costUsd: number, budgetUsd: number | null, admitted = true) => ({
  admitted,
  pausedReason: admitted ? null : 'budget',
  budgetUsd,
  costUsd,
});

describe('admissionAfterCost', () => {
  it('pauses a running job once its cost reaches the cap', () => {
    expect(admissionAfterCost(facts(49.99, 50))).toEqual({ change: 'none' });
    expect(admissionAfterCost(facts(50, 50))).toEqual({ change: 'pause', reason: 'budget' });
    expect(admissionAfterCost(facts(51, 50))).toEqual({ change: 'pause', reason: 'budget' });
  });

  it('never pauses a job without a cap, nor pauses twice', () => {
    expect(admissionAfterCost(facts(1_000, null))).toEqual({ change: 'none' });
    expect(admissionAfterCost(facts(60, 50, false))).toEqual({ change: 'none' });
  });
});

describe('admissionOnResume', () => {
  it('admits a paused job whose cap was raised above its cost', () => {
    expect(admissionOnResume('j', facts(50, 80, false))).toEqual({ change: 'admit', reason: 'resumed' });
    expect(admissionOnResume('j', facts(50, null, false))).toEqual({ change: 'admit', reason: 'resumed' });
  });

  it('refuses while the cap is still reached, saying how to fix it', () => {
    expect(admissionOnResume('j', facts(50.5, 50, false))).toEqual({
      change: 'refuse',
      message:
        'Job j has cost $50.5000 of its $50.00 budget: raise the cap first (PATCH /api/batch/j {"budgetUsd": …}), then resume',
    });
  });

  it('leaves a running job alone', () => {
    expect(admissionOnResume('j', facts(1, 50))).toEqual({ change: 'none' });
  });
});
