import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import type { Logger, Timers } from '../ports';
import { SIGN_IN_FAILED_PAGE, SIGN_IN_SCOPES, SIGNED_IN_PAGE } from './msalSetup';

export type StopReason = 'cancelled' | 'timeout';

export type InteractiveSignIn = {
  /** The tokens, or MSAL's error (after stop(): its access_denied, or the refusal to open the browser). */
  result: Promise<AuthenticationResult>;
  /** Why the flow was stopped by the app, if it was. */
  stoppedBy(): StopReason | null;
  /** Ends a flow waiting for the browser: the loopback server gets an error answer and closes. */
  stop(reason: StopReason): void;
};

/** Loopback redirect and state of an authorization URL (pure): what a stop must answer to. */
export function loopbackOf(authorizeUrl: string): { redirect: URL; state: string } | null {
  const url = new URL(authorizeUrl);
  const redirect = url.searchParams.get('redirect_uri');
  const state = url.searchParams.get('state');
  if (!redirect || !state) return null;
  const target = new URL(redirect);
  // MSAL listens on 127.0.0.1 and names it localhost in the redirect URI; only ever post to this computer.
  if (target.protocol !== 'http:' || (target.hostname !== 'localhost' && target.hostname !== '127.0.0.1')) return null;
  target.hostname = '127.0.0.1';
  return { redirect: target, state };
}

/**
 * Authorization code with PKCE in the system browser (MSAL's acquireTokenInteractive): MSAL starts a loopback
 * server on 127.0.0.1, `open` shows the provider's page, the browser posts the code back, MSAL redeems it with
 * the PKCE verifier. MSAL has no way to stop a flow whose page the seller abandoned, so stop() answers the
 * loopback server as the provider would on a refusal (error=access_denied with the flow's own state): MSAL then
 * closes its server and rejects, and nothing waits forever.
 */
export function startInteractiveSignIn(
  pca: PublicClientApplication,
  deps: { open(url: string): Promise<void>; timeoutMs: number; timers: Timers; logger: Logger },
): InteractiveSignIn {
  let authorizeUrl: string | null = null;
  let stopped: StopReason | null = null;

  const answerLoopback = (url: string) => {
    const target = loopbackOf(url);
    if (!target) return;
    const body = new URLSearchParams({ error: 'access_denied', error_description: 'Stopped in Co-sell Workspace', state: target.state });
    fetch(target.redirect, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }).catch(
      (err: unknown) => deps.logger.info('the sign-in had already ended when it was stopped', err),
    );
  };

  const result = pca.acquireTokenInteractive({
    scopes: SIGN_IN_SCOPES,
    successTemplate: SIGNED_IN_PAGE,
    errorTemplate: SIGN_IN_FAILED_PAGE,
    openBrowser: async (url) => {
      // Stopped while MSAL was still reading the provider's discovery document: never open the page.
      if (stopped) throw new Error('sign-in stopped before the browser opened');
      authorizeUrl = url;
      await deps.open(url);
    },
  });
  const timer = deps.timers.setTimeout(() => stop('timeout'), deps.timeoutMs);
  void result.then(
    () => deps.timers.clearTimeout(timer),
    () => deps.timers.clearTimeout(timer),
  );

  function stop(reason: StopReason): void {
    if (stopped) return;
    stopped = reason;
    deps.timers.clearTimeout(timer);
    if (authorizeUrl) answerLoopback(authorizeUrl);
  }

  return { result, stoppedBy: () => stopped, stop };
}
