/**
 * Where the saved sign-in (MSAL's token cache) is kept (SPEC F4: "tokens are stored encrypted by the OS").
 * Electron: safeStorage (DPAPI, Keychain, libsecret) into a file in the user data folder; web host: a file
 * in the data folder that only the user can read, not encrypted; tests: memory.
 */
export type SecretStore = {
  /** How the saved secret is protected, for the seller to read. */
  readonly kept: 'os-encrypted' | 'file' | 'memory';
  /** The saved secret, or null when none is saved. Throws when it cannot be read any more (OS key changed). */
  get(): string | null;
  /** Saves the secret; null or '' removes it. Throws when it cannot be saved. */
  set(secret: string | null): void;
};

/** A secret kept only while the process runs. */
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
