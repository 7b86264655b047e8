import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Writes the run's counts in the shape of Jest's JSON report, so `npm test`'s summary counts browser tests too. */
export default class JestSummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }

  onEnd(_result: FullResult): void {
    const directory = join(__dirname, '..', '..', '..', 'tmp', 'test-results');
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      join(directory, 'console-integration.json'),
      JSON.stringify({
        numPassedTests: this.passed,
        numFailedTests: this.failed,
        numPendingTests: this.skipped,
      }),
    );
  }
}
