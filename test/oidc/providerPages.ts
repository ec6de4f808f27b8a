import { chromium, type Browser, type Page } from 'playwright-core';
import type { TestProvider } from './testProvider';

/** The sign-in name a test types on the provider's login page; its display name is "Alex". */
export const TEST_LOGIN = 'alex@contoso.example';

/**
 * Chromium flags for a sign-in against the test provider: its throwaway certificate is trusted by pinning its
 * public key (nothing else is), and every host name but the loopback ones fails to resolve, so nothing the
 * provider's pages link to (web fonts) leaves this machine.
 */
export function chromiumArgsFor(provider: TestProvider): string[] {
  return [
    `--ignore-certificate-errors-spki-list=${provider.certificates.spkiSha256}`,
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
}

/** Fills the provider's login page and its consent page, and waits for the app's "You are signed in" page. */
export async function completeProviderSignIn(page: Page, login = TEST_LOGIN): Promise<void> {
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password works on the test provider');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'You are signed in' }).waitFor();
}

export type SignInBrowser = {
  /** The app's `open` port: shows the page in Chromium and, unless told to abandon it, completes the sign-in. */
  open(url: string): Promise<void>;
  /** What the next open() does: complete the sign-in, or leave the page unanswered (the seller walked away). */
  behaviour: 'complete' | 'abandon';
  /** Pages opened, and any failure while completing them. */
  opened: string[];
  failures: unknown[];
  /** Resolves when every sign-in started so far has finished on the browser's side. */
  settled(): Promise<void>;
  close(): Promise<void>;
};

/** Debian's Chromium (the e2e browser), driven by Playwright, standing in for the seller's system browser. */
export async function launchSignInBrowser(provider: TestProvider): Promise<SignInBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...chromiumArgsFor(provider)],
  });
  const drives: Promise<void>[] = [];
  const handle: SignInBrowser = {
    behaviour: 'complete',
    opened: [],
    failures: [],
    open(url) {
      handle.opened.push(url);
      const behaviour = handle.behaviour;
      const drive = (async () => {
        const page = await browser.newPage();
        await page.goto(url);
        if (behaviour === 'complete') await completeProviderSignIn(page);
        await page.close();
      })().catch((err: unknown) => void handle.failures.push(err));
      drives.push(drive);
      return Promise.resolve();
    },
    settled: async () => {
      await Promise.all(drives);
    },
    close: () => browser.close(),
  };
  return handle;
}
