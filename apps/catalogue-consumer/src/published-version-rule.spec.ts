import type { VersionPublished } from '@content-pipeline/contracts';
import { decideApplication } from './published-version-rule';

const event = (overrides: Partial<VersionPublished>): VersionPublished => ({
  eventId: 'e',
  versionId: 'v',
  versionNumber: 1,
  jobId: 'job',
  skuId: 'SKU-1',
  language: 'en',
  attempt: 1,
  promptVersion: 'v1',
  action: 'activated',
  content: null,
  score: 90,
  masterVersionId: null,
  publishedAt: 1_000,
  traceparent: '',
  sequence: 10,
  ...overrides,
});

describe('decideApplication', () => {
  it('applies the first event of a SKU and language', () => {
    expect(decideApplication(null, event({}))).toEqual({ apply: true, show: 'content' });
  });

  it('orders by sequence, so a rollback to an older version number still applies', () => {
    const current = { sequence: 12, publishedAt: 2_000 };
    expect(
      decideApplication(current, event({ action: 'rolled_back', versionNumber: 1, sequence: 13 })),
    ).toEqual({
      apply: true,
      show: 'content',
    });
    expect(decideApplication(current, event({ versionNumber: 9, sequence: 11, publishedAt: 9_000 }))).toEqual(
      {
        apply: false,
        why: 'older than what is shown',
      },
    );
  });

  it('treats a deactivation as showing nothing', () => {
    expect(
      decideApplication({ sequence: 1, publishedAt: 1 }, event({ action: 'deactivated', sequence: 2 })),
    ).toEqual({
      apply: true,
      show: 'nothing',
    });
  });

  it('falls back to publishedAt for events from before the sequence field', () => {
    expect(
      decideApplication({ sequence: 0, publishedAt: 1_000 }, event({ sequence: 0, publishedAt: 999 })).apply,
    ).toBe(false);
    expect(
      decideApplication({ sequence: 0, publishedAt: 1_000 }, event({ sequence: 0, publishedAt: 1_001 }))
        .apply,
    ).toBe(true);
  });
});
