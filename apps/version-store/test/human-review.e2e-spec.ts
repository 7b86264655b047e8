import { contentVersionIdFor, Topics } from '@content-pipeline/contracts';
import { uniqueRunTag, waitFor } from '@content-pipeline/testing';
import {
  API_KEYS,
  CRITICAL_ISSUE,
  PASSING_CONTENT,
  VersionStoreHarness,
  verdictFor,
} from './version-store-harness';

describe('version store: human review queue', () => {
  const jobId = uniqueRunTag('vs-review');
  const harness = new VersionStoreHarness(jobId, 4375, true);
  const sku = (name: string) => `${jobId}-${name}`;

  /** Three failed attempts of one task: the gate sent the last one to human review. */
  async function taskInReview(skuId: string) {
    const attempts = [1, 2, 3].map((attempt) =>
      verdictFor(jobId, skuId, {
        attempt,
        verdict: attempt < 3 ? 'regenerate' : 'human_review',
        score: 75,
        issues: [CRITICAL_ISSUE],
      }),
    );
    for (const verdict of attempts) await harness.publishVerdict(verdict);
    await harness.storedVersion(attempts[2]);
    return contentVersionIdFor(attempts[2].eventId);
  }

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  it('lists what awaits review, filtered, and shows every attempt of the task', async () => {
    const skuId = sku('queue');
    const versionId = await taskInReview(skuId);
    const queue = await harness.api(
      'GET',
      `/review-queue?jobId=${jobId}&language=en&rule=number_dropped&maxScore=80`,
      {
        key: API_KEYS.viewer,
      },
    );
    expect((queue.body.items as { versionId: string }[]).map((item) => item.versionId)).toContain(versionId);
    const none = await harness.api('GET', `/review-queue?jobId=${jobId}&maxScore=50`, {
      key: API_KEYS.viewer,
    });
    expect(none.body.total).toBe(0);
    const task = await harness.api(
      'GET',
      `/review-queue/tasks/${encodeURIComponent(`${jobId}:${skuId}:en`)}`,
      {
        key: API_KEYS.viewer,
      },
    );
    expect(
      (task.body.attempts as { attempt: number; issues: unknown[] }[]).map((attempt) => attempt.attempt),
    ).toEqual([1, 2, 3]);
    expect((task.body.attempts as { issues: { rule: string }[] }[])[0].issues[0].rule).toBe('number_dropped');
  });

  it('filters by severity, attempt and age, sorts by score, and counts the filtered queue per facet', async () => {
    const [first, second] = [await taskInReview(sku('facet-1')), await taskInReview(sku('facet-2'))];
    const filtered = await harness.api(
      'GET',
      `/review-queue?jobId=${jobId}&severity=critical&attempt=3&minAgeMinutes=0&sort=score&limit=200`,
      { key: API_KEYS.viewer },
    );
    const ids = (filtered.body.items as { versionId: string }[]).map((item) => item.versionId);
    expect(ids).toEqual(expect.arrayContaining([first, second]));
    expect(filtered.body.total).toBe(ids.length);
    for (const [query, expected] of [
      ['severity=info', 0],
      ['attempt=2', 0],
      ['minAgeMinutes=600', 0],
    ] as const) {
      const none = await harness.api('GET', `/review-queue?jobId=${jobId}&${query}`, {
        key: API_KEYS.viewer,
      });
      expect({ query, total: none.body.total }).toEqual({ query, total: expected });
    }
    const counts = await harness.api('GET', `/review-queue/counts?jobId=${jobId}`, { key: API_KEYS.viewer });
    expect(counts.status).toBe(200);
    const total = counts.body.total as number;
    expect(total).toBeGreaterThanOrEqual(2);
    expect(counts.body).toMatchObject({
      byJob: { [jobId]: total },
      byLanguage: { en: total },
      bySeverity: { critical: total },
      byRule: { number_dropped: total },
      byAttempt: { '3': total },
    });
    expect(
      (await harness.api('GET', `/review-queue?jobId=${jobId}&sort=newest`, { key: API_KEYS.viewer })).status,
    ).toBe(400);
  });

  it('records the signed-in person a console key acts for, never with more than the person’s role', async () => {
    const versionId = await taskInReview(sku('acting'));
    const asViewer = await harness.api('POST', `/review-queue/${versionId}/approve`, {
      key: API_KEYS.console,
      headers: { 'x-acting-person': 'vera@example.com', 'x-acting-role': 'viewer' },
      body: { notes: 'looks right' },
    });
    expect(asViewer.status).toBe(403);
    const notConsole = await harness.api('POST', `/review-queue/${versionId}/approve`, {
      key: API_KEYS.reviewer,
      headers: { 'x-acting-person': 'mallory', 'x-acting-role': 'reviewer' },
      body: { notes: 'looks right' },
    });
    expect(notConsole.status).toBe(403);
    const approved = await harness.api('POST', `/review-queue/${versionId}/approve`, {
      key: API_KEYS.console,
      headers: { 'x-acting-person': 'rita@example.com', 'x-acting-role': 'reviewer' },
      body: { notes: 'looks right' },
    });
    expect(approved.status).toBe(200);
    const [audit] = await harness.query<{ actor: string }>(
      'SELECT actor FROM version_store.activation_audit WHERE version_id = $1',
      [versionId],
    );
    expect(audit.actor).toBe('rita@example.com');
  });

  it('approves a version as is: it becomes active, audited in the reviewer’s name, and leaves the queue', async () => {
    const skuId = sku('approve');
    const versionId = await taskInReview(skuId);
    expect(
      (
        await harness.api('POST', `/review-queue/${versionId}/approve`, {
          key: API_KEYS.operator,
          body: { notes: 'x' },
        })
      ).status,
    ).toBe(403);
    const approved = await harness.api('POST', `/review-queue/${versionId}/approve`, {
      key: API_KEYS.reviewer,
      body: { notes: 'the number is present, the rule misread it' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ decision: 'approved', activated: true });
    const active = await harness.api('GET', `/skus/${skuId}/languages/en/active`, { key: API_KEYS.viewer });
    expect(active.body.versionId).toBe(versionId);
    const [audit] = await harness.query<{ action: string; actor: string }>(
      'SELECT action, actor FROM version_store.activation_audit WHERE version_id = $1',
      [versionId],
    );
    expect(audit).toEqual({ action: 'activated', actor: 'it-bob' });
    const queue = await harness.api('GET', `/review-queue?jobId=${jobId}&limit=200`, {
      key: API_KEYS.viewer,
    });
    expect((queue.body.items as { versionId: string }[]).map((item) => item.versionId)).not.toContain(
      versionId,
    );
    const twice = await harness.api('POST', `/review-queue/${versionId}/approve`, {
      key: API_KEYS.reviewer,
      body: { notes: 'again' },
    });
    expect(twice.status).toBe(409);
  });

  it('approves with edits: the edits go through the gate and the passing version becomes active', async () => {
    const skuId = sku('edits');
    const versionId = await taskInReview(skuId);
    const approved = await harness.api('POST', `/review-queue/${versionId}/approve`, {
      key: API_KEYS.reviewer,
      body: { notes: 'restored the battery life', content: PASSING_CONTENT },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ decision: 'approved_with_edits', activated: false });
    const submissionId = (approved.body.submission as { submissionId: string }).submissionId;
    const submission = await waitFor(
      async () =>
        (await harness.api('GET', `/human-submissions/${submissionId}`, { key: API_KEYS.viewer })).body,
      (body) => body.status === 'stored',
      { timeoutMs: 60_000, intervalMs: 300, description: 'the edits’ verdict' },
    );
    expect(submission).toMatchObject({ purpose: 'review_edit', verdict: 'pass' });
    const active = await waitFor(
      async () =>
        (await harness.api('GET', `/skus/${skuId}/languages/en/active`, { key: API_KEYS.viewer })).body,
      (body) => body.versionId === submission.versionId,
      { timeoutMs: 10_000, intervalMs: 200, description: 'the edited version to be active' },
    );
    expect(active.content).toEqual(PASSING_CONTENT);
    const [row] = await harness.query<{ provider: string; task_id: string }>(
      'SELECT provider, task_id FROM version_store.content_version WHERE version_id = $1',
      [submission.versionId],
    );
    expect(row).toEqual({ provider: 'human', task_id: `${jobId}:${skuId}:en` });
  });

  it('rejects with notes: a new attempt is requested with the notes as feedback and a fresh budget', async () => {
    const skuId = sku('reject');
    // Only the reviewer's request: a regenerator running elsewhere on a shared broker may react to the test verdicts.
    const requested = await harness.follow(
      Topics.generationRequestedBulk,
      (event) => event.skuId === skuId && event.attempt === 4,
    );
    const versionId = await taskInReview(skuId);
    const rejected = await harness.api('POST', `/review-queue/${versionId}/reject`, {
      key: API_KEYS.reviewer,
      body: { notes: 'State the 58-hour battery life in the description.' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ decision: 'rejected', attempt: 4, maxAttempts: 6 });
    const [request] = await requested.waitFor((values) => values.length >= 1, 'the regeneration request');
    expect(request).toMatchObject({
      eventId: rejected.body.requestedEventId,
      taskId: `${jobId}:${skuId}:en`,
      attempt: 4,
      maxAttempts: 6,
      lane: 'bulk',
      feedback: 'State the 58-hour battery life in the description.',
      derivedLanguages: ['ja', 'es', 'de', 'fr'],
    });
    expect(request.source.productName).toBe('Orbis 蓝牙耳机');
    const [decision] = await harness.query<{ decision: string; reviewer: string; notes: string }>(
      'SELECT decision, reviewer, notes FROM version_store.review_decision WHERE version_id = $1',
      [versionId],
    );
    expect(decision).toEqual({
      decision: 'rejected',
      reviewer: 'it-bob',
      notes: 'State the 58-hour battery life in the description.',
    });
  });
});
