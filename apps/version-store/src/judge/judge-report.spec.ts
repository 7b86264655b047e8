import { buildJudgeReport, cohensKappa, type JudgedSampleItem } from './judge-report';

const judged = (
  accurate: boolean,
  human: 'publishable' | 'not_publishable' | null,
  language = 'de',
): JudgedSampleItem => ({
  versionId: `v-${Math.random()}`,
  language,
  category: 'bags',
  judgement: {
    outcome: 'judged',
    accurate,
    qualityScore: accurate ? 100 : 80,
    errors: accurate ? [] : [{ category: 'accuracy/numbers', severity: 'major' }],
  },
  humanVerdict: human,
});

describe("Cohen's kappa", () => {
  it('matches a worked example (a=20, b=5, c=10, d=15 → 0.4)', () => {
    expect(cohensKappa(20, 5, 10, 15)).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement and undefined when both raters say the same of everything', () => {
    expect(cohensKappa(3, 0, 0, 2)).toBe(1);
    expect(cohensKappa(5, 0, 0, 0)).toBeNull();
    expect(cohensKappa(0, 0, 0, 0)).toBeNull();
  });
});

describe('judge report', () => {
  it('counts accuracy over judged versions only, against the target, per stratum', () => {
    const items: JudgedSampleItem[] = [
      ...Array.from({ length: 18 }, () => judged(true, null)),
      judged(false, null),
      {
        versionId: 'f',
        language: 'de',
        category: 'bags',
        judgement: { outcome: 'failed' },
        humanVerdict: null,
      },
      { versionId: 'p', language: 'fr', category: 'bags', judgement: null, humanVerdict: null },
    ];
    const report = buildJudgeReport(items, 0.95);
    expect(report).toMatchObject({
      sampled: 21,
      judged: 19,
      failed: 1,
      pending: 1,
      accurate: 18,
      target: 0.95,
      belowTarget: true,
    });
    expect(report.accuracy).toBeCloseTo(18 / 19, 10);
    expect(report.errors.byCategory['accuracy/numbers'].major).toBe(1);
    expect(report.rows.map((row) => [row.language, row.judged])).toEqual([
      ['de', 19],
      ['fr', 0],
    ]);
  });

  it('measures agreement with human verdicts on versions both judged', () => {
    const items = [
      judged(true, 'publishable'),
      judged(true, 'publishable'),
      judged(false, 'not_publishable'),
      judged(true, 'not_publishable'),
      judged(false, null),
    ];
    const { agreement } = buildJudgeReport(items, 0.95);
    expect(agreement).toMatchObject({
      n: 4,
      bothAcceptable: 2,
      bothNot: 1,
      judgeOnlyAcceptable: 1,
      humanOnlyAcceptable: 0,
    });
    expect(agreement.agreementRate).toBe(0.75);
    expect(agreement.kappa).toBeCloseTo(cohensKappa(2, 1, 0, 1)!, 10);
  });
});
