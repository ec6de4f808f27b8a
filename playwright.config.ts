import { defineConfig } from '@playwright/test';

// One set of specs, two ways to run the app: the web host in Debian's Chromium (here and in CI),
// and the real Electron app where an Electron binary exists (the fixture skips it, loudly, where not).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
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
