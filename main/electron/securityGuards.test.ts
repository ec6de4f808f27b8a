import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencies, devDependencies } from '../../package.json';

// Checklist items no single module owns (docs/security.md): guarded over the app's own sources, so a
// later change that reaches for one of these APIs fails here and has to be reviewed.
const root = join(__dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const appFiles = [...sources(join(root, 'main')), ...sources(join(root, 'renderer')), ...sources(join(root, 'shared'))];
const using = (pattern: RegExp) => appFiles.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));

describe('security guards over the app sources', () => {
  it('calls shell.openExternal only for the sign-in page, behind its allow-list (checklist 15)', () => {
    expect(using(/openExternal\s*\(/)).toEqual(['main/electron/signInBrowser.ts']);
  });

  it('enables no experimental or Blink features, and no <webview> (checklist 9, 10, 11, 12)', () => {
    expect(using(/experimentalFeatures|enableBlinkFeatures|allowpopups|<webview/i)).toEqual([]);
    expect(using(/webviewTag:\s*true|nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/)).toEqual([]);
  });

  it('exposes nothing but window.api to the page (checklist 20)', () => {
    expect(using(/exposeInMainWorld\(/)).toEqual(['main/electron/preload.ts']);
    expect(using(/\bremote\b.*from 'electron'|@electron\/remote/)).toEqual([]);
  });

  it('pins Electron to an exact, supported major version (checklist 16: update it with each release train)', () => {
    const version = (devDependencies as Record<string, string>).electron ?? (dependencies as Record<string, string>).electron ?? '';
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
