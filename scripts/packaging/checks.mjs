// Pure checks behind `npm run package:check` (scripts/package-check.mjs does the I/O).
// Tested in test/packaging/checks.test.ts, so the checker itself can fail. Types: checks.d.mts.
import { posix } from 'node:path';

/** What may sit at the top of app.asar: the build, runtime packages, package.json. */
export const ALLOWED_ROOTS = ['out', 'node_modules', 'package.json'];

/** Never at run time: bundled into out/ at build time, or tools. Matched as names or `scope/*`. */
export const DEV_ONLY = [
  'react',
  'react-dom',
  'react-redux',
  '@reduxjs/*',
  '@mui/*',
  '@emotion/*',
  '@tanstack/*',
  'vitest',
  '@vitest/*',
  'playwright',
  'playwright-core',
  '@playwright/*',
  'typescript',
  'electron',
  'electron-builder',
  'electron-vite',
  'vite',
  'rolldown',
  'esbuild',
  'eslint',
  'jsdom',
  '@types/*',
  '@testing-library/*',
];

/** Modules a sandboxed preload may require (Electron's sandbox gives it nothing else). */
export const SANDBOXED_PRELOAD_MODULES = ['electron', 'events', 'timers', 'url'];

/** "node_modules/@scope/name/lib/x.js" → "@scope/name"; every package on the path, at any depth. */
export function packagesOnPath(path) {
  const parts = path.split('/').filter(Boolean);
  const names = [];
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== 'node_modules') continue;
    const first = parts[i + 1];
    if (first.startsWith('@')) {
      if (parts[i + 2]) names.push(`${first}/${parts[i + 2]}`);
    } else {
      names.push(first);
    }
  }
  return names;
}

/** The packages that ship, from the archive's file list. */
export function modulesIn(paths) {
  const names = new Set();
  for (const path of paths) for (const name of packagesOnPath(path)) names.add(name);
  return [...names].sort();
}

/** Why an app file (outside node_modules) must not ship, or null when it may. */
export function unwantedReason(path) {
  const clean = path.replace(/^\/+/, '');
  if (clean === '' || clean.startsWith('node_modules/') || clean === 'node_modules') return null;
  const root = clean.split('/')[0];
  if (!ALLOWED_ROOTS.includes(root)) return 'outside out/, node_modules/ and package.json (sources, tests, configs)';
  if (/\.(ts|tsx|mts|cts)$/.test(clean) && !clean.endsWith('.d.ts')) return 'TypeScript source';
  if (clean.endsWith('.map')) return 'source map';
  if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(clean) || /(^|\/)(test|tests|__tests__|e2e)\//.test(clean)) return 'test file';
  if (clean === 'out/main/host.js') return 'the web host (plain Node), not part of the desktop app';
  return null;
}

/** Files that must not ship, grouped by reason. Paths under a refused top-level folder collapse to it. */
export function findUnwantedFiles(paths) {
  const found = new Map();
  for (const path of paths) {
    const reason = unwantedReason(path);
    if (!reason) continue;
    const clean = path.replace(/^\/+/, '');
    const shown = reason.startsWith('outside') ? clean.split('/')[0] : clean;
    const list = found.get(reason) ?? new Set();
    list.add(shown);
    found.set(reason, list);
  }
  return [...found].map(([reason, list]) => ({ reason, paths: [...list].sort() }));
}

/**
 * Names of the packages reachable from the root dependencies, resolved as Node does (a nested
 * node_modules copy first, then the parents'). `resolve(name, fromDir)` gives the package's folder
 * (relative to the project, '' is the project) and its dependencies and optional ones, or null when
 * it is not installed (an optional dependency for another platform).
 */
export function productionClosure(rootDependencies, resolve) {
  const names = new Set();
  const seen = new Set();
  const queue = rootDependencies.map((name) => ({ name, from: '' }));
  while (queue.length > 0) {
    const { name, from } = queue.shift();
    const found = resolve(name, from);
    if (!found || seen.has(found.dir)) continue;
    seen.add(found.dir);
    names.add(name);
    for (const dep of found.dependencies) queue.push({ name: dep, from: found.dir });
  }
  return names;
}

/** The folder holding `from`'s package: "node_modules/a/node_modules/@s/b" → "node_modules/a"; top → null. */
export function parentPackageDir(from) {
  if (from === '') return null;
  return from.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '');
}

function matchesName(name, pattern) {
  return pattern.endsWith('/*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/** Shipped packages that are dev-only: a devDependency, a known build/test/UI tool, or outside the runtime closure. */
export function findDevModules(shipped, { production, devDependencies, devOnly = DEV_ONLY }) {
  const found = [];
  for (const name of shipped) {
    if (devDependencies.includes(name)) found.push({ name, reason: 'a devDependency' });
    else if (devOnly.some((p) => matchesName(name, p)))
      found.push({ name, reason: 'a build, test or UI package (bundled into out/ instead)' });
    else if (!production.has(name)) found.push({ name, reason: 'not reachable from package.json "dependencies"' });
  }
  return found;
}

/** Runtime dependencies the bundle never requires (bundled into out/ instead, or unused): shipped for nothing. */
export function findUnusedDependencies(dependencies, required) {
  const used = new Set(required);
  return dependencies.filter((name) => !used.has(name));
}

/** Runtime dependencies missing from the archive. */
export function findMissingDependencies(dependencies, shipped) {
  const have = new Set(shipped);
  return dependencies.filter((name) => !have.has(name));
}

/**
 * The modules a bundle loads: require("x"), import("x"), import … from "x". Comment lines are skipped:
 * bundled libraries keep JSDoc like `@param {import('../types/index').Options}`.
 */
export function requiresOf(source) {
  const specs = new Set();
  const code = source
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\*|\/\/)/.test(line))
    .join('\n');
  const patterns = [
    /\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    // A module name has no white space: "Closes from",\n\t"…" in a bundled word list is text, not an import.
    /\bfrom\s*["']([^"'\s]+)["']/g,
    /^\s*import\s*["']([^"']+)["']/gm,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) specs.add(m[1]);
  return [...specs];
}

/** "@scope/pkg/sub" → "@scope/pkg"; "pkg/sub" → "pkg". */
export function packageOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Walks a bundle from `entry` (an archive path like "out/main/index.js"): every relative require must be
 * a file in the archive, every bare one a shipped package, a Node built-in or electron. With `sandboxed`
 * (the preload), only SANDBOXED_PRELOAD_MODULES may be required. `packages` lists every bare module
 * the bundle requires.
 */
export function checkRequireGraph({ entry, read, exists, shipped, builtins, sandboxed = false }) {
  const have = new Set(shipped);
  const visited = [];
  const missingFiles = [];
  const missingModules = [];
  const packages = new Set();
  const queue = [entry];
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = read(file);
    if (source === null) {
      missingFiles.push({ from: file, spec: file });
      continue;
    }
    visited.push(file);
    for (const spec of requiresOf(source)) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const base = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
        const target = [base, `${base}.js`, `${base}/index.js`].find((p) => exists(p));
        if (target) queue.push(target);
        else missingFiles.push({ from: file, spec });
        continue;
      }
      const name = spec.startsWith('node:') ? spec : packageOf(spec);
      packages.add(name);
      if (sandboxed) {
        if (!SANDBOXED_PRELOAD_MODULES.includes(name))
          missingModules.push({ from: file, spec, reason: 'a sandboxed preload can only require electron' });
        continue;
      }
      if (name === 'electron' || name.startsWith('node:') || builtins.includes(name)) continue;
      if (!have.has(name)) missingModules.push({ from: file, spec, reason: 'not shipped in app.asar' });
    }
  }
  return { visited, missingFiles, missingModules, packages: [...packages].sort() };
}

/** The local files an HTML page loads (script src, link href), relative to the page. */
export function htmlAssets(html) {
  const refs = [];
  for (const m of html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)) {
    const ref = m[1];
    if (/^([a-z]+:|\/\/|#|data:)/i.test(ref)) continue;
    refs.push(ref.split(/[?#]/)[0]);
  }
  return refs;
}

/**
 * The renderer's chunks: from the files index.html loads, every `./name.js` a chunk names (static imports,
 * dynamic imports, the preload map), followed to the end. `read(path)` gives a file's text or null when the
 * package lacks it. Returns every chunk path reached and those missing: a lazily loaded panel whose chunk did
 * not ship would only fail when first opened.
 */
export function rendererChunks(entries, read) {
  const seen = new Set();
  const missing = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const text = read(path);
    if (text === null) {
      missing.push(path);
      continue;
    }
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of text.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) queue.push(`${dir}${m[1]}`);
  }
  return { chunks: [...seen].filter((p) => !missing.includes(p)), missing };
}

const MIB = 1024 * 1024;

export function formatBytes(bytes) {
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

/** A budget about 25% over what was measured, rounded up to a whole MiB. */
export function suggestBudget(measuredBytes) {
  return Math.ceil((measuredBytes * 1.25) / MIB) * MIB;
}

export function checkBudget(measuredBytes, budgetBytes) {
  return {
    ok: measuredBytes <= budgetBytes,
    detail: `${formatBytes(measuredBytes)} of ${formatBytes(budgetBytes)} budget (${Math.round((measuredBytes / budgetBytes) * 100)}%)`,
  };
}

/**
 * electron-builder (26.17) REPLACES the top-level app patterns with a platform's own `files`, but MERGES
 * node_modules exclusions from both. So each platform list must be: the top-level patterns that do not
 * mention node_modules, plus that platform's better-sqlite3 prebuild filter. Returns what is out of step.
 */
export function platformFileListProblems(config) {
  const appPatterns = (config.files ?? []).filter((p) => typeof p === 'string' && !p.includes('node_modules'));
  const prebuild = { win: 'win32', mac: 'darwin', linux: 'linux' };
  const problems = [];
  for (const [key, platform] of Object.entries(prebuild)) {
    const list = config[key]?.files;
    if (!Array.isArray(list)) {
      problems.push(`${key}.files is missing`);
      continue;
    }
    const expected = [...appPatterns, `!node_modules/better-sqlite3/prebuilds/!(${platform}-\${arch}).node`];
    if (JSON.stringify(list) !== JSON.stringify(expected))
      problems.push(`${key}.files is not the top-level app patterns plus its prebuild filter`);
  }
  return problems;
}

/**
 * Electron's fuse wire, schema version 1: the electron-builder.yml `electronFuses` key of each fuse, a
 * short name for the table, and its position in the wire (the same as @electron/fuses' FuseV1Options).
 */
export const FUSES = [
  { key: 'runAsNode', label: 'runAsNode', index: 0 },
  { key: 'enableCookieEncryption', label: 'cookieEncryption', index: 1 },
  { key: 'enableNodeOptionsEnvironmentVariable', label: 'nodeOptions', index: 2 },
  { key: 'enableNodeCliInspectArguments', label: 'inspect', index: 3 },
  { key: 'enableEmbeddedAsarIntegrityValidation', label: 'asarIntegrity', index: 4 },
  { key: 'onlyLoadAppFromAsar', label: 'onlyAsar', index: 5 },
  { key: 'loadBrowserProcessSpecificV8Snapshot', label: 'browserV8Snapshot', index: 6 },
  { key: 'grantFileProtocolExtraPrivileges', label: 'fileProtocolPrivileges', index: 7 },
];

/** What marks the fuse wire inside an Electron binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron 45's fuses as it ships them, '1' on and '0' off. The ninth fuse (wasmTrapHandlers) is newer than
 * @electron/fuses 1.8, which leaves it alone.
 */
export const ELECTRON_45_FUSES = '101100011';

/** The fuse wire as Electron carries it: the sentinel, schema version 1, the number of fuses, one byte each. */
export function fuseWireBytes(states = ELECTRON_45_FUSES) {
  return Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, states.length]), Buffer.from(states, 'latin1')]);
}

const FUSE_STATES = { 48: 'off', 49: 'on', 114: 'removed' };
// Not a fuse: electron-builder passes it to @electron/fuses, which re-signs macOS apps with it.
const FUSE_OPTIONS = ['resetAdHocDarwinSignature'];

/**
 * Compares a fuse wire, as @electron/fuses' getCurrentFuseWire reads it ({ version: '1', 0: 48, 1: 49, … },
 * one byte per fuse: '0' off, '1' on, 'r' removed), with electron-builder.yml's `electronFuses`. Fails on a
 * fuse that differs, is missing or removed, and on a key electron-builder would not know.
 */
export function checkFuses(wire, wanted) {
  if (wanted === null || typeof wanted !== 'object') return { ok: false, detail: 'electron-builder.yml has no electronFuses' };
  const problems = [];
  const shown = [];
  if (wire.version !== '1') problems.push(`fuse wire version ${wire.version}, expected 1`);
  const known = new Set([...FUSES.map((f) => f.key), ...FUSE_OPTIONS]);
  for (const key of Object.keys(wanted)) if (!known.has(key)) problems.push(`unknown fuse "${key}"`);
  for (const fuse of FUSES) {
    const want = wanted[fuse.key];
    if (want === undefined) continue;
    if (typeof want !== 'boolean') {
      problems.push(`${fuse.key} must be true or false`);
      continue;
    }
    const state = FUSE_STATES[wire[fuse.index]] ?? (wire[fuse.index] === undefined ? 'missing' : `byte ${wire[fuse.index]}`);
    const expected = want ? 'on' : 'off';
    shown.push(`${fuse.label} ${state}`);
    if (state !== expected) problems.push(`${fuse.label} is ${state}, electron-builder.yml asks ${expected}`);
  }
  if (shown.length === 0 && problems.length === 0) problems.push('electronFuses sets no fuse');
  return { ok: problems.length === 0, detail: problems.length > 0 ? problems.join('; ') : shown.join(', ') };
}

/** The PASS/FAIL table. */
export function formatTable(rows) {
  const width = Math.max(5, ...rows.map((r) => r.check.length));
  const line = (status, check, detail) => `${status.padEnd(6)}${check.padEnd(width + 2)}${detail}`;
  return [line('', 'check', 'detail'), ...rows.map((r) => line(r.ok ? 'PASS' : 'FAIL', r.check, r.detail))].join('\n');
}

/** A short list for a table cell: the first few items and how many more. */
export function summarize(items, max = 4) {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
