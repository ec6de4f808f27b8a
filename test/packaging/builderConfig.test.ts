// electron-builder.yml holds promises the packaged app cannot prove on this machine (NSIS, mac signing,
// deb metadata need tools we cannot download): pin them here. scripts/package-check.mjs proves the rest.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformFileListProblems } from '../../scripts/packaging/checks.mjs';

const root = join(__dirname, '..', '..');
// js-yaml ships with electron-builder and electron-updater; it has no types here.
const yaml = createRequire(join(root, 'package.json'))('js-yaml') as { load(text: string): unknown };

type Config = Record<string, unknown> & {
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  publish: { provider: string; url: string };
  nsis: Record<string, unknown>;
  mac: Record<string, unknown> & { target: Array<{ target: string }>; files: string[] };
  linux: Record<string, unknown> & { target: string[]; files: string[] };
  win: Record<string, unknown> & { target: Array<{ target: string }>; files: string[] };
};

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string; scripts: Record<string, string> };

describe('electron-builder.yml', () => {
  it('names the app as package.json and appPaths do (userData folder)', () => {
    expect(config.productName).toBe('Co-sell Workspace');
    expect(pkg.productName).toBe(config.productName);
    expect(config.appId).toBe('com.cosell.workspace');
  });

  it('ships an asar with the native prebuild unpacked, and never rebuilds it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('keeps each platform file list in step with the top-level one', () => {
    expect(platformFileListProblems(config)).toEqual([]);
  });

  it('reports a platform list that drifted (the checker can fail)', () => {
    const drifted = { ...config, linux: { ...config.linux, files: config.linux.files.filter((p) => p !== '!out/main/host.js') } };
    expect(platformFileListProblems(drifted)).toEqual([expect.stringContaining('linux.files')]);
  });

  it('flips the security fuses (checklist 19; package:check reads them back from the packaged binary)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('builds an NSIS installer that offers per-user and per-machine installs', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds dmg and zip (the zip is what auto-update installs) with a hardened runtime and notarization', () => {
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg', 'zip']);
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      notarize: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.inherit.plist',
    });
    for (const file of ['build/entitlements.mac.plist', 'build/entitlements.mac.inherit.plist']) {
      const keys = [...readFileSync(join(root, file), 'utf8').matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
      // Only the JIT: V8 needs it; everything else widens what a compromised app could do.
      expect(keys, file).toEqual(['com.apple.security.cs.allow-jit']);
    }
  });

  it('builds AppImage and deb with a desktop entry in Office', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux).toMatchObject({
      category: 'Office',
      executableName: 'co-sell-workspace',
      maintainer: expect.stringMatching(/<.+@.+>/),
      synopsis: expect.any(String),
    });
  });

  it('has an icon for every target', () => {
    expect(existsSync(join(root, 'build/icon.ico'))).toBe(true);
    expect(existsSync(join(root, 'build/icon.icns'))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(existsSync(join(root, `build/icons/${size}x${size}.png`)), `${size}`).toBe(true);
  });

  it('publishes a generic feed whose placeholder URL can never be reached', () => {
    expect(config.publish.provider).toBe('generic');
    expect(new URL(config.publish.url).hostname.endsWith('.invalid')).toBe(true);
    expect(config.generateUpdatesFilesForAllChannels).toBe(true);
  });

  it('has the dist scripts and the package check', () => {
    expect(pkg.scripts).toMatchObject({
      dist: expect.stringMatching(/electron-vite build && electron-builder/),
      'dist:linux': expect.stringMatching(/--linux AppImage deb/),
      'dist:win': expect.stringMatching(/--win nsis/),
      'dist:mac': expect.stringMatching(/--mac dmg zip/),
      'dist:dir': expect.stringMatching(/--dir/),
      'package:check': 'node scripts/package-check.mjs',
    });
  });
});
