import { contentVersionIdFor } from '@content-pipeline/contracts';
import { uniqueRunTag, waitFor } from '@content-pipeline/testing';
import { API_KEYS, PASSING_CONTENT, VersionStoreHarness, verdictFor } from './version-store-harness';

describe('version store: A/B variants', () => {
  const jobId = uniqueRunTag('vs-ab');
  const harness = new VersionStoreHarness(jobId, 4373, true);
  const skuId = `${jobId}-SKU-1`;
  let controlId: string;
  let variantId: string;

  beforeAll(async () => {
    await harness.start();
    const first = verdictFor(jobId, skuId);
    const second = verdictFor(jobId, skuId, { attempt: 2 });
    await harness.publishVerdict(first);
    await harness.publishVerdict(second);
    await harness.storedVersion(second);
    controlId = contentVersionIdFor(first.eventId);
    variantId = contentVersionIdFor(second.eventId);
  });
  afterAll(() => harness.stop());

  it('assigns 1,000 visitors the same variant twice, split close to the weights', async () => {
    const started = await harness.api('POST', `/skus/${skuId}/languages/en/experiments`, {
      key: API_KEYS.operator,
      body: {
        reason: 'title test',
        variants: [
          { versionId: controlId, weight: 70 },
          { versionId: variantId, weight: 30 },
        ],
      },
    });
    expect(started.status).toBe(201);
    const visitors = Array.from({ length: 1000 }, (_, index) => `visitor-${index}`);
    const assign = async () => {
      const labels: string[] = [];
      for (let i = 0; i < visitors.length; i += 50) {
        const batch = await Promise.all(
          visitors.slice(i, i + 50).map((visitor) =>
            harness.api('GET', `/skus/${skuId}/languages/en/assignment?visitor=${visitor}`, {
              key: API_KEYS.viewer,
            }),
          ),
        );
        labels.push(...batch.map((response) => response.body.label as string));
      }
      return labels;
    };
    const firstPass = await assign();
    const secondPass = await assign();
    expect(secondPass).toEqual(firstPass);
    const share = firstPass.filter((label) => label === 'A').length / visitors.length;
    console.log(`A/B split over 1,000 visitors: A ${(share * 100).toFixed(1)} % (weight 70 %)`);
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.75);
  });

  it('reports conversion rates and the z-test against the control on known numbers', async () => {
    const experiment = await harness.api('GET', `/skus/${skuId}/languages/en/variants`, {
      key: API_KEYS.viewer,
    });
    const [control, variant] = experiment.body.variants as { variantId: string }[];
    const record = (id: string, kind: string, count: number) =>
      harness.api('POST', `/variants/${id}/${kind}`, { key: API_KEYS.operator, body: { count } });
    expect((await record(control.variantId, 'impressions', 1000)).status).toBe(200);
    expect((await record(control.variantId, 'conversions', 200)).status).toBe(200);
    expect((await record(variant.variantId, 'impressions', 1000)).status).toBe(200);
    expect((await record(variant.variantId, 'conversions', 250)).body).toEqual({
      impressions: 1000,
      conversions: 250,
    });
    const tooMany = await record(variant.variantId, 'conversions', 751);
    expect(tooMany.status).toBe(409);
    const results = await harness.api('GET', `/skus/${skuId}/languages/en/variants/results`, {
      key: API_KEYS.viewer,
    });
    const [controlResult, variantResult] = results.body.variants as {
      conversionRate: number;
      comparison: { z: number; pValue: number; significant: boolean } | null;
    }[];
    expect(controlResult).toMatchObject({ conversionRate: 0.2, comparison: null });
    expect(variantResult.conversionRate).toBe(0.25);
    expect(variantResult.comparison?.z).toBeCloseTo(2.6774, 3);
    expect(variantResult.comparison?.pValue).toBeCloseTo(0.00742, 4);
    expect(variantResult.comparison?.significant).toBe(true);
  });

  it('imports human copy through the gate as a version that is not activated, then adds it as a variant', async () => {
    const submitted = await harness.api('POST', `/skus/${skuId}/languages/en/variants/human`, {
      key: API_KEYS.reviewer,
      body: {
        reason: 'copywriter version',
        content: {
          ...PASSING_CONTENT,
          marketingCopyB: 'Music that lasts as long as your day. Discover Orbis today.',
        },
      },
    });
    expect(submitted.status).toBe(202);
    const submission = await waitFor(
      async () =>
        (
          await harness.api('GET', `/human-submissions/${submitted.body.submissionId}`, {
            key: API_KEYS.viewer,
          })
        ).body,
      (body) => body.status === 'stored',
      { timeoutMs: 60_000, intervalMs: 300, description: 'the human copy’s verdict' },
    );
    expect(submission).toMatchObject({ verdict: 'pass', purpose: 'variant' });
    const [row] = await harness.query<{
      provider: string;
      model: string;
      attempt: number;
      status: string;
      source: unknown;
    }>(
      'SELECT provider, model, attempt, status, source FROM version_store.content_version WHERE version_id = $1',
      [submission.versionId],
    );
    expect(row).toMatchObject({ provider: 'human', model: 'editor', attempt: 1, status: 'inactive' });
    expect(row.source).toMatchObject({ productName: 'Orbis 蓝牙耳机' });

    const added = await harness.api('POST', `/skus/${skuId}/languages/en/variants`, {
      key: API_KEYS.operator,
      body: { versionId: submission.versionId, weight: 20, label: 'human', reason: 'try the copywriter' },
    });
    expect(added.status).toBe(201);
    expect(
      (added.body.variants as { label: string; weight: number }[]).map(({ label, weight }) => ({
        label,
        weight,
      })),
    ).toEqual([
      { label: 'A', weight: 70 },
      { label: 'B', weight: 30 },
      { label: 'human', weight: 20 },
    ]);
  });
});
