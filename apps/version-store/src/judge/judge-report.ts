import {
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  type MqmCategory,
  type MqmSeverity,
  type SpotCheckVerdict,
} from '@content-pipeline/contracts';
import { wilsonInterval, type ProportionInterval } from '../spot-check/wilson-interval';

/** One version of a judge sample as the report reads it. */
export interface JudgedSampleItem {
  versionId: string;
  language: string;
  category: string;
  judgement:
    | {
        outcome: 'judged';
        accurate: boolean;
        qualityScore: number;
        errors: { category: string; severity: string }[];
      }
    | { outcome: 'failed' }
    | null;
  /** A person's spot-check verdict on the same version, if there is one. */
  humanVerdict: SpotCheckVerdict | null;
}

export interface JudgeAccuracy {
  sampled: number;
  judged: number;
  failed: number;
  pending: number;
  accurate: number;
  /** Share of judged versions with no major or critical accuracy error; null before the first judgement. */
  accuracy: number | null;
  wilson95: ProportionInterval | null;
  /** Mean raw MQM quality score of the judged versions. */
  meanQualityScore: number | null;
  errors: { total: number; byCategory: Record<MqmCategory, Record<MqmSeverity, number>> };
}

/** How far the judge agrees with people on versions both judged ("acceptable" = judged accurate / spot-checked publishable). */
export interface JudgeHumanAgreement {
  /** Versions with both a judgement and a spot check. */
  n: number;
  /** Counts: judge acceptable × human publishable. */
  bothAcceptable: number;
  bothNot: number;
  judgeOnlyAcceptable: number;
  humanOnlyAcceptable: number;
  /** Share of versions where they agree; null when n = 0. */
  agreementRate: number | null;
  /** Cohen's kappa; null when n = 0 or chance agreement is total (both said the same thing of everything). */
  kappa: number | null;
}

export interface JudgeReport extends JudgeAccuracy {
  /** The accuracy target (JUDGE_ACCURACY_TARGET) and whether the job is below it. */
  target: number;
  belowTarget: boolean | null;
  agreement: JudgeHumanAgreement;
  rows: (JudgeAccuracy & { language: string; category: string })[];
}

/** Cohen's kappa of a 2×2 table of two raters (a: both yes, d: both no, b: first only yes, c: second only yes). */
export function cohensKappa(a: number, b: number, c: number, d: number): number | null {
  const n = a + b + c + d;
  if (n === 0) return null;
  const observed = (a + d) / n;
  const expected = ((a + b) / n) * ((a + c) / n) + ((c + d) / n) * ((b + d) / n);
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}

export function judgeHumanAgreement(items: readonly JudgedSampleItem[]): JudgeHumanAgreement {
  let bothAcceptable = 0;
  let bothNot = 0;
  let judgeOnlyAcceptable = 0;
  let humanOnlyAcceptable = 0;
  for (const item of items) {
    if (item.judgement?.outcome !== 'judged' || item.humanVerdict === null) continue;
    const judge = item.judgement.accurate;
    const human = item.humanVerdict === 'publishable';
    if (judge && human) bothAcceptable += 1;
    else if (!judge && !human) bothNot += 1;
    else if (judge) judgeOnlyAcceptable += 1;
    else humanOnlyAcceptable += 1;
  }
  const n = bothAcceptable + bothNot + judgeOnlyAcceptable + humanOnlyAcceptable;
  return {
    n,
    bothAcceptable,
    bothNot,
    judgeOnlyAcceptable,
    humanOnlyAcceptable,
    agreementRate: n === 0 ? null : (bothAcceptable + bothNot) / n,
    kappa: cohensKappa(bothAcceptable, judgeOnlyAcceptable, humanOnlyAcceptable, bothNot),
  };
}

function accuracyOf(items: readonly JudgedSampleItem[]): JudgeAccuracy {
  const byCategory = Object.fromEntries(
    MQM_CATEGORIES.map((category) => [category, Object.fromEntries(MQM_SEVERITIES.map((s) => [s, 0]))]),
  ) as Record<MqmCategory, Record<MqmSeverity, number>>;
  let judged = 0;
  let failed = 0;
  let accurate = 0;
  let scoreSum = 0;
  let total = 0;
  for (const item of items) {
    if (item.judgement?.outcome === 'failed') failed += 1;
    if (item.judgement?.outcome !== 'judged') continue;
    judged += 1;
    if (item.judgement.accurate) accurate += 1;
    scoreSum += item.judgement.qualityScore;
    for (const error of item.judgement.errors) {
      const cell = byCategory[error.category as MqmCategory];
      if (cell && error.severity in cell) {
        cell[error.severity as MqmSeverity] += 1;
        total += 1;
      }
    }
  }
  return {
    sampled: items.length,
    judged,
    failed,
    pending: items.length - judged - failed,
    accurate,
    accuracy: judged === 0 ? null : accurate / judged,
    wilson95: wilsonInterval(accurate, judged),
    meanQualityScore: judged === 0 ? null : Math.round((scoreSum / judged) * 100) / 100,
    errors: { total, byCategory },
  };
}

/** Accuracy of a job's judged versions overall and per language × category, and the judge's agreement with people. */
export function buildJudgeReport(items: readonly JudgedSampleItem[], target: number): JudgeReport {
  const strata = new Map<string, JudgedSampleItem[]>();
  for (const item of items) {
    const key = `${item.language}\u0000${item.category}`;
    strata.set(key, [...(strata.get(key) ?? []), item]);
  }
  const overall = accuracyOf(items);
  return {
    ...overall,
    target,
    belowTarget: overall.accuracy === null ? null : overall.accuracy < target,
    agreement: judgeHumanAgreement(items),
    rows: [...strata.values()]
      .map((members) => ({
        language: members[0].language,
        category: members[0].category,
        ...accuracyOf(members),
      }))
      .sort((a, b) => (a.language + '\u0000' + a.category < b.language + '\u0000' + b.category ? -1 : 1)),
  };
}
