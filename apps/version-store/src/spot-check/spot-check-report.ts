import {
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  MqmCategory,
  MqmSeverity,
  SpotCheckVerdict,
} from '@content-pipeline/contracts';
import { ProportionInterval, wilsonInterval } from './wilson-interval';

/** A sampled version with its check, if one was recorded, as the report reads it. */
export interface CheckedSampleItem {
  versionId: string;
  language: string;
  category: string;
  attempt: number;
  /** What the gate said about the version before it was published (pass, or human_review then approved). */
  gateVerdict: string;
  check: { verdict: SpotCheckVerdict; errors: { category: MqmCategory; severity: MqmSeverity }[] } | null;
}

export interface PassRate {
  checked: number;
  passed: number;
  /** passed / checked; null before the first check. */
  passRate: number | null;
  /** 95 % Wilson score interval of the pass rate; null before the first check. */
  wilson95: ProportionInterval | null;
}

export interface SpotCheckTally {
  sampled: number;
  checked: number;
  pending: number;
  /** Every checked version. */
  all: PassRate;
  /** Versions published from their first generation attempt. */
  firstAttempt: PassRate;
  /** Versions published after at least one regeneration (attempt 2 or later). */
  afterRegeneration: PassRate;
  /** Errors marked, per MQM category and severity (every category and severity listed, zeros included). */
  errors: {
    total: number;
    bySeverity: Record<MqmSeverity, number>;
    byCategory: Record<MqmCategory, Record<MqmSeverity, number>>;
  };
  /** Checked versions per gate verdict and spot-check verdict. */
  gateVersusSpotCheck: Record<string, Record<SpotCheckVerdict, number>>;
  /** Versions the gate passed that a person judged not publishable. */
  blindSpots: number;
}

export interface SpotCheckReportRow extends SpotCheckTally {
  language: string;
  category: string;
}

export interface SpotCheckReport {
  overall: SpotCheckTally;
  /** One row per language × category stratum of the sample, ordered by language then category. */
  rows: SpotCheckReportRow[];
}

/** The gate verdict whose spot-check failures are the gate's blind spots. */
const GATE_PASSED = 'pass';

/** Pass rates, error counts and gate agreement of a sample, per stratum and overall. */
export function buildSpotCheckReport(items: readonly CheckedSampleItem[]): SpotCheckReport {
  const strata = new Map<string, CheckedSampleItem[]>();
  for (const item of items) {
    const key = `${item.language}\u0000${item.category}`;
    strata.set(key, [...(strata.get(key) ?? []), item]);
  }
  const rows = [...strata.values()]
    .map((members) => ({ language: members[0].language, category: members[0].category, ...tally(members) }))
    .sort((a, b) => order(a.language, b.language) || order(a.category, b.category));
  return { overall: tally(items), rows };
}

function tally(items: readonly CheckedSampleItem[]): SpotCheckTally {
  const checked = items.filter((item) => item.check !== null);
  const bySeverity = zeroSeverities();
  const byCategory = Object.fromEntries(
    MQM_CATEGORIES.map((category) => [category, zeroSeverities()]),
  ) as Record<MqmCategory, Record<MqmSeverity, number>>;
  const gateVersusSpotCheck: Record<string, Record<SpotCheckVerdict, number>> = {};
  let errorTotal = 0;
  let blindSpots = 0;
  for (const item of checked) {
    const check = item.check!;
    for (const error of check.errors) {
      errorTotal += 1;
      bySeverity[error.severity] += 1;
      byCategory[error.category][error.severity] += 1;
    }
    gateVersusSpotCheck[item.gateVerdict] ??= { publishable: 0, not_publishable: 0 };
    gateVersusSpotCheck[item.gateVerdict][check.verdict] += 1;
    if (item.gateVerdict === GATE_PASSED && check.verdict === 'not_publishable') blindSpots += 1;
  }
  return {
    sampled: items.length,
    checked: checked.length,
    pending: items.length - checked.length,
    all: passRate(checked),
    firstAttempt: passRate(checked.filter((item) => item.attempt === 1)),
    afterRegeneration: passRate(checked.filter((item) => item.attempt > 1)),
    errors: { total: errorTotal, bySeverity, byCategory },
    gateVersusSpotCheck,
    blindSpots,
  };
}

function passRate(checked: readonly CheckedSampleItem[]): PassRate {
  const passed = checked.filter((item) => item.check?.verdict === 'publishable').length;
  return {
    checked: checked.length,
    passed,
    passRate: checked.length === 0 ? null : passed / checked.length,
    wilson95: wilsonInterval(passed, checked.length),
  };
}

function zeroSeverities(): Record<MqmSeverity, number> {
  return Object.fromEntries(MQM_SEVERITIES.map((severity) => [severity, 0])) as Record<MqmSeverity, number>;
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
