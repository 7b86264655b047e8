import { defineConfig } from '@playwright/test';

// Browser tests of the review console against the real stack, in Debian's Chromium (Playwright's own browser
// download is not reachable everywhere; scripts/browser.sh installs Chromium the way the README says).
export default defineConfig({
  testDir: 'test',
  testMatch: '**/*.browser-spec.ts',
  timeout: 15 * 60_000,
  workers: 1,
  reporter: [['list'], ['./test/jest-summary.reporter.ts']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  outputDir: '../../tmp/console-browser',
});
