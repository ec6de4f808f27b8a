import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkBudget,
  checkFuses,
  checkRequireGraph,
  ELECTRON_45_FUSES,
  FUSE_SENTINEL,
  FUSES,
  fuseWireBytes,
  findDevModules,
  findMissingDependencies,
  findUnusedDependencies,
  findUnwantedFiles,
  formatTable,
  htmlAssets,
  rendererChunks,
  modulesIn,
  packageOf,
  packagesOnPath,
  parentPackageDir,
  productionClosure,
  requiresOf,
  suggestBudget,
  summarize,
  unwantedReason,
  type FuseWire,
  type ResolvedPackage,
} from '../../scripts/packaging/checks.mjs';

const MIB = 1024 * 1024;

describe('what is in the archive', () => {
  it('names the packages on a path, scoped and nested', () => {
    expect(packagesOnPath('/node_modules/zod/v4/index.js')).toEqual(['zod']);
    expect(packagesOnPath('node_modules/@mui/material/Button/index.js')).toEqual(['@mui/material']);
    expect(packagesOnPath('/node_modules/conf/node_modules/env-paths/index.js')).toEqual(['conf', 'env-paths']);
    expect(packagesOnPath('/out/main/index.js')).toEqual([]);
    expect(
      modulesIn(['/node_modules/zod/package.json', '/node_modules/zod/index.js', '/node_modules/@scope/a/x.js', '/out/main/index.js']),
    ).toEqual(['@scope/a', 'zod']);
  });
});

describe('files that must not ship', () => {
  it('accepts the built app, package.json and anything inside node_modules', () => {
    for (const path of [
      '/out/main/index.js',
      '/out/main/chunks/workspace-abc.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/package.json',
      '/node_modules/zod/src/index.ts',
    ]) {
      expect(unwantedReason(path), path).toBeNull();
    }
  });

  it('flags sources, tests, maps, configs and the web host', () => {
    expect(unwantedReason('/main/core/workspace.ts')).toMatch(/outside out/);
    expect(unwantedReason('/renderer/src/App.tsx')).toMatch(/outside out/);
    expect(unwantedReason('/shared/ipc/contract.ts')).toMatch(/outside out/);
    expect(unwantedReason('/vitest.config.mts')).toMatch(/outside out/);
    expect(unwantedReason('/out/main/extra.ts')).toBe('TypeScript source');
    expect(unwantedReason('/out/main/index.js.map')).toBe('source map');
    expect(unwantedReason('/out/main/thing.test.js')).toBe('test file');
    expect(unwantedReason('/out/test/fixture.js')).toBe('test file');
    expect(unwantedReason('/out/main/host.js')).toMatch(/web host/);
  });

  it('groups by reason and collapses a refused folder to its name', () => {
    const found = findUnwantedFiles([
      '/out/main/index.js',
      '/main/core/a.ts',
      '/main/core/b.ts',
      '/renderer/src/App.tsx',
      '/out/main/index.js.map',
    ]);
    expect(found).toEqual([
      { reason: expect.stringMatching(/outside out/), paths: ['main', 'renderer'] },
      { reason: 'source map', paths: ['out/main/index.js.map'] },
    ]);
    expect(findUnwantedFiles(['/out/main/index.js', '/package.json'])).toEqual([]);
  });
});

describe('dependencies', () => {
  // A tiny node_modules: conf needs env-paths@3 (nested), which needs is-safe-filename;
  // the hoisted env-paths@2 does not. Node resolves the nested copy first.
  const tree: Record<string, string[]> = {
    'node_modules/electron-store': ['conf'],
    'node_modules/conf': ['env-paths', 'ajv'],
    'node_modules/conf/node_modules/env-paths': ['is-safe-filename'],
    'node_modules/env-paths': [],
    'node_modules/is-safe-filename': [],
    'node_modules/ajv': ['fast-uri'],
    'node_modules/fast-uri': [],
    'node_modules/zod': [],
  };
  const resolve = (name: string, from: string): ResolvedPackage | null => {
    for (let dir: string | null = from; dir !== null; dir = parentPackageDir(dir)) {
      const at = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
      const deps = tree[at];
      if (deps) return { dir: at, dependencies: deps };
    }
    return null;
  };

  it('finds the parent package folder', () => {
    expect(parentPackageDir('node_modules/conf/node_modules/env-paths')).toBe('node_modules/conf');
    expect(parentPackageDir('node_modules/@scope/a/node_modules/b')).toBe('node_modules/@scope/a');
    expect(parentPackageDir('node_modules/conf')).toBe('');
    expect(parentPackageDir('')).toBeNull();
  });

  it('walks the runtime closure the way Node resolves, nested copies first', () => {
    const closure = productionClosure(['electron-store', 'zod', 'not-installed'], resolve);
    expect([...closure].sort()).toEqual(['ajv', 'conf', 'electron-store', 'env-paths', 'fast-uri', 'is-safe-filename', 'zod']);
  });

  it('flags devDependencies, UI/test/build packages and anything outside the closure', () => {
    const production = new Set(['zod', 'conf', 'react-is-runtime-helper']);
    const found = findDevModules(['zod', 'conf', 'react', '@mui/material', 'vitest', 'typescript', 'electron', 'left-pad', '@types/node'], {
      production,
      devDependencies: ['react', 'vitest', 'typescript', 'electron', '@mui/material', '@types/node'],
    });
    expect(found.map((f) => f.name)).toEqual(['react', '@mui/material', 'vitest', 'typescript', 'electron', 'left-pad', '@types/node']);
    expect(found.find((f) => f.name === 'left-pad')?.reason).toMatch(/not reachable/);
    // A tool that sneaks in as a transitive runtime dependency is still refused.
    expect(findDevModules(['@mui/system'], { production: new Set(['@mui/system']), devDependencies: [] })).toEqual([
      { name: '@mui/system', reason: expect.stringMatching(/bundled/) },
    ]);
  });

  it('lists runtime dependencies missing from the archive', () => {
    expect(findMissingDependencies(['better-sqlite3', 'zod'], ['zod'])).toEqual(['better-sqlite3']);
  });
});

describe('require graph', () => {
  const bundle: Record<string, string> = {
    'out/main/index.js':
      'const e = require("electron"); const p = require("node:path"); const w = require("./chunks/workspace.js"); const u = () => Promise.resolve().then(() => require("./chunks/updater.js"));',
    'out/main/chunks/workspace.js': 'const db = require("better-sqlite3"); const z = require("zod/v4"); const fs = require("fs");',
    'out/main/chunks/updater.js': 'let u = require("electron-updater");',
    'out/preload/index.js': 'const { contextBridge } = require("electron");',
  };
  const read = (p: string) => bundle[p] ?? null;
  const exists = (p: string) => p in bundle;
  const builtins = ['fs', 'path'];

  it('reads require, import() and from specifiers', () => {
    expect(requiresOf('require("a"); import("./b.js"); import x from "c"; export * from \'d\';\nimport "e";').sort()).toEqual([
      './b.js',
      'a',
      'c',
      'd',
      'e',
    ]);
    expect(packageOf('@scope/pkg/sub/path')).toBe('@scope/pkg');
    expect(packageOf('zod/v4')).toBe('zod');
  });

  it('reads words that end in "from" in a bundled word list as text, not as an import', () => {
    const source =
      'const words = {\n\t"filters.closesFrom": "Closes from",\n\t"filters.closesBy": "Closes by"\n};\nconst z = require("zod");';
    expect(requiresOf(source)).toEqual(['zod']);
  });

  it('ignores JSDoc and comment lines that bundled libraries keep', () => {
    const source = "/**\n * @param {import('../types/index').Options} options\n */\n// require('nope')\nconst a = require('./real.js');";
    expect(requiresOf(source)).toEqual(['./real.js']);
  });

  it('passes when every relative file and package is there', () => {
    const graph = checkRequireGraph({
      entry: 'out/main/index.js',
      read,
      exists,
      shipped: ['better-sqlite3', 'zod', 'electron-updater'],
      builtins,
    });
    expect(graph).toEqual({
      visited: ['out/main/index.js', 'out/main/chunks/workspace.js', 'out/main/chunks/updater.js'],
      missingFiles: [],
      missingModules: [],
      packages: ['better-sqlite3', 'electron', 'electron-updater', 'fs', 'node:path', 'zod'],
    });
  });

  it('names dependencies the bundle never requires (bundled instead: they ship for nothing)', () => {
    expect(findUnusedDependencies(['better-sqlite3', 'electron-store', 'zod'], ['better-sqlite3', 'electron', 'zod'])).toEqual([
      'electron-store',
    ]);
  });

  it('catches a missing chunk and a package the bundle needs but the archive lacks', () => {
    const partial = (p: string) => p !== 'out/main/chunks/updater.js' && exists(p);
    const graph = checkRequireGraph({ entry: 'out/main/index.js', read, exists: partial, shipped: ['zod'], builtins });
    expect(graph.missingFiles).toEqual([{ from: 'out/main/index.js', spec: './chunks/updater.js' }]);
    expect(graph.missingModules).toEqual([{ from: 'out/main/chunks/workspace.js', spec: 'better-sqlite3', reason: expect.any(String) }]);
  });

  it('catches a missing entry (package.json main pointing nowhere)', () => {
    expect(checkRequireGraph({ entry: 'out/main/gone.js', read, exists, shipped: [], builtins }).missingFiles).toEqual([
      { from: 'out/main/gone.js', spec: 'out/main/gone.js' },
    ]);
  });

  it('lets a sandboxed preload require electron only', () => {
    expect(
      checkRequireGraph({ entry: 'out/preload/index.js', read, exists, shipped: [], builtins, sandboxed: true }).missingModules,
    ).toEqual([]);
    const bad: Record<string, string> = { 'out/preload/index.js': 'require("electron"); require("zod"); require("node:fs");' };
    const graph = checkRequireGraph({
      entry: 'out/preload/index.js',
      read: (p) => bad[p] ?? null,
      exists: (p) => p in bad,
      shipped: ['zod'],
      builtins,
      sandboxed: true,
    });
    expect(graph.missingModules.map((m) => m.spec)).toEqual(['zod', 'node:fs']);
  });
});

describe('renderer page', () => {
  it('lists the local files index.html loads, not external ones', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index-abc.js"></script><link rel="stylesheet" href="./assets/index.css?v=1"><a href="https://example.com">x</a><link rel="icon" href="data:,">';
    expect(htmlAssets(html)).toEqual(['./assets/index-abc.js', './assets/index.css']);
  });

  it('follows the chunks the entry imports and loads lazily, and names one that did not ship', () => {
    const files: Record<string, string> = {
      'out/renderer/assets/index-a.js': 'import{x}from"./shared-b.js";const m=["./Panel-c.js","./shared-b.js"];import("./Wizard-d.js")',
      'out/renderer/assets/shared-b.js': 'export const x=1',
      'out/renderer/assets/Panel-c.js': 'import{x}from"./shared-b.js"',
    };
    const result = rendererChunks(['out/renderer/assets/index-a.js'], (p) => files[p] ?? null);
    expect(result.chunks.sort()).toEqual([
      'out/renderer/assets/Panel-c.js',
      'out/renderer/assets/index-a.js',
      'out/renderer/assets/shared-b.js',
    ]);
    expect(result.missing).toEqual(['out/renderer/assets/Wizard-d.js']);
  });
});

describe('size budget', () => {
  it('suggests measured + 25%, rounded up to a MiB', () => {
    expect(suggestBudget(8.6 * MIB)).toBe(11 * MIB);
    expect(suggestBudget(8 * MIB)).toBe(10 * MIB);
  });

  it('passes at the budget and fails above it, saying by how much', () => {
    expect(checkBudget(11 * MIB, 11 * MIB)).toEqual({ ok: true, detail: '11.0 MiB of 11.0 MiB budget (100%)' });
    expect(checkBudget(13.2 * MIB, 11 * MIB)).toEqual({ ok: false, detail: '13.2 MiB of 11.0 MiB budget (120%)' });
  });
});

describe('report', () => {
  it('prints one PASS/FAIL line per check under a header', () => {
    const table = formatTable([
      { check: 'size budget', ok: true, detail: '8.6 MiB of 11.0 MiB' },
      { check: 'no dev dependencies', ok: false, detail: 'react (a devDependency)' },
    ]);
    expect(table.split('\n')).toEqual([
      expect.stringMatching(/^\s+check\s+detail$/),
      expect.stringMatching(/^PASS\s+size budget\s+8\.6 MiB/),
      expect.stringMatching(/^FAIL\s+no dev dependencies\s+react/),
    ]);
  });

  it('shortens long lists', () => {
    expect(summarize(['a', 'b'])).toBe('a, b');
    expect(summarize(['a', 'b', 'c', 'd', 'e', 'f'], 3)).toBe('a, b, c and 3 more');
  });
});

describe('fuses', () => {
  // What electron-builder.yml asks (test/packaging/builderConfig.test.ts pins the real file to it).
  const wanted = {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
    resetAdHocDarwinSignature: true,
  };
  // As @electron/fuses' getCurrentFuseWire returns a wire: one byte per position, '0' = 48, '1' = 49.
  const wireOf = (states: string): FuseWire => {
    const wire: FuseWire = { version: '1' };
    Array.from(states).forEach((c, i) => (wire[i] = c.charCodeAt(0)));
    return wire;
  };
  const hardened = '010011001';

  it('passes when every fuse is what electron-builder.yml asks, and lists them', () => {
    expect(checkFuses(wireOf(hardened), wanted)).toEqual({
      ok: true,
      detail: 'runAsNode off, cookieEncryption on, nodeOptions off, inspect off, asarIntegrity on, onlyAsar on, fileProtocolPrivileges off',
    });
  });

  it('fails a binary with runAsNode on', () => {
    expect(checkFuses(wireOf(`1${hardened.slice(1)}`), wanted)).toEqual({
      ok: false,
      detail: 'runAsNode is on, electron-builder.yml asks off',
    });
  });

  it('fails an unflipped Electron 45 (electronFuses ignored), naming every fuse that differs', () => {
    const result = checkFuses(wireOf(ELECTRON_45_FUSES), wanted);
    expect(result.ok).toBe(false);
    expect(result.detail.split('; ')).toHaveLength(7);
  });

  it('fails a fuse that is missing from the wire or removed', () => {
    expect(checkFuses(wireOf(hardened.slice(0, 7)), wanted)).toEqual({
      ok: false,
      detail: 'fileProtocolPrivileges is missing, electron-builder.yml asks off',
    });
    expect(checkFuses(wireOf(`r${hardened.slice(1)}`), wanted).detail).toBe('runAsNode is removed, electron-builder.yml asks off');
  });

  it('fails without electronFuses, with an unknown key or another wire version', () => {
    expect(checkFuses(wireOf(hardened), undefined)).toEqual({ ok: false, detail: 'electron-builder.yml has no electronFuses' });
    expect(checkFuses(wireOf(hardened), {}).ok).toBe(false);
    expect(checkFuses(wireOf(hardened), { ...wanted, runAsnode: false }).detail).toBe('unknown fuse "runAsnode"');
    expect(checkFuses({ ...wireOf(hardened), version: '2' }, wanted).detail).toBe('fuse wire version 2, expected 1');
  });

  it('builds the wire Electron carries: sentinel, version 1, length, one byte per fuse', () => {
    const bytes = fuseWireBytes();
    expect(bytes.subarray(0, FUSE_SENTINEL.length).toString('latin1')).toBe(FUSE_SENTINEL);
    expect([...bytes.subarray(FUSE_SENTINEL.length, FUSE_SENTINEL.length + 2)]).toEqual([1, 9]);
    expect(bytes.subarray(FUSE_SENTINEL.length + 2).toString('latin1')).toBe('101100011');
    expect(bytes.includes(0x0a)).toBe(false); // no newline: the stub keeps it on one comment line
  });

  // The copy electron-builder uses. It is not a dependency of this app, so it is resolved through electron-builder.
  const root = join(__dirname, '..', '..');
  const builder = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'));
  const fuses = createRequire(builder.resolve('app-builder-lib/package.json'))('@electron/fuses') as {
    FuseV1Options: Record<string, number>;
    getCurrentFuseWire(path: string): Promise<FuseWire>;
    flipFuses(path: string, config: Record<string, unknown>): Promise<number>;
  };

  it('knows the fuse positions @electron/fuses knows', () => {
    const positions = Object.fromEntries(Object.entries(fuses.FuseV1Options).filter(([name]) => Number.isNaN(Number(name))));
    expect(FUSES.map((f) => f.index)).toEqual(Object.values(positions));
    expect(FUSES.map((f) => f.key.replace(/^enable/, '').toLowerCase())).toEqual(
      Object.keys(positions).map((name) => name.replace(/^Enable/, '').toLowerCase()),
    );
  });

  it('reads a stub wire flipped by @electron/fuses the way it reads a real binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-fuses-'));
    try {
      const file = join(dir, 'electron');
      writeFileSync(file, Buffer.concat([Buffer.from('#!/bin/sh\nexit 1\n# '), fuseWireBytes(), Buffer.from('\n')]));
      expect(checkFuses(await fuses.getCurrentFuseWire(file), wanted).ok).toBe(false);
      // As electron-builder's generateFuseConfig does: position → value, for each fuse the yml sets.
      const flips = Object.fromEntries(FUSES.filter((f) => f.key in wanted).map((f) => [f.index, wanted[f.key as keyof typeof wanted]]));
      await fuses.flipFuses(file, { version: '1', ...flips });
      const wire = await fuses.getCurrentFuseWire(file);
      expect(checkFuses(wire, wanted).ok).toBe(true);
      expect(wire[8]).toBe('1'.charCodeAt(0)); // wasmTrapHandlers, unknown to @electron/fuses 1.8, left as shipped
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
