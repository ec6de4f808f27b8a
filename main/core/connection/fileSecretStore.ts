import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SecretStore } from './secretStore';

/** The web host's saved sign-in (MSAL's token cache in its envelope), in the data folder. */
export const SIGN_IN_FILE_NAME = 'sign-in.json';
/** Where earlier versions kept a pasted service token (web host, desktop app); removed at start. */
export const RETIRED_TOKEN_FILES = ['service-token', 'service-token.enc'] as const;

/**
 * The web host's secret store: a plain file (mode 0600: only the user's account can read it) in the data
 * folder. NOT encrypted: anyone who can read the user's files can read the refresh token in it. Written to a
 * temp file created 0600 and renamed over the old one, so it is never readable by others even for a moment.
 */
export function fileSecretStore(file: string): SecretStore {
  return {
    kept: 'file',
    get() {
      if (!existsSync(file)) return null;
      const secret = readFileSync(file, 'utf8').trim();
      return secret === '' ? null : secret;
    },
    set(secret) {
      if (!secret) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(dirname(file), { recursive: true });
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, `${secret}\n`, { mode: 0o600 });
      // umask cannot widen 0600, but a temp file left over from a crash may have other bits: set them again.
      chmodSync(temp, 0o600);
      renameSync(temp, file);
    },
  };
}

/**
 * Removes a service token an earlier version saved (pasted in Settings): it was not bound to a service address,
 * so it must not linger. Returns the names removed.
 */
export function removeRetiredTokenFiles(dataDir: string): string[] {
  const removed: string[] = [];
  for (const name of RETIRED_TOKEN_FILES) {
    const file = join(dataDir, name);
    if (!existsSync(file)) continue;
    rmSync(file, { force: true });
    removed.push(name);
  }
  return removed;
}
