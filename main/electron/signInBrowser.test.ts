import { describe, expect, it } from 'vitest';
import { FakeShell } from '../../test/fakes/electron';
import { signInBrowser } from './signInBrowser';

describe('the sign-in page in the system browser', () => {
  it("opens only https pages on IT's authority", async () => {
    const shell = new FakeShell();
    const browser = signInBrowser(shell, 'https://login.microsoftonline.com/organizations');
    const page = 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x&code_challenge=y';
    await browser.open(page);
    for (const bad of [
      'http://login.microsoftonline.com/organizations/oauth2/v2.0/authorize',
      'https://login.microsoftonline.com.evil.example/authorize',
      'https://evil.example/?next=https://login.microsoftonline.com',
      'file:///etc/passwd',
      'https://user:pw@login.microsoftonline.com/x',
    ]) {
      await expect(browser.open(bad), bad).rejects.toThrow(/refused to open/);
    }
    expect(shell.opened).toEqual([page]);
  });
});
