// Offline evaluation of the quality gate on a labelled QA set: recall per rule × language, and the
// share of clean cases with a critical issue. Exits non-zero when a goal is missed.
//
//   node -r @swc-node/register bench/quality-eval/evaluate.ts [--input FILE.jsonl]
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  assessContentQuality,
  evaluateGate,
  EVALUATED_RULES,
  InvalidCaseLineError,
  LANGUAGE_CODES,
  parseCaseLines,
  QualityReport,
  share,
} from '@content-pipeline/quality-rules';

/** Goals: every rule found in at least 95% of its cases, at most 2% of clean cases blocked. */
const MIN_RECALL = 0.95;
const MAX_FP_CRITICAL = 0.02;

const DEFAULT_INPUT = path.join(__dirname, '../../libs/quality-rules/test/fixtures/dev.jsonl');

const percent = (value: number): string =>
  Number.isNaN(value) ? '    -' : `${(100 * value).toFixed(1)}%`.padStart(6);

function main(): void {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--input');
  const input = at >= 0 ? argv[at + 1] : DEFAULT_INPUT;
  if (!input) {
    console.error('evaluate: --input needs a file');
    process.exit(2);
  }
  let cases;
  try {
    cases = parseCaseLines(fs.readFileSync(input, 'utf8'));
  } catch (error) {
    const reason = error instanceof InvalidCaseLineError ? error.message : (error as Error).message;
    console.error(`evaluate: ${input}: ${reason}`);
    process.exit(2);
  }

  const reports = new Map<string, QualityReport>(
    cases.map((labelled) => [labelled.id, assessContentQuality(labelled, { attempt: 1, maxAttempts: 3 })]),
  );
  const result = evaluateGate(cases, reports);
  const columns = [...LANGUAGE_CODES, 'all'] as const;

  console.log(`cases: ${cases.length} (${result.clean.all.cases} clean) from ${input}\n`);
  console.log('Recall per rule (warning or critical), by language');
  console.log(`${'rule'.padEnd(25)}${columns.map((column) => column.padStart(14)).join('')}`);
  const failures: string[] = [];
  for (const rule of EVALUATED_RULES) {
    const cells = result.recall[rule];
    if (!cells.all.labelled) continue;
    const row = columns.map((column) =>
      `${percent(share(cells[column]))} ${String(cells[column].hit).padStart(2)}/${String(cells[column].labelled).padEnd(2)}`.padStart(
        14,
      ),
    );
    console.log(`${rule.padEnd(25)}${row.join('')}`);
    if (share(cells.all) < MIN_RECALL)
      failures.push(`recall(${rule}) = ${percent(share(cells.all)).trim()} < 95%`);
  }
  const languageMacro = columns.map((column) => {
    const values = EVALUATED_RULES.map((rule) => share(result.recall[rule][column])).filter(
      (v) => !Number.isNaN(v),
    );
    return percent(values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)).padStart(14);
  });
  console.log(`${'macro (mean of rules)'.padEnd(25)}${languageMacro.join('')}\n`);

  console.log('Clean cases');
  console.log(`${''.padEnd(25)}${columns.map((column) => column.padStart(14)).join('')}`);
  const cleanRow = (key: 'critical' | 'warningOrCritical') =>
    columns
      .map((column) => {
        const stats = result.clean[column];
        return `${percent(stats.cases ? stats[key] / stats.cases : Number.NaN)} ${stats[key]}/${stats.cases}`.padStart(
          14,
        );
      })
      .join('');
  console.log(`${'any critical (fp)'.padEnd(25)}${cleanRow('critical')}`);
  console.log(`${'any warning or critical'.padEnd(25)}${cleanRow('warningOrCritical')}`);
  const fires = Object.entries(result.cleanRuleFires).map(([rule, count]) => `${rule}=${count}`);
  if (fires.length) console.log(`rules firing on clean cases: ${fires.join(', ')}`);

  const fpCritical = result.clean.all.cases ? result.clean.all.critical / result.clean.all.cases : 0;
  if (fpCritical > MAX_FP_CRITICAL) failures.push(`fp_critical = ${percent(fpCritical).trim()} > 2%`);
  console.log(
    `\nquality-eval: recall=${percent(result.macroRecall).trim()} fp_critical=${percent(fpCritical).trim()} cases=${cases.length}`,
  );
  if (failures.length) {
    console.error(`\nGOALS MISSED:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

main();
