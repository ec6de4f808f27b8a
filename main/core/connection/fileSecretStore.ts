import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SecretStore } from './secretStore';

export const TOKEN_FILE_NAME = 'service-token';

/**
 * The web host's token store: a plain file (mode 0600: only the user's account can read it) in the data
 * folder. NOT encrypted: anyone who can read the user's files can read the token. Written to a temp file
 * created 0600 and renamed over the old one, so the token is never readable by others even for a moment.
 */
export function fileSecretStore(file: string): SecretStore {
  return {
    kept: 'file',
    get() {
      if (!existsSync(file)) return null;
      const token = readFileSync(file, 'utf8').trim();
      return token === '' ? null : token;
    },
    set(token) {
      if (!token) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(dirname(file), { recursive: true });
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, `${token}\n`, { mode: 0o600 });
      // umask cannot widen 0600, but a temp file left over from a crash may have other bits: set them again.
      chmodSync(temp, 0o600);
      renameSync(temp, file);
    },
  };
}
