import type { SettingsPort } from '../settings/settingsService';
import type { Logger } from '../ports';
import type { FetchLike } from '../sync/referralsClient';
import type { WorkspaceSyncOptions } from '../sync/workspaceSync';
import type { ServiceConnection } from './serviceConnection';
import type { SecretStore } from './secretStore';
import type { TokenSource } from './tokenSource';

/** How the apps connect: the serviceUrl setting (or an override), a token from the secret store. */
export type ServiceOptions = {
  /** Used instead of the serviceUrl setting for this run (web host --service); the setting is then not followed. */
  urlOverride?: string;
  /** A token given at launch (web host --service-token, COSELL_SERVICE_TOKEN): used, never saved. */
  launchToken?: string;
  /** Where a token the seller enters is kept. */
  secrets: SecretStore;
  /**
   * How requests reach the service. The desktop app passes Electron's net.fetch (Chromium's network stack:
   * the OS certificate store, so a company's TLS-inspecting proxy CA works, and the system proxy); the
   * default is Node's fetch.
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

/**
 * Connects to the configured service now and again whenever the serviceUrl setting changes to another
 * address (unless an override pins it). Returns the unsubscribe.
 */
export function followServiceSetting(
  connection: ServiceConnection,
  deps: { settings: SettingsPort; service: ServiceOptions; tokens: TokenSource; logger: Logger },
): () => void {
  const { service, tokens } = deps;
  const targetOf = (serviceUrl: string | null): WorkspaceSyncOptions | null =>
    serviceUrl ? { ...service.tuning, serviceUrl, token: () => tokens.current(), fetch: service.fetch } : null;
  let url = effectiveServiceUrl(service.urlOverride, deps.settings.get().serviceUrl);
  void connection.configure(targetOf(url));
  return deps.settings.onChange((next) => {
    const nextUrl = effectiveServiceUrl(service.urlOverride, next.serviceUrl);
    if (nextUrl === url) return;
    url = nextUrl;
    deps.logger.info(url ? 'sync now follows the new referrals service address' : 'no referrals service address: working offline', { url });
    void connection.configure(targetOf(url));
  });
}
