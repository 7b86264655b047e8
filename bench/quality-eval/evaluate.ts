// Offline evaluation of the quality gate on labelled QA sets: recall per rule × language, precision per rule,
// critical issues on clean cases, false alarms on safe look-alikes, unsafe content that would be published, and
// the missed and false cases by name. Scores each set on its own: the shared dev set, the tuning half, the
// held-out half and the fresh part of the gate's own evaluation set (build it with build-eval-set.ts). Exits non-zero when a set
// misses a goal.
//
//   node -r @swc-node/register bench/quality-eval/evaluate.ts [--input FILE.jsonl ...] [--all-cases]
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  assessContentQuality,
  LANGUAGE_CODES,
  parseCaseLines,
  QualityReport,
  RULE_IDS,
  SAFETY_RULE_IDS,
} from '@content-pipeline/quality-rules';

/** Goals (issues 16 and 21): every rule × language cell found in ≥ 98 % of its cases, ≤ 1 % of clean cases blocked. */
const MIN_RECALL = 0.98;
const MAX_FP_CRITICAL = 0.01;
/** Missed and false cases printed per set unless --all-cases. */
const LISTED_CASES = 25;

const ROOT = path.join(__dirname, '../..');
/** Hand-written blind rounds built by build-blind-sets.ts (`data/qa/eval-blind-1.jsonl` …), every one in the folder. */
const blindRound = (file: string) => Number(/^eval-blind-(\d+)\.jsonl$/.exec(file)?.[1] ?? NaN);
const BLIND_SETS = fs
  .readdirSync(path.join(ROOT, 'data/qa'))
  .filter((file) => Number.isFinite(blindRound(file)))
  .sort((a, b) => blindRound(a) - blindRound(b))
  .map((file) => `data/qa/${file}`);
const DEFAULT_INPUTS = [
  'libs/quality-rules/test/fixtures/dev.jsonl',
  'data/qa/eval-tune.jsonl',
  'data/qa/eval-holdout.jsonl',
  'data/qa/eval-fresh.jsonl',
  // Hand-written blind sets, each written after the previous round's fixes and scored once blind before it joined
  // the tune material: the latest round is the latest held-out figure (README, quality gate).
  ...BLIND_SETS,
].map((file) => path.join(ROOT, file));

type Column = (typeof LANGUAGE_CODES)[number] | 'all';
const COLUMNS: readonly Column[] = [...LANGUAGE_CODES, 'all'];
type Probe = 'clean' | 'lookalike' | 'defect';

interface Tally {
  hit: number;
  n: number;
}
const tally = (): Tally => ({ hit: 0, n: 0 });
const rate = ({ hit, n }: Tally): number => (n ? hit / n : Number.NaN);
const percent = (value: number): string => (Number.isNaN(value) ? '-' : `${(100 * value).toFixed(1)}%`);
const cell = (t: Tally): string => (t.n ? `${percent(rate(t))} ${t.hit}/${t.n}` : '-');

const reportedRules = (report: QualityReport): Set<string> =>
  new Set(report.issues.filter((issue) => issue.severity !== 'info').map((issue) => issue.rule));

function evaluateSet(file: string, listAll: boolean): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const probes = new Map<string, Probe>();
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const raw = JSON.parse(line) as { id: string; probe?: Probe; expected?: { clean: boolean } };
    probes.set(raw.id, raw.probe ?? (raw.expected?.clean ? 'clean' : 'defect'));
  }
  const cases = parseCaseLines(text);
  const recall: Record<string, Record<Column, Tally>> = {};
  const precision: Record<string, Tally> = {};
  const critical: Record<'clean' | 'lookalike', Record<Column, Tally>> = {
    clean: Object.fromEntries(COLUMNS.map((c) => [c, tally()])) as Record<Column, Tally>,
    lookalike: Object.fromEntries(COLUMNS.map((c) => [c, tally()])) as Record<Column, Tally>,
  };
  const cleanNotPassed = tally();
  const unsafe = tally();
  const unsafePublished: string[] = [];
  const passed = tally();
  const passedWithIssue = tally();
  const missed: string[] = [];
  const falseAlarms: string[] = [];

  for (const labelled of cases) {
    const report = assessContentQuality(labelled, { attempt: 1, maxAttempts: 3 });
    const reported = reportedRules(report);
    const labels = labelled.expected?.defects ?? [];
    const probe = probes.get(labelled.id) ?? 'defect';
    for (const rule of reported) {
      precision[rule] ??= tally();
      precision[rule].n++;
      if (labels.includes(rule)) precision[rule].hit++;
    }
    if (report.verdict === 'pass') {
      passed.n++;
      if (reported.size) passedWithIssue.n++;
    }
    if (probe !== 'defect') {
      cleanNotPassed.n++;
      if (report.verdict !== 'pass') cleanNotPassed.hit++;
      const hasCritical = report.issues.some((issue) => issue.severity === 'critical');
      for (const column of [labelled.language, 'all'] as const) {
        critical[probe][column].n++;
        if (hasCritical) critical[probe][column].hit++;
      }
      if (reported.size) falseAlarms.push(`${labelled.id} (${probe}): ${[...reported].join(', ')}`);
      continue;
    }
    for (const rule of labels) {
      recall[rule] ??= Object.fromEntries(COLUMNS.map((c) => [c, tally()])) as Record<Column, Tally>;
      const hit = reported.has(rule) ? 1 : 0;
      for (const column of [labelled.language, 'all'] as const) {
        recall[rule][column].n++;
        recall[rule][column].hit += hit;
      }
      if (!hit) missed.push(`${labelled.id}: ${rule} (reported: ${[...reported].join(', ') || 'nothing'})`);
    }
    if (labels.some((rule) => (SAFETY_RULE_IDS as readonly string[]).includes(rule))) {
      unsafe.n++;
      const blocked =
        report.verdict !== 'pass' && report.issues.some((issue) => issue.severity === 'critical');
      if (blocked) unsafe.hit++;
      else unsafePublished.push(labelled.id);
    }
  }
  passedWithIssue.hit = passedWithIssue.n;
  passedWithIssue.n = passed.n;

  const lines: string[] = [];
  const name = path.relative(ROOT, file);
  lines.push(`== ${name}: ${cases.length} cases`);
  lines.push('Recall per rule (warning or critical) × language, and precision per rule');
  lines.push(`${'rule'.padEnd(24)}${COLUMNS.map((c) => c.padStart(15)).join('')}${'precision'.padStart(16)}`);
  let cells = 0;
  let cellsMet = 0;
  const order = [...RULE_IDS].filter((rule) => recall[rule]);
  for (const rule of order) {
    const row = COLUMNS.map((column) => cell(recall[rule][column]).padStart(15)).join('');
    const p = precision[rule] ?? tally();
    lines.push(`${rule.padEnd(24)}${row}${cell(p).padStart(16)}`);
    for (const language of LANGUAGE_CODES) {
      if (!recall[rule][language].n) continue;
      cells++;
      if (rate(recall[rule][language]) >= MIN_RECALL) cellsMet++;
    }
  }
  lines.push('');
  lines.push(
    `${'clean: any critical'.padEnd(24)}${COLUMNS.map((c) => cell(critical.clean[c]).padStart(15)).join('')}`,
  );
  lines.push(
    `${'look-alike: critical'.padEnd(24)}${COLUMNS.map((c) => cell(critical.lookalike[c]).padStart(15)).join('')}`,
  );
  lines.push(`clean and look-alike cases not passed (a regeneration or a human): ${cell(cleanNotPassed)}`);
  if (unsafe.n) {
    lines.push(`unsafe cases blocked (critical issue, verdict not pass): ${cell(unsafe)}`);
  }
  lines.push(`passed cases carrying a warning or critical issue: ${cell(passedWithIssue)}`);
  const listed = (title: string, entries: string[]) => {
    lines.push(`${title}: ${entries.length}`);
    for (const entry of listAll ? entries : entries.slice(0, LISTED_CASES)) lines.push(`  ${entry}`);
    if (!listAll && entries.length > LISTED_CASES)
      lines.push(`  … ${entries.length - LISTED_CASES} more (--all-cases)`);
  };
  listed('missed (case: rule)', missed);
  listed('false alarms on clean and look-alike cases', falseAlarms);
  if (unsafePublished.length) listed('unsafe cases that would be published', unsafePublished);
  const fpCritical = rate(critical.clean.all);
  const lookalikeCritical = rate(critical.lookalike.all);
  const met = cellsMet === cells && !(fpCritical > MAX_FP_CRITICAL) && !(lookalikeCritical > MAX_FP_CRITICAL);
  lines.push(
    `quality-eval[${path.basename(file, '.jsonl')}]: cells>=98%=${cellsMet}/${cells} clean_critical=${cell(critical.clean.all)} lookalike_critical=${cell(critical.lookalike.all)} unsafe_blocked=${cell(unsafe)} ${met ? 'GOALS MET' : 'GOALS MISSED'}`,
  );
  lines.push('');
  return met ? lines : [...lines, '!'];
}

function main(): void {
  const argv = process.argv.slice(2);
  const listAll = argv.includes('--all-cases');
  const inputs = argv.flatMap((arg, index) => (argv[index - 1] === '--input' ? [arg] : []));
  let missed = false;
  for (const file of inputs.length ? inputs : DEFAULT_INPUTS) {
    if (!fs.existsSync(file)) {
      console.error(`evaluate: ${file} not found (build the evaluation set with build-eval-set.ts)`);
      process.exit(2);
    }
    const lines = evaluateSet(file, listAll);
    if (lines[lines.length - 1] === '!') {
      missed = true;
      lines.pop();
    }
    console.log(lines.join('\n'));
  }
  process.exit(missed ? 1 : 0);
}

main();
