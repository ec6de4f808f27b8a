/**
 * Where the referrals service's sign-in token is kept (SPEC F4: "tokens are stored encrypted by the OS").
 * Electron: safeStorage (DPAPI, Keychain, libsecret) into a file in the user data folder; web host: a file
 * in the data folder that only the user can read, not encrypted; tests: memory.
 */
export type SecretStore = {
  /** How the saved token is protected, for the seller to read. */
  readonly kept: 'os-encrypted' | 'file' | 'memory';
  /** The saved token, or null when none is saved (or it cannot be read any more). */
  get(): string | null;
  /** Saves the token; null or '' removes it. Throws when it cannot be saved. */
  set(token: string | null): void;
};

/** A token kept only while the process runs. */
export function memorySecretStore(initial: string | null = null): SecretStore {
  let token = initial;
  return {
    kept: 'memory',
    get: () => token,
    set(next) {
      token = next ? next : null;
    },
  };
}
