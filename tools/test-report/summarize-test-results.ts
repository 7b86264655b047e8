/**
 * Sums the Jest JSON reports that `nx run-many -t test integration` wrote under tmp/test-results and
 * prints one closing line, `N passed, N failed`, so every test of the run is accounted for in one place.
 * Exits non-zero when a test failed or when no test ran at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface JestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const directory = resolve(__dirname, '..', '..', 'tmp', 'test-results');
const files = readdirSync(directory).filter((file) => file.endsWith('.json'));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files.sort()) {
  const report = JSON.parse(readFileSync(join(directory, file), 'utf8')) as JestReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
  console.log(
    `  ${file.replace(/\.json$/, '').padEnd(40)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  );
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
