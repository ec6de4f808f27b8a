// npm run package:check — packages the app the way the installers do (electron-builder, asar, the
// real electron-builder.yml) and checks what ships, offline and without an Electron binary:
//   1. builds with electron-vite when out/ is missing or older than the sources (--no-build: never);
//   2. makes a stub Electron distribution in a temp folder (what `--linux dir` needs of it: an `electron`
//      executable carrying Electron 45's fuse wire, because electronFuses flips it, plus a `locales/`
//      folder because electronLanguages trims it);
//   3. runs `electron-builder --linux dir --config electron-builder.yml -c.electronDist=<stub>` (offline);
//   4. checks resources/app.asar, app.asar.unpacked and the executable's fuses, prints a PASS/FAIL table,
//      exits 1 on any FAIL.
// --keep leaves the temp folder (stub + packaged app) for a look. The pure checks: scripts/packaging/checks.mjs.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { newest } from './lib/newest.mjs';
import {
  checkBudget,
  checkFuses,
  checkRequireGraph,
  findDevModules,
  findMissingDependencies,
  findUnusedDependencies,
  findUnwantedFiles,
  formatBytes,
  formatTable,
  fuseWireBytes,
  htmlAssets,
  rendererChunks,
  modulesIn,
  packagesOnPath,
  parentPackageDir,
  platformFileListProblems,
  productionClosure,
  suggestBudget,
  summarize,
} from './packaging/checks.mjs';

/**
 * What the packaged app may weigh: app.asar + app.asar.unpacked (the app's own payload; Electron's own
 * ~250 MB runtime is not counted). Measured 8.6 MiB on 2026-11-24: renderer bundle 1.9 MiB, main 0.2 MiB,
 * better-sqlite3's prebuild 2.2 MiB, zod 2.2 MiB, the rest of the runtime packages ~2 MiB. Budget =
 * measured + 25%, rounded up to a MiB. Raise it on purpose, in a commit that says why.
 * 12 MiB since sign-in (MSAL), Insights, CSV export and i18n (i18next, csv-stringify bundled into out/main): 11.0 measured.
 */
const BUDGET_BYTES = 12 * 1024 * 1024;

const started = Date.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = new Set(process.argv.slice(2));
const say = (line) => process.stdout.write(`${line}\n`);
const rows = [];
const notes = [];
const row = (check, ok, detail) => rows.push({ check, ok: Boolean(ok), detail });

function buildIfNeeded() {
  const outputs = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'].map((f) => join(root, f));
  const missing = outputs.some((f) => !existsSync(f));
  if (args.has('--no-build'))
    return { ok: !missing, detail: missing ? 'out/ is incomplete and --no-build was given' : 'used the existing out/ (--no-build)' };
  const built = missing ? 0 : Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const inputs = Math.max(
    ...['main', 'shared', 'renderer'].map((d) => newest(join(root, d))),
    ...['electron.vite.config.ts', 'package.json'].map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0)),
  );
  if (!missing && built >= inputs) return { ok: true, detail: 'out/ is up to date' };
  const t = Date.now();
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    return { ok: false, detail: 'electron-vite build failed (output above)' };
  }
  return { ok: true, detail: `electron-vite build in ${((Date.now() - t) / 1000).toFixed(1)} s` };
}

/** The least electron-builder's linux `dir` target needs of an unpacked Electron (found by trying). */
function makeStubElectron(dir) {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  // The fuse wire goes on a comment line after `exit`, so the shell never reads it. Its bytes (0x01, 0x09,
  // ASCII '0'/'1') hold no newline. electron-builder flips it like a real binary's.
  const script = '#!/bin/sh\necho "stub Electron made by scripts/package-check.mjs: it cannot run the app" >&2\nexit 1\n# fuse wire: ';
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from(script), fuseWireBytes(), Buffer.from('\n')]));
  chmodSync(join(dir, 'electron'), 0o755);
  // de.pak proves electronLanguages trims what the app does not translate.
  for (const locale of ['en-US', 'ru', 'de']) writeFileSync(join(dir, 'locales', `${locale}.pak`), '');
}

function runElectronBuilder(stub, output, electronVersion) {
  const cli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  const argv = [
    cli,
    '--linux',
    'dir',
    '--publish',
    'never',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${stub}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${output}`,
  ];
  const t = Date.now();
  const result = spawnSync(process.execPath, argv, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  writeFileSync(join(output, '..', 'electron-builder.log'), log);
  if (result.status !== 0) process.stderr.write(`${log.split('\n').slice(-30).join('\n')}\n`);
  return { ok: result.status === 0, seconds: (Date.now() - t) / 1000 };
}

// The @electron/fuses copy electron-builder flips the fuses with (a dependency of app-builder-lib, not of
// this app: nothing to add to package.json).
function electronFuses() {
  const builder = createRequire(require.resolve('electron-builder/package.json'));
  return createRequire(builder.resolve('app-builder-lib/package.json'))('@electron/fuses');
}

async function checkExecutableFuses(executable, wanted) {
  try {
    const wire = await electronFuses().getCurrentFuseWire(executable);
    const fuses = checkFuses(wire, wanted);
    row('fuses', fuses.ok, fuses.ok ? `${fuses.detail} (linux-unpacked/co-sell-workspace)` : fuses.detail);
  } catch (err) {
    row('fuses', false, `cannot read the fuse wire: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function sizeOf(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function checkPackagedApp(appDir, pkg) {
  const asar = require('@electron/asar');
  const archive = join(appDir, 'resources', 'app.asar');
  const unpacked = `${archive}.unpacked`;
  row('executable', existsSync(join(appDir, 'co-sell-workspace')), 'linux-unpacked/co-sell-workspace (linux.executableName)');
  if (!existsSync(archive)) {
    row('app.asar', false, 'resources/app.asar is missing (asar: true?)');
    return;
  }
  const paths = asar.listPackage(archive, {}).map((p) => p.replace(/\\/g, '/').replace(/^\/+/, ''));
  const files = new Set(paths.filter((p) => !asar.statFile(archive, p).files));
  row('app.asar', true, `${files.size} files`);
  const entry = (p) => {
    try {
      return asar.statFile(archive, p);
    } catch {
      return null;
    }
  };
  const read = (p) => {
    if (!files.has(p)) return null;
    return entry(p)?.unpacked ? readFileSync(join(unpacked, p), 'utf8') : asar.extractFile(archive, p).toString('utf8');
  };
  const exists = (p) => files.has(p);

  const built = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];
  const missingBuilt = built.filter((p) => !exists(p));
  row('built app inside', missingBuilt.length === 0, missingBuilt.length ? `missing ${missingBuilt.join(', ')}` : built.join(', '));

  const shippedPkg = JSON.parse(read('package.json') ?? '{}');
  const main = (shippedPkg.main ?? 'index.js').replace(/^\.\//, '');
  row('package.json main', exists(main), `"${main}" ${exists(main) ? 'is in the archive' : 'is NOT in the archive'}`);

  const unwanted = findUnwantedFiles(paths);
  row(
    'no sources/tests/maps',
    unwanted.length === 0,
    unwanted.length ? unwanted.map((u) => `${u.reason}: ${summarize(u.paths, 3)}`).join('; ') : 'only out/, node_modules/, package.json',
  );

  const shipped = modulesIn(paths);
  // Node's resolution: the nearest node_modules copy from the requiring package outwards.
  const resolvePackage = (name, from) => {
    for (let dir = from; dir !== null; dir = parentPackageDir(dir)) {
      const at = join(dir, 'node_modules', name);
      try {
        const p = JSON.parse(readFileSync(join(root, at, 'package.json'), 'utf8'));
        return { dir: at, dependencies: [...Object.keys(p.dependencies ?? {}), ...Object.keys(p.optionalDependencies ?? {})] };
      } catch {
        // not here: look one level up
      }
    }
    return null;
  };
  const production = productionClosure(Object.keys(pkg.dependencies ?? {}), resolvePackage);
  const dev = findDevModules(shipped, { production, devDependencies: Object.keys(pkg.devDependencies ?? {}) });
  row(
    'no dev dependencies',
    dev.length === 0,
    dev.length ? summarize(dev.map((d) => `${d.name} (${d.reason})`)) : `${shipped.length} runtime packages, none dev-only`,
  );
  const missingDeps = findMissingDependencies(Object.keys(pkg.dependencies ?? {}), shipped);
  row(
    'runtime dependencies in',
    missingDeps.length === 0,
    missingDeps.length ? `missing ${missingDeps.join(', ')}` : Object.keys(pkg.dependencies ?? {}).join(', '),
  );

  const graph = checkRequireGraph({ entry: main, read, exists, shipped, builtins: builtinModules });
  const broken = [...graph.missingFiles, ...graph.missingModules].map((m) => `${m.spec} from ${m.from}`);
  row(
    'main loads what ships',
    broken.length === 0,
    broken.length ? summarize(broken) : `${graph.visited.length} files from ${main}: every require resolves`,
  );
  const dependencies = Object.keys(pkg.dependencies ?? {});
  for (const name of findUnusedDependencies(dependencies, graph.packages)) {
    // What ships only because of it: its closure minus what the other dependencies need.
    const others = productionClosure(
      dependencies.filter((d) => d !== name),
      resolvePackage,
    );
    const only = new Set([...production].filter((p) => !others.has(p)));
    // Packages of its tree that the bundle itself requires stay either way (as direct dependencies).
    const required = new Set(graph.packages);
    const needed = [...only].filter((p) => required.has(p));
    const dropped = new Set([...only].filter((p) => !required.has(p)));
    const bytes = [...files]
      .filter((p) => packagesOnPath(p).some((n) => dropped.has(n)))
      .reduce((sum, p) => sum + (entry(p)?.size ?? 0), 0);
    const keep = needed.length ? `, once ${needed.join(', ')} (which the bundle requires) are direct dependencies,` : '';
    notes.push(
      `"${name}" is bundled into out/main (never required at run time)${keep} moving it to devDependencies would save ${dropped.size} packages, ${formatBytes(bytes)}`,
    );
  }
  const preload = checkRequireGraph({ entry: 'out/preload/index.js', read, exists, shipped, builtins: builtinModules, sandboxed: true });
  const badPreload = [...preload.missingFiles, ...preload.missingModules].map((m) => m.spec);
  row(
    'preload is sandbox-safe',
    badPreload.length === 0,
    badPreload.length ? `requires ${badPreload.join(', ')}` : 'requires only electron',
  );

  const html = read('out/renderer/index.html') ?? '';
  const assets = htmlAssets(html).map((ref) => join('out/renderer', ref).replace(/\\/g, '/'));
  const missingAssets = assets.filter((p) => !exists(p));
  row(
    'renderer assets',
    html !== '' && missingAssets.length === 0,
    missingAssets.length ? `missing ${missingAssets.join(', ')}` : `${assets.length} files index.html loads`,
  );
  // Panels load on first open (React.lazy): every chunk the entry can reach must ship too.
  const chunks = rendererChunks(
    assets.filter((p) => p.endsWith('.js')),
    read,
  );
  row(
    'renderer chunks',
    chunks.missing.length === 0 && chunks.chunks.length > 0,
    chunks.missing.length
      ? `missing ${chunks.missing.join(', ')}`
      : `${chunks.chunks.length} chunks reachable from index.html, all shipped`,
  );

  const prebuild = `node_modules/better-sqlite3/prebuilds/linux-${process.arch}.node`;
  const natives = paths.filter((p) => p.endsWith('.node'));
  const onDisk = join(unpacked, prebuild);
  const elf =
    existsSync(onDisk) &&
    readFileSync(onDisk)
      .subarray(0, 4)
      .equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  const nativeOk = elf && entry(prebuild)?.unpacked === true && natives.length === 1;
  row(
    'better-sqlite3 native',
    nativeOk,
    nativeOk
      ? `${prebuild} in app.asar.unpacked (ELF), the only .node file`
      : `expected only ${prebuild}, unpacked; found ${summarize(natives) || 'none'}${elf ? '' : ' (not an ELF file on disk)'}`,
  );

  const locales = existsSync(join(appDir, 'locales')) ? readdirSync(join(appDir, 'locales')).sort() : [];
  row('locales trimmed', locales.join(',') === 'en-US.pak,ru.pak', locales.join(', ') || 'no locales folder');

  const measured = sizeOf(archive) + sizeOf(unpacked);
  const budget = checkBudget(measured, BUDGET_BYTES);
  row('size budget', budget.ok, `${budget.detail}; app.asar ${formatBytes(sizeOf(archive))} + unpacked ${formatBytes(sizeOf(unpacked))}`);
  return { measured };
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'cosell-package-check-'));
try {
  const yaml = require('js-yaml');
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  const configProblems = platformFileListProblems(config);
  row(
    'platform file lists',
    configProblems.length === 0,
    configProblems.length ? configProblems.join('; ') : 'win, mac, linux = top-level app patterns + own prebuild filter',
  );

  const build = buildIfNeeded();
  row('build', build.ok, build.detail);
  let measured = null;
  if (build.ok) {
    const stub = join(work, 'electron-dist');
    const output = join(work, 'dist');
    mkdirSync(output);
    makeStubElectron(stub);
    let electronVersion = '45.4.1';
    try {
      electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
    } catch {
      // the pinned version above
    }
    const packaged = runElectronBuilder(stub, output, electronVersion);
    row(
      'electron-builder --linux dir',
      packaged.ok,
      packaged.ok
        ? `offline, stub Electron ${electronVersion}, ${packaged.seconds.toFixed(1)} s`
        : `failed (last lines above; full log ${join(work, 'electron-builder.log')})`,
    );
    if (packaged.ok) {
      measured = checkPackagedApp(join(output, 'linux-unpacked'), pkg)?.measured ?? null;
      await checkExecutableFuses(join(output, 'linux-unpacked', 'co-sell-workspace'), config.electronFuses);
    }
  }

  say('');
  say(formatTable(rows));
  say('');
  for (const note of notes) say(`note: ${note}`);
  if (measured !== null)
    say(
      `size: ${formatBytes(measured)} measured, budget ${formatBytes(BUDGET_BYTES)} (measured + 25% would be ${formatBytes(suggestBudget(measured))})`,
    );
  const failed = rows.filter((r) => !r.ok).length;
  say(
    `${failed === 0 ? 'PASS' : 'FAIL'}: ${rows.length - failed} of ${rows.length} checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  if (args.has('--keep')) say(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
