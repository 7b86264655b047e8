// Offline quality check: runs the quality gate over a JSONL file of cases (dev.jsonl format) and
// prints one JSON result per case, as the QA scorer expects. Needs no infrastructure.
//
//   npm run --silent qc -- --input FILE.jsonl
import * as fs from 'node:fs';
import {
  assessContentQuality,
  InvalidCaseLineError,
  LabelledCase,
  parseCaseLines,
} from '@content-pipeline/quality-rules';

const USAGE = 'usage: npm run --silent qc -- --input FILE.jsonl';

/** Every case is judged as a first attempt out of three, as a fresh generation would be. */
const FIRST_ATTEMPT = { attempt: 1, maxAttempts: 3 };

function fail(message: string): never {
  console.error(`qc: ${message}`);
  process.exit(1);
}

function inputPath(argv: readonly string[]): string {
  const at = argv.indexOf('--input');
  const path = at >= 0 ? argv[at + 1] : undefined;
  if (!path || path.startsWith('--')) fail(`missing --input FILE.jsonl\n${USAGE}`);
  return path;
}

function readCases(path: string): LabelledCase[] {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return parseCaseLines(text);
  } catch (error) {
    if (error instanceof InvalidCaseLineError) fail(`${path}, ${error.message}`);
    throw error;
  }
}

function main(): void {
  const cases = readCases(inputPath(process.argv.slice(2)));
  const lines = cases.map((labelled) => {
    const report = assessContentQuality(labelled, FIRST_ATTEMPT);
    return JSON.stringify({
      id: labelled.id,
      score: report.score,
      verdict: report.verdict,
      issues: report.issues.map(({ rule, severity, field, message, suggestion }) => ({
        rule,
        severity,
        field,
        message,
        suggestion,
      })),
    });
  });
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
}

main();
