import type { MissingKey } from '../../shared/i18n';
import type { Api } from '../../shared/ipc';

// The transport (Electron preload or the web host's bridge script) defines window.api before the app runs.
// readWindowApi() still checks at runtime, so a page opened without a transport shows an error page.
declare global {
  // Global augmentation must merge into lib.dom's Window interface: the one place the house style allows `interface`.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api: Api;
    /** Translation keys asked for that no language has (renderer/src/i18n): the e2e tests fail on any. */
    __i18nMissing?: MissingKey[];
  }
}

export {};
