import type { TokenState } from '../../../shared/ipc';
import type { Logger } from '../ports';
import type { SecretStore } from './secretStore';

/** The words the seller reads about where the token is (pure). */
export function describeToken(kept: TokenState['kept']): string {
  switch (kept) {
    case 'launch':
      return 'A token was given when the app was started (--service-token or COSELL_SERVICE_TOKEN); it is used for this run and not saved.';
    case 'os-encrypted':
      return 'A token is saved, encrypted by your operating system.';
    case 'file':
      return 'A token is saved in a file in the data folder that only your user account can read. It is not encrypted.';
    case 'memory':
      return 'A token is set, but this computer offers no encrypted storage, so it is kept only until the app quits.';
    case 'none':
      return 'No token is saved. Paste the token your administrator gave you to connect to the referrals service.';
  }
}

/** The token requests carry, where it came from, and how the seller changes it. */
export type TokenSource = {
  /** The token in use ('' when none): read by the HTTP client on every request. */
  current(): string;
  state(): TokenState;
  /** Saves a new token ('' removes it); from then on it is used instead of one given at launch. Throws if it cannot be saved. */
  set(token: string): TokenState;
};

/**
 * A token given at launch wins until the seller saves one; the saved one is read once and kept in
 * memory (decrypting on every request would cost a keychain round trip each time).
 */
export function createTokenSource(secrets: SecretStore, options: { launchToken?: string | null; logger: Logger }): TokenSource {
  let launch = options.launchToken ? options.launchToken : null;
  let saved: string | null | undefined;
  const read = (): string | null => {
    if (saved !== undefined) return saved;
    try {
      saved = secrets.get();
    } catch (err) {
      options.logger.warn('the saved service token could not be read; sync goes on without it until a new one is saved', err);
      saved = null;
    }
    return saved;
  };
  const state = (): TokenState => {
    const kept = launch ? 'launch' : read() ? secrets.kept : 'none';
    return { hasToken: kept !== 'none', kept, description: describeToken(kept) };
  };
  return {
    current: () => launch ?? read() ?? '',
    state,
    set(token) {
      secrets.set(token === '' ? null : token);
      saved = token === '' ? null : token;
      launch = null;
      return state();
    },
  };
}
