import {
  computeProgress,
  etaSeconds,
  languageProgress,
  ProgressInputs,
  projectedTotalCost,
  throughputPerMinute,
} from './job-progress';

const created = new Date('2026-11-26T10:00:00Z');
const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);

describe('languageProgress', () => {
  it('counts declared but unseen tasks as pending and keeps the totals identity', () => {
    const progress = languageProgress(
      10,
      [
        { language: 'en', state: 'pending', count: 1 },
        { language: 'en', state: 'processing', count: 2 },
        { language: 'en', state: 'regenerating', count: 1 },
        { language: 'en', state: 'completed', count: 3 },
        { language: 'en', state: 'rejected', count: 1 },
      ],
      0,
    );
    expect(progress).toMatchObject({ total: 9, pending: 3, processing: 3, regenerating: 1, completed: 3 });
  });

  it('counts derived tasks waiting on a master in review as blocked, not pending', () => {
    const progress = languageProgress(4, [{ language: 'ja', state: 'pending', count: 2 }], 2);
    expect(progress).toMatchObject({ total: 4, pending: 2, blocked: 2 });
  });

  it('sizes an observed job by the tasks seen', () => {
    expect(languageProgress(null, [{ language: 'en', state: 'unchanged', count: 5 }], 0)).toMatchObject({
      total: 5,
      unchanged: 5,
      pending: 0,
    });
  });
});

describe('throughput, ETA and projection', () => {
  it('measures throughput over the last window, or the job’s age when younger', () => {
    expect(throughputPerMinute(100, created, at(10))).toBe(20);
    expect(throughputPerMinute(30, created, at(2))).toBe(15);
    // Ten seconds in: half a minute at least, so 10 tasks is 20/min, not 60/min.
    expect(throughputPerMinute(10, created, new Date(created.getTime() + 10_000))).toBe(20);
  });

  it('computes the ETA from the remaining tasks', () => {
    expect(etaSeconds(300, 20)).toBe(900);
    expect(etaSeconds(0, 0)).toBe(0);
    expect(etaSeconds(5, 0)).toBeNull();
  });

  it('projects the total cost at the average cost per metered task', () => {
    expect(projectedTotalCost(2, 100, 1_000)).toBe(20);
    expect(projectedTotalCost(0, 0, 1_000)).toBeNull();
    expect(projectedTotalCost(2, 100, 50)).toBe(2);
  });
});

describe('computeProgress', () => {
  const base: ProgressInputs = {
    jobId: 'job-1',
    languages: ['en', 'ja'],
    declaredSkus: 100,
    admitted: true,
    pausedReason: null,
    providerHold: null,
    budgetUsd: 50,
    createdAt: created,
    counts: [
      { language: 'en', state: 'completed', count: 60 },
      { language: 'en', state: 'processing', count: 20 },
      { language: 'ja', state: 'completed', count: 40 },
      { language: 'ja', state: 'pending', count: 20 },
    ],
    blocked: [],
    settledInWindow: 50,
    costSoFarUsd: 0.12,
    tasksWithCost: 120,
    now: at(10),
  };

  it('sums languages, and reports progress, throughput, ETA and projected cost', () => {
    const progress = computeProgress(base);
    expect(progress).toMatchObject({
      state: 'running',
      total: 200,
      completed: 100,
      processing: 20,
      pending: 80,
      progress_pct: 50,
      throughput_tasks_per_min: 10,
      eta_seconds: 600,
      cost_usd_so_far: 0.12,
      projected_total_cost_usd: 0.2,
    });
    expect(progress.languages.en).toMatchObject({ total: 100, completed: 60, processing: 20, pending: 20 });
    expect(progress.languages.ja).toMatchObject({ total: 100, completed: 40, pending: 60 });
  });

  it('is completed when nothing is pending or in the pipeline, and paused when not admitted', () => {
    const done = computeProgress({
      ...base,
      declaredSkus: 2,
      languages: ['en'],
      counts: [
        { language: 'en', state: 'completed', count: 1 },
        { language: 'en', state: 'unchanged', count: 1 },
      ],
    });
    expect(done).toMatchObject({ state: 'completed', progress_pct: 100, eta_seconds: 0 });
    expect(computeProgress({ ...base, admitted: false, pausedReason: 'budget' }).state).toBe(
      'paused: budget',
    );
  });

  it('needs attention when nothing moves but tasks failed or wait on a failed master', () => {
    const stuck = computeProgress({
      ...base,
      declaredSkus: 1,
      counts: [
        { language: 'en', state: 'failed', count: 1 },
        { language: 'ja', state: 'pending', count: 1 },
      ],
      blocked: [{ language: 'ja', count: 1 }],
    });
    expect(stuck).toMatchObject({
      state: 'needs_attention',
      failed: 1,
      blocked: 1,
      pending: 0,
      eta_seconds: 0,
    });
  });

  const hold = {
    reason: 'provider_auth',
    provider: 'openai',
    hold_key: 'llm-provider',
    error_code: 'invalid_api_key',
    message: 'Incorrect API key provided',
    action: 'Put a valid key in OPENAI_API_KEY',
    since: '2026-12-06T05:00:00.000Z',
  };

  it('shows a held provider on a job with work left: paused by it, with what to do, and no ETA figure', () => {
    const held = computeProgress({ ...base, providerHold: hold });
    expect(held).toMatchObject({
      state: 'paused: provider_auth',
      paused_by: 'provider_auth',
      provider_hold: hold,
      eta_seconds: null,
      eta_status: 'held',
      progress_pct: 50,
    });
    // Named before the job's own budget pause: raising the budget alone would not move it.
    expect(
      computeProgress({ ...base, providerHold: hold, admitted: false, pausedReason: 'budget' }),
    ).toMatchObject({ state: 'paused: provider_auth', paused_by: 'provider_auth' });
    expect(computeProgress(base)).toMatchObject({
      paused_by: null,
      provider_hold: null,
      eta_status: 'estimated',
    });
  });

  it('does not pause a job that has nothing left to do for a held provider', () => {
    const done = computeProgress({
      ...base,
      providerHold: hold,
      declaredSkus: 1,
      languages: ['en'],
      counts: [{ language: 'en', state: 'completed', count: 1 }],
    });
    expect(done).toMatchObject({
      state: 'completed',
      paused_by: null,
      provider_hold: null,
      eta_seconds: 0,
      eta_status: 'done',
    });
  });
});
