import { defineConfig } from '@playwright/test';

// One set of specs, two ways to run the app: the web host in Debian's Chromium (here and in CI),
// and the real Electron app where an Electron binary exists (the fixture skips it, loudly, where not).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // Generous: on a loaded 2-core machine a host seeding 60,000 deals and a cold Chromium take their time. A longer
  // limit changes no result, only how long a real failure takes to report.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // CI retries a failed test once; the summary names every test that passed only on retry (FLAKY), so none hides.
  retries: process.env.CI ? 1 : 0,
  // Each test starts its own host on its own port and data folder, and most of a test is waiting: two at a time in CI.
  workers: process.env.CI ? 2 : 1,
  reporter: [['list']],
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
    viewport: { width: 1400, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'web', use: { browserName: 'chromium' }, metadata: { transport: 'web' } },
    { name: 'electron', metadata: { transport: 'electron' } },
  ],
});
