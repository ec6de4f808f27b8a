import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from './launchArgs';

describe('launch arguments', () => {
  it('reads the flags the e2e fixture passes, among Electron and Chromium arguments', () => {
    expect(
      parseLaunchArgs(['/usr/bin/electron', '/repo', '--no-sandbox', '--data-dir', '/tmp/e2e', '--demo', '--demo-count', '400'], '/repo'),
    ).toEqual({
      dataDir: '/tmp/e2e',
      demo: { count: 400, seed: 1 },
      problems: [],
    });
  });

  it('accepts --flag=value, resolves a relative folder, and --demo-count implies --demo', () => {
    expect(parseLaunchArgs(['app', '--data-dir=data', '--demo-count=25'], '/home/ana')).toEqual({
      dataDir: '/home/ana/data',
      demo: { count: 25, seed: 1 },
      problems: [],
    });
  });

  it('--demo alone gives 2,000 deals; no flags give nothing', () => {
    expect(parseLaunchArgs(['app', '--demo'], '/').demo).toEqual({ count: 2000, seed: 1 });
    expect(parseLaunchArgs(['app'], '/')).toEqual({ dataDir: undefined, demo: undefined, problems: [] });
  });

  it('explains a flag without a usable value and ignores it', () => {
    const r = parseLaunchArgs(['app', '--data-dir', '--demo-count', 'many'], '/');
    expect(r.dataDir).toBeUndefined();
    expect(r.problems).toEqual(['--data-dir needs a folder path.', '--demo-count must be a whole number from 1 to 1000000 (got "many").']);
  });
});
