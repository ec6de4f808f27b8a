import { posix, win32 } from 'node:path';

/** Must equal package.json "productName": Electron names the userData folder after it. */
export const productName = 'Co-sell Workspace';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The folder Electron's `app.getPath('userData')` uses for this app, computed without Electron,
 * so the web host (plain Node) opens the same database as the desktop app.
 */
export function defaultDataDir(platform: string, env: Env, homedir: string): string {
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? win32.join(homedir, 'AppData', 'Roaming');
    return win32.join(appData, productName);
  }
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support', productName);
  // Linux and the other Unixes: the XDG config folder, as Chromium/Electron do.
  const config = nonEmpty(env.XDG_CONFIG_HOME) ?? posix.join(homedir, '.config');
  return posix.join(config, productName);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}
