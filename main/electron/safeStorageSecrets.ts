import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { SafeStorage } from 'electron';
import { memorySecretStore, type SecretStore } from '../core/connection/secretStore';
import type { Logger } from '../core/ports';

/** The desktop app's saved sign-in (MSAL's token cache in its envelope), encrypted by the OS. */
export const ENCRYPTED_SIGN_IN_FILE_NAME = 'sign-in.enc';

export type SafeStoragePort = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

/**
 * Whether the OS really encrypts (pure over safeStorage's answers): on Linux without a keyring Electron
 * falls back to 'basic_text', a key hard-coded in Chromium, which is obfuscation and not encryption.
 */
export function osEncryptionAvailable(safeStorage: SafeStoragePort, platform: NodeJS.Platform): boolean {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- sync on purpose: see safeStorageSecretStore
  if (!safeStorage.isEncryptionAvailable()) return false;
  return platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

/**
 * The desktop app's secret store (SPEC F4: tokens encrypted by the OS): safeStorage (DPAPI on Windows,
 * Keychain on macOS, libsecret/KWallet on Linux) encrypts the saved sign-in into `file` in the user data
 * folder. Where the OS offers no encryption it is kept in memory only, and the seller is told so (kept
 * 'memory'), rather than written to disk in the clear. Call after the app is ready.
 *
 * Uses the synchronous safeStorage calls (deprecated in favour of async ones in Electron 45, still
 * supported): the SecretStore port is synchronous, and the saved sign-in is read once per run.
 */
export function safeStorageSecretStore(deps: {
  safeStorage: SafeStoragePort;
  file: string;
  platform: NodeJS.Platform;
  logger: Logger;
}): SecretStore {
  const { safeStorage, file } = deps;
  if (!osEncryptionAvailable(safeStorage, deps.platform)) {
    deps.logger.warn('no OS encryption on this computer; the sign-in is kept only until the app quits');
    return memorySecretStore();
  }
  return {
    kept: 'os-encrypted',
    get() {
      if (!existsSync(file)) return null;
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- sync on purpose: see safeStorageSecretStore
      const secret = safeStorage.decryptString(readFileSync(file));
      return secret === '' ? null : secret;
    },
    set(secret) {
      if (!secret) {
        rmSync(file, { force: true });
        return;
      }
      const temp = `${file}.tmp-${process.pid}`;
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- sync on purpose: see safeStorageSecretStore
      writeFileSync(temp, safeStorage.encryptString(secret), { mode: 0o600 });
      chmodSync(temp, 0o600);
      renameSync(temp, file);
    },
  };
}
