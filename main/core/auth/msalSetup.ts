import {
  ClientAuthError,
  ClientAuthErrorCodes,
  LogLevel,
  ProtocolMode,
  PublicClientApplication,
  type ICachePlugin,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import type { SignInPreset } from '../policy/itPolicy';
import type { Logger } from '../ports';
import type { FetchLike } from '../sync/referralsClient';

/** Partner Center's delegated permission (Entra "API permissions": Partner Center › user_impersonation). */
export const PARTNER_CENTER_SCOPE = 'https://api.partner.microsoft.com/user_impersonation';
export const SIGN_IN_SCOPES = [PARTNER_CENTER_SCOPE];

/** Entra ID's sign-in hosts (public and national clouds): MSAL's own mode; any other authority is plain OpenID Connect. */
const MICROSOFT_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
]);

export function isMicrosoftAuthority(authority: string): boolean {
  return MICROSOFT_HOSTS.has(new URL(authority).hostname.toLowerCase());
}

/**
 * Whether `url` is a sign-in page of IT's authority (pure): https, on the authority's own origin. The only
 * pages the app ever hands to the system browser or the page (security checklist 15).
 */
export function isSignInPageOf(url: string, authority: string): boolean {
  try {
    const page = new URL(url);
    return page.protocol === 'https:' && page.origin === new URL(authority).origin && !page.username && !page.password;
  } catch {
    return false;
  }
}

/**
 * MSAL's network client over the app's fetch: the desktop app passes Electron's net.fetch (the OS certificate
 * store and proxy, as for the referrals service), the web host Node's fetch, tests one that trusts their CA.
 * Failures to reach the sign-in service become MSAL's network_error, which the auth service reports as such.
 */
export function fetchNetworkClient(fetch: FetchLike, defaultTimeoutMs = 30_000): INetworkModule {
  async function send<T>(
    url: string,
    method: 'GET' | 'POST',
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: options?.headers,
        body: method === 'POST' ? (options?.body ?? '') : undefined,
        signal: AbortSignal.timeout(timeout ?? defaultTimeoutMs),
      });
    } catch (err) {
      const cause = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
      throw new ClientAuthError(ClientAuthErrorCodes.networkError, `Could not reach ${new URL(url).host}: ${cause}`);
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
    let body: T;
    try {
      body = (await response.json()) as T;
    } catch {
      throw new ClientAuthError(ClientAuthErrorCodes.tokenParsingError, `${new URL(url).host} answered ${response.status} without JSON`);
    }
    return { headers, body, status: response.status };
  }
  return {
    sendGetRequestAsync: (url, options, timeout) => send(url, 'GET', options, timeout),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
  };
}

/** The MSAL public client for one saved sign-in: no secret, the preset authority, our network client and cache. */
export function createPublicClient(deps: { preset: SignInPreset; fetch: FetchLike; cachePlugin: ICachePlugin; logger: Logger }) {
  const microsoft = isMicrosoftAuthority(deps.preset.authority);
  return new PublicClientApplication({
    auth: {
      clientId: deps.preset.clientId,
      authority: deps.preset.authority,
      // Another OpenID Connect provider is trusted as given (its discovery document), never looked up at Microsoft.
      ...(microsoft ? {} : { knownAuthorities: [new URL(deps.preset.authority).host] }),
    },
    cache: { cachePlugin: deps.cachePlugin },
    system: {
      networkClient: fetchNetworkClient(deps.fetch),
      protocolMode: microsoft ? ProtocolMode.AAD : ProtocolMode.OIDC,
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Error,
        loggerCallback: (level, message, containsPii) => {
          if (!containsPii && level === LogLevel.Error) deps.logger.warn('sign-in library', message);
        },
      },
    },
  });
}

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Co-sell Workspace</title>` +
  '<style>body{font:16px system-ui,sans-serif;margin:15vh auto;max-width:32em;padding:0 1em;color:#1b1b1b}h1{font-size:1.4em}</style>' +
  `</head><body><h1>${title}</h1><p>${text}</p></body></html>`;

/** What the seller's browser shows at the end (MSAL's loopback server serves it). */
export const SIGNED_IN_PAGE = page('You are signed in', 'You can close this tab and go back to Co-sell Workspace.');
export const SIGN_IN_FAILED_PAGE = page(
  'Sign-in did not finish',
  'Nothing was changed. Close this tab, go back to Co-sell Workspace and choose Sign in to try again.',
);
