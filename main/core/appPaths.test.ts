import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultDataDir, productName } from './appPaths';

describe('defaultDataDir (what Electron calls userData)', () => {
  it('uses XDG_CONFIG_HOME on Linux when set', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/Co-sell Workspace');
  });

  it('falls back to ~/.config on Linux', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Co-sell Workspace');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/ana')).toBe('/home/ana/.config/Co-sell Workspace');
  });

  it('uses Application Support on macOS, ignoring XDG', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/xdg' }, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Co-sell Workspace',
    );
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Co-sell Workspace',
    );
  });

  it('falls back to the roaming profile on Windows without APPDATA', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Co-sell Workspace');
  });

  it('names the folder after package.json productName, as Electron does', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { productName: string };
    expect(productName).toBe(pkg.productName);
  });
});
