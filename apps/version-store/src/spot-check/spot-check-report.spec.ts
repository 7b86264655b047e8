import { buildSpotCheckReport, CheckedSampleItem } from './spot-check-report';

let sequence = 0;
function item(overrides: Partial<CheckedSampleItem>): CheckedSampleItem {
  sequence += 1;
  return {
    versionId: `v-${sequence}`,
    language: 'en',
    category: 'toys',
    attempt: 1,
    gateVerdict: 'pass',
    check: { verdict: 'publishable', errors: [] },
    ...overrides,
  };
}

const failed = (category: 'accuracy/numbers' | 'style', severity: 'minor' | 'major' | 'critical') => ({
  verdict: 'not_publishable' as const,
  errors: [{ category, severity }],
});

describe('buildSpotCheckReport', () => {
  it('reports pass rates first-attempt versus after regeneration, with Wilson intervals', () => {
    const report = buildSpotCheckReport([
      item({ attempt: 1 }),
      item({ attempt: 1 }),
      item({ attempt: 1, check: failed('accuracy/numbers', 'major') }),
      item({ attempt: 2 }),
      item({ attempt: 3, check: failed('style', 'minor') }),
      item({ attempt: 2, check: null }),
    ]);
    const [row] = report.rows;
    expect(row).toMatchObject({ language: 'en', category: 'toys', sampled: 6, checked: 5, pending: 1 });
    expect(row.all).toMatchObject({ checked: 5, passed: 3, passRate: 0.6 });
    expect(row.firstAttempt).toMatchObject({ checked: 3, passed: 2 });
    expect(row.afterRegeneration).toMatchObject({ checked: 2, passed: 1, passRate: 0.5 });
    expect(row.all.wilson95?.lower).toBeCloseTo(0.2307, 4);
    expect(row.all.wilson95?.upper).toBeCloseTo(0.8824, 4);
  });

  it('counts errors per MQM category and severity, listing the categories without errors as zero', () => {
    const report = buildSpotCheckReport([
      item({ check: failed('accuracy/numbers', 'major') }),
      item({
        check: {
          verdict: 'not_publishable',
          errors: [
            { category: 'accuracy/numbers', severity: 'critical' },
            { category: 'style', severity: 'minor' },
          ],
        },
      }),
    ]);
    expect(report.overall.errors.total).toBe(3);
    expect(report.overall.errors.bySeverity).toEqual({ minor: 1, major: 1, critical: 1 });
    expect(report.overall.errors.byCategory['accuracy/numbers']).toEqual({ minor: 0, major: 1, critical: 1 });
    expect(report.overall.errors.byCategory.fluency).toEqual({ minor: 0, major: 0, critical: 0 });
  });

  it('sets the gate verdicts beside the spot-check verdicts and counts the gate’s blind spots', () => {
    const report = buildSpotCheckReport([
      item({ gateVerdict: 'pass', check: failed('style', 'major') }),
      item({ gateVerdict: 'pass' }),
      item({ gateVerdict: 'human_review', check: failed('style', 'major') }),
    ]);
    expect(report.overall.gateVersusSpotCheck).toEqual({
      pass: { publishable: 1, not_publishable: 1 },
      human_review: { publishable: 0, not_publishable: 1 },
    });
    expect(report.overall.blindSpots).toBe(1);
  });

  it('splits by language and category, ordered, and has no rate before the first check', () => {
    const report = buildSpotCheckReport([
      item({ language: 'ja', category: 'beauty', check: null }),
      item({ language: 'de', category: 'toys' }),
      item({ language: 'de', category: 'beauty' }),
    ]);
    expect(report.rows.map((row) => `${row.language}/${row.category}`)).toEqual([
      'de/beauty',
      'de/toys',
      'ja/beauty',
    ]);
    expect(report.rows[2].all).toEqual({ checked: 0, passed: 0, passRate: null, wilson95: null });
    expect(report.overall).toMatchObject({ sampled: 3, checked: 2 });
  });

  it('reports an empty sample as empty', () => {
    const report = buildSpotCheckReport([]);
    expect(report.rows).toEqual([]);
    expect(report.overall.all.passRate).toBeNull();
  });
});
