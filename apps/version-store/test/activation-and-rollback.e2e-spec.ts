import { contentVersionIdFor, derivedEventId, Topics } from '@content-pipeline/contracts';
import { uniqueRunTag } from '@content-pipeline/testing';
import { API_KEYS, VersionStoreHarness, verdictFor } from './version-store-harness';

describe('version store: stored versions, activation, rollback and roles', () => {
  const jobId = uniqueRunTag('vs-activation');
  const harness = new VersionStoreHarness(jobId, 4371);
  const sku = (name: string) => `${jobId}-${name}`;

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  it('stores a verdict delivered twice as one version', async () => {
    const skuId = sku('redelivered');
    const verdict = verdictFor(jobId, skuId);
    await harness.publishVerdict(verdict);
    await harness.publishVerdict(verdict);
    // Same key, same partition, handled in order: once the marker is stored, both copies were handled.
    const marker = verdictFor(jobId, skuId, { attempt: 2 });
    await harness.publishVerdict(marker);
    await harness.storedVersion(marker);
    const rows = await harness.query<{ version_id: string; version_number: number }>(
      'SELECT version_id, version_number FROM version_store.content_version WHERE sku_id = $1 ORDER BY version_number',
      [skuId],
    );
    expect(rows).toEqual([
      { version_id: contentVersionIdFor(verdict.eventId), version_number: 1 },
      { version_id: contentVersionIdFor(marker.eventId), version_number: 2 },
    ]);
    const stored = await harness.storedVersion(verdict);
    expect(stored.source).toEqual(verdict.source);
  });

  it('stores verdicts that arrive together, in batches, with the same outcome as one by one', async () => {
    const skuIds = Array.from({ length: 40 }, (_, index) => sku(`burst-${index}`));
    const firsts = skuIds.map((skuId) => verdictFor(jobId, skuId));
    const seconds = skuIds.map((skuId) => verdictFor(jobId, skuId, { attempt: 2 }));
    const japanese = skuIds.map((skuId) => verdictFor(jobId, skuId, { language: 'ja' }));
    // Per SKU in this order (one key, one partition): the first English verdict, its redelivery, the second.
    await Promise.all(
      skuIds.map(async (_, index) => {
        await harness.publishVerdict(firsts[index]);
        await harness.publishVerdict(japanese[index]);
        await harness.publishVerdict(firsts[index]);
        await harness.publishVerdict(seconds[index]);
      }),
    );
    await Promise.all([...seconds, ...japanese].map((verdict) => harness.storedVersion(verdict)));
    // The redeliveries come before the second verdicts: once those are stored, every copy was handled.
    const versions = await harness.query<{
      sku_id: string;
      language: string;
      numbers: number[];
      active: string[];
    }>(
      `SELECT sku_id, language, array_agg(version_number ORDER BY version_number) AS numbers,
              array_agg(version_id ORDER BY version_number) FILTER (WHERE status = 'active') AS active
         FROM version_store.content_version WHERE sku_id = ANY($1) GROUP BY sku_id, language`,
      [skuIds],
    );
    expect(versions).toHaveLength(80);
    for (const [index, skuId] of skuIds.entries()) {
      expect(versions.find((row) => row.sku_id === skuId && row.language === 'en')).toEqual({
        sku_id: skuId,
        language: 'en',
        numbers: [1, 2],
        active: [contentVersionIdFor(seconds[index].eventId)],
      });
      expect(versions.find((row) => row.sku_id === skuId && row.language === 'ja')).toEqual({
        sku_id: skuId,
        language: 'ja',
        numbers: [1],
        active: [contentVersionIdFor(japanese[index].eventId)],
      });
    }
    const states = await harness.query<{ sku_id: string; language: string; active_version_id: string }>(
      `SELECT sku_id, language, active_version_id, next_version_number
         FROM version_store.sku_language_state WHERE sku_id = ANY($1) AND language = 'en'`,
      [skuIds],
    );
    expect(states).toHaveLength(40);
    for (const state of states) {
      const index = skuIds.indexOf(state.sku_id);
      expect(state).toMatchObject({
        active_version_id: contentVersionIdFor(seconds[index].eventId),
        next_version_number: 3,
      });
    }
    const [audits] = await harness.query<{ activations: string }>(
      `SELECT count(*) AS activations FROM version_store.activation_audit
        WHERE sku_id = ANY($1) AND action = 'activated'`,
      [skuIds],
    );
    expect(Number(audits.activations)).toBe(120);
  });

  it('rolls English back with an audit entry, a rolled_back event and an offer to re-derive', async () => {
    const skuId = sku('rollback');
    const published = await harness.follow(Topics.versionPublished, (event) => event.skuId === skuId);
    const requested = await harness.follow(Topics.generationRequestedBulk, (event) => event.skuId === skuId);
    const first = verdictFor(jobId, skuId);
    const second = verdictFor(jobId, skuId, { attempt: 2 });
    await harness.publishVerdict(first);
    await harness.storedVersion(first);
    await harness.publishVerdict(second);
    await harness.storedVersion(second);
    const secondId = contentVersionIdFor(second.eventId);
    const firstId = contentVersionIdFor(first.eventId);
    // Japanese derived from the second English master.
    const japanese = verdictFor(jobId, skuId, { language: 'ja', masterVersionId: secondId });
    await harness.publishVerdict(japanese);
    await harness.storedVersion(japanese);

    const before = await harness.api('GET', `/skus/${skuId}/languages/en/active`, { key: API_KEYS.viewer });
    expect(before.body).toMatchObject({ versionId: secondId, versionNumber: 2 });

    const rollback = await harness.api('POST', `/skus/${skuId}/languages/en/rollback`, {
      key: API_KEYS.operator,
      body: { versionNumber: 1, reason: 'the new title tested badly' },
    });
    expect(rollback.status).toBe(200);
    expect(rollback.body).toMatchObject({
      action: 'rolled_back',
      versionId: firstId,
      activeVersionId: firstId,
      rederiveOffer: {
        staleLanguages: [
          {
            language: 'ja',
            activeVersionId: contentVersionIdFor(japanese.eventId),
            masterVersionId: secondId,
          },
        ],
        method: 'POST',
        path: `/skus/${skuId}/languages/en/rederive`,
      },
    });
    const after = await harness.api('GET', `/skus/${skuId}/languages/en/active`, { key: API_KEYS.viewer });
    expect(after.body).toMatchObject({ versionId: firstId, versionNumber: 1 });

    const audit = await harness.query<{ action: string; actor: string; reason: string; version_id: string }>(
      `SELECT action, actor, reason, version_id FROM version_store.activation_audit WHERE sku_id = $1 AND language = 'en' ORDER BY id`,
      [skuId],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['activated', 'activated', 'rolled_back']);
    expect(audit[2]).toEqual({
      action: 'rolled_back',
      actor: 'it-alice',
      reason: 'the new title tested badly',
      version_id: firstId,
    });

    const events = await published.waitFor(
      (values) => values.some((event) => event.action === 'rolled_back'),
      'the rolled_back event',
    );
    expect(events.find((event) => event.action === 'rolled_back')).toMatchObject({
      versionId: firstId,
      versionNumber: 1,
      language: 'en',
      content: first.content,
    });

    // Re-derive: ja/es/de/fr requested from the English version now active.
    const rederive = await harness.api('POST', `/skus/${skuId}/languages/en/rederive`, {
      key: API_KEYS.operator,
      body: { reason: 'follow the English rollback' },
    });
    expect(rederive.status).toBe(202);
    expect((rederive.body.requested as { language: string }[]).map((entry) => entry.language)).toEqual([
      'ja',
      'es',
      'de',
      'fr',
    ]);
    const requests = await requested.waitFor((values) => values.length >= 4, 'four derivation requests');
    expect(requests.map((request) => request.language).sort()).toEqual(['de', 'es', 'fr', 'ja']);
    for (const request of requests) {
      expect(request).toMatchObject({
        eventId: derivedEventId('generation-requested', jobId, skuId, request.language, firstId, 1),
        attempt: 1,
        lane: 'bulk',
        masterVersionId: firstId,
        masterContent: first.content,
        source: first.source,
      });
    }
  });

  it('deactivates with a deactivated event without content, and pins', async () => {
    const skuId = sku('deactivate');
    const published = await harness.follow(Topics.versionPublished, (event) => event.skuId === skuId);
    const verdict = verdictFor(jobId, skuId);
    await harness.publishVerdict(verdict);
    await harness.storedVersion(verdict);
    const pin = await harness.api('POST', `/skus/${skuId}/languages/en/pin`, {
      key: API_KEYS.operator,
      body: { reason: 'launch copy' },
    });
    expect(pin.body).toMatchObject({ action: 'pinned', pinned: true });
    const deactivate = await harness.api('POST', `/skus/${skuId}/languages/en/deactivate`, {
      key: API_KEYS.operator,
      body: { reason: 'product recalled' },
    });
    expect(deactivate.body).toMatchObject({ action: 'deactivated', activeVersionId: null });
    const events = await published.waitFor(
      (values) => values.some((event) => event.action === 'deactivated'),
      'deactivation',
    );
    expect(events.find((event) => event.action === 'deactivated')?.content).toBeNull();
    expect(
      (await harness.api('GET', `/skus/${skuId}/languages/en/active`, { key: API_KEYS.viewer })).status,
    ).toBe(404);
    // Pinned: a new passing version is stored but not activated.
    const next = verdictFor(jobId, skuId, { attempt: 2 });
    await harness.publishVerdict(next);
    expect((await harness.storedVersion(next)).status).toBe('inactive');
  });

  it('pages through a SKU’s versions newest first, and shows one version with its issues', async () => {
    const skuId = sku('history');
    const verdicts = [1, 2, 3].map((attempt) => verdictFor(jobId, skuId, { attempt }));
    for (const verdict of verdicts) await harness.publishVerdict(verdict);
    await harness.storedVersion(verdicts[2]);
    const page1 = await harness.api('GET', `/skus/${skuId}/languages/en/versions?limit=2`, {
      key: API_KEYS.viewer,
    });
    expect((page1.body.items as { versionNumber: number }[]).map((item) => item.versionNumber)).toEqual([
      3, 2,
    ]);
    const page2 = await harness.api(
      'GET',
      `/skus/${skuId}/languages/en/versions?limit=2&cursor=${page1.body.nextCursor}`,
      {
        key: API_KEYS.viewer,
      },
    );
    expect((page2.body.items as { versionNumber: number }[]).map((item) => item.versionNumber)).toEqual([1]);
    expect(page2.body.nextCursor).toBeNull();
    const one = await harness.api('GET', `/versions/${contentVersionIdFor(verdicts[0].eventId)}`, {
      key: API_KEYS.viewer,
    });
    expect(one.body).toMatchObject({ version: { versionNumber: 1, issues: [] }, review: null });
  });

  it('answers 401 without or with an unknown key, 403 for a role that may not, 200 for one that may', async () => {
    const skuId = sku('roles');
    const verdict = verdictFor(jobId, skuId);
    await harness.publishVerdict(verdict);
    await harness.storedVersion(verdict);
    const path = `/skus/${skuId}/languages/en/pin`;
    const body = { reason: 'roles test' };
    expect((await harness.api('POST', path, { body })).status).toBe(401);
    expect((await harness.api('POST', path, { key: 'not-a-known-key', body })).status).toBe(401);
    expect((await harness.api('GET', `/skus/${skuId}/languages/en/active`)).status).toBe(401);
    expect((await harness.api('POST', path, { key: API_KEYS.viewer, body })).status).toBe(403);
    expect((await harness.api('POST', path, { key: API_KEYS.reviewer, body })).status).toBe(403);
    expect((await harness.api('POST', path, { key: API_KEYS.operator, body })).status).toBe(200);
    expect(
      (await harness.api('GET', `/skus/${skuId}/languages/en/active`, { key: API_KEYS.viewer })).status,
    ).toBe(200);
  });

  it('answers bad input with a 4xx and a message, never a 500', async () => {
    const skuId = sku('bad-input');
    const verdict = verdictFor(jobId, skuId);
    await harness.publishVerdict(verdict);
    await harness.storedVersion(verdict);
    const missingReason = await harness.api('POST', `/skus/${skuId}/languages/en/pin`, {
      key: API_KEYS.operator,
      body: {},
    });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.message).toContain('reason is required');
    const extra = await harness.api('POST', `/skus/${skuId}/languages/en/activate`, {
      key: API_KEYS.operator,
      body: { versionNumber: 1, reason: 'x', force: true },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toContain('property force should not exist');
    expect(
      (await harness.api('GET', `/skus/${skuId}/languages/xx/active`, { key: API_KEYS.viewer })).status,
    ).toBe(400);
    expect(
      (await harness.api('GET', `/skus/${skuId}/languages/en/versions?limit=201`, { key: API_KEYS.viewer }))
        .status,
    ).toBe(400);
    expect((await harness.api('GET', '/versions/not-a-uuid', { key: API_KEYS.viewer })).status).toBe(400);
    expect(
      (await harness.api('GET', `/skus/${sku('unknown')}/languages/en/active`, { key: API_KEYS.viewer }))
        .status,
    ).toBe(404);
    expect(
      (
        await harness.api('POST', '/variants/00000000-0000-4000-8000-000000000000/impressions', {
          key: API_KEYS.operator,
          body: {},
        })
      ).status,
    ).toBe(404);
    const again = await harness.api('POST', `/skus/${skuId}/languages/en/activate`, {
      key: API_KEYS.operator,
      body: { versionNumber: 1, reason: 'again' },
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('already active');
  });
});
