import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/logger';
import { ENCRYPTED_SIGN_IN_FILE_NAME, osEncryptionAvailable, safeStorageSecretStore, type SafeStoragePort } from './safeStorageSecrets';
import { tempDirs } from '../core/testing/tempDirs';

/** A typed fake of safeStorage: "encrypts" by reversing and prefixing, so the file never holds the token as is. */
function fakeSafeStorage(
  available = true,
  backend: ReturnType<SafeStoragePort['getSelectedStorageBackend']> = 'gnome_libsecret',
): SafeStoragePort {
  return {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the sync calls the store uses
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above
    encryptString: (text) => Buffer.from(`enc:${Array.from(text).reverse().join('')}`),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Array.from(text.slice(4)).reverse().join('');
    },
  };
}

const tempDir = tempDirs('cosell-safe-');
const tokenFile = () => join(tempDir(), ENCRYPTED_SIGN_IN_FILE_NAME);

describe('osEncryptionAvailable', () => {
  it('is false without encryption, and on Linux with the basic_text fallback (a hard-coded key)', () => {
    expect(osEncryptionAvailable(fakeSafeStorage(true), 'win32')).toBe(true);
    expect(osEncryptionAvailable(fakeSafeStorage(false), 'darwin')).toBe(false);
    expect(osEncryptionAvailable(fakeSafeStorage(true, 'basic_text'), 'linux')).toBe(false);
    expect(osEncryptionAvailable(fakeSafeStorage(true, 'kwallet5'), 'linux')).toBe(true);
  });
});

describe('safeStorageSecretStore', () => {
  it('keeps the token encrypted in the user data folder (0600) and reads it back; empty removes it', () => {
    const file = tokenFile();
    const store = safeStorageSecretStore({ safeStorage: fakeSafeStorage(), file, platform: 'linux', logger: silentLogger });
    expect(store.kept).toBe('os-encrypted');
    expect(store.get()).toBeNull();
    store.set('secret-token');
    expect(readFileSync(file).toString()).not.toContain('secret-token');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(safeStorageSecretStore({ safeStorage: fakeSafeStorage(), file, platform: 'linux', logger: silentLogger }).get()).toBe(
      'secret-token',
    );
    store.set('');
    expect(existsSync(file)).toBe(false);
  });

  it('without OS encryption: memory only, nothing written, and a warning', () => {
    const file = tokenFile();
    const warn = vi.fn();
    const store = safeStorageSecretStore({
      safeStorage: fakeSafeStorage(true, 'basic_text'),
      file,
      platform: 'linux',
      logger: { ...silentLogger, warn },
    });
    store.set('t');
    expect([store.kept, store.get(), existsSync(file)]).toEqual(['memory', 't', false]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a file the OS can no longer decrypt throws (the saved sign-in is then treated as none)', () => {
    const file = tokenFile();
    const other = safeStorageSecretStore({
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the synchronous call the store uses
      safeStorage: { ...fakeSafeStorage(), encryptString: (t) => Buffer.from(t) },
      file,
      platform: 'win32',
      logger: silentLogger,
    });
    other.set('plain');
    expect(() => safeStorageSecretStore({ safeStorage: fakeSafeStorage(), file, platform: 'win32', logger: silentLogger }).get()).toThrow(
      /decrypting/,
    );
  });
});
