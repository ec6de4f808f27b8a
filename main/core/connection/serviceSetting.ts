import type { SecretStore } from './secretStore';
import type { SettingsPort } from '../settings/settingsService';
import type { AuthService, SignInBrowser } from '../auth/authService';
import type { SignInPreset } from '../policy/itPolicy';
import type { Logger } from '../ports';
import type { FetchLike } from '../sync/referralsClient';
import type { WorkspaceSyncOptions } from '../sync/workspaceSync';
import type { ServiceConnection } from './serviceConnection';

/** How the apps connect: the serviceUrl setting (or an override), credentials from the work-account sign-in. */
export type ServiceOptions = {
  /** Used instead of the serviceUrl setting for this run (web host --service); the setting is then not followed. */
  urlOverride?: string;
  /**
   * Automation (web host --service-token, COSELL_SERVICE_TOKEN): used, never saved, and only for the service
   * address in effect at launch. Tests and the fake service use it; sellers sign in.
   */
  launchToken?: string;
  /** The work-account sign-in: IT's preset (null: unavailable), where it is saved, how the page reaches the browser. */
  signIn: { preset: SignInPreset | null; store: SecretStore; browser: SignInBrowser };
  /**
   * How requests reach the service and the sign-in service. The desktop app passes Electron's net.fetch
   * (Chromium's network stack: the OS certificate store, so a company's TLS-inspecting proxy CA works, and the
   * system proxy); the default is Node's fetch.
   */
  fetch?: FetchLike;
  /** Engine tuning (tests). */
  tuning?: Omit<WorkspaceSyncOptions, 'serviceUrl' | 'token' | 'api'>;
};

/** The address sync uses (pure): the override, else the setting; null = work offline. Trailing slashes do not count. */
export function effectiveServiceUrl(override: string | undefined, setting: string): string | null {
  const url = (override ?? setting).trim().replace(/\/+$/, '');
  return url === '' ? null : url;
}

/** The origin credentials are bound to (pure); null for no address or one that is not a URL. */
export function serviceOriginOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Connects to the configured service now and again whenever the serviceUrl setting changes to another
 * address (unless an override pins it). The auth service hears the new origin first, so a saved sign-in for
 * the old address is forgotten before an engine for the new one exists; and every request asks for a token for
 * its own origin, so a token can never follow the address anyway. Returns the unsubscribe.
 */
export function followServiceSetting(
  connection: ServiceConnection,
  deps: { settings: SettingsPort; service: ServiceOptions; auth: AuthService; logger: Logger },
): () => void {
  const { service, auth } = deps;
  const targetOf = (serviceUrl: string | null): WorkspaceSyncOptions | null =>
    serviceUrl ? { ...service.tuning, serviceUrl, token: auth, fetch: service.fetch } : null;
  let url = effectiveServiceUrl(service.urlOverride, deps.settings.get().serviceUrl);
  auth.useService(serviceOriginOf(url));
  void connection.configure(targetOf(url));
  return deps.settings.onChange((next) => {
    const nextUrl = effectiveServiceUrl(service.urlOverride, next.serviceUrl);
    if (nextUrl === url) return;
    url = nextUrl;
    deps.logger.info(url ? 'sync now follows the new referrals service address' : 'no referrals service address: working offline', { url });
    auth.useService(serviceOriginOf(url));
    void connection.configure(targetOf(url));
  });
}
