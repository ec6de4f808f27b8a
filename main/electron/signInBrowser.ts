import type { Shell } from 'electron';
import { isSignInPageOf } from '../core/auth/msalSetup';

/**
 * The one use of shell.openExternal (security checklist 15): the work-account sign-in page, in the seller's
 * system browser (their SSO session, security keys, password manager). Only an https page on the authority IT
 * preset is opened; anything else is refused before the OS sees it.
 */
export function signInBrowser(shell: Pick<Shell, 'openExternal'>, authority: string): { kind: 'system'; open(url: string): Promise<void> } {
  return {
    kind: 'system',
    async open(url) {
      if (!isSignInPageOf(url, authority)) throw new Error(`refused to open ${url.slice(0, 120)}: not a sign-in page of ${authority}`);
      await shell.openExternal(url, { activate: true });
    },
  };
}
