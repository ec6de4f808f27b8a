import { resolve } from 'node:path';
import type { DemoOptions } from '../core/workspaceTypes';

export type LaunchArgs = { dataDir?: string; demo?: DemoOptions; problems: string[] };

export const DEFAULT_DEMO_COUNT = 2000;

/**
 * The desktop app's own flags, read from process.argv (which also holds the executable, the app path
 * and Chromium's switches: anything else is ignored). Pure.
 *   --data-dir PATH   data folder (userData) instead of the OS's per-user one; also --data-dir=PATH
 *   --demo            fill an empty store with demo deals
 *   --demo-count N    how many demo deals (implies --demo)
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchArgs {
  const problems: string[] = [];
  let dataDir: string | undefined;
  let demo = false;
  let count = DEFAULT_DEMO_COUNT;
  const valueOf = (i: number, flag: string): [string | undefined, number] => {
    const arg = argv[i] ?? '';
    if (arg.startsWith(`${flag}=`)) return [arg.slice(flag.length + 1), i];
    const next = argv[i + 1];
    return next === undefined || next.startsWith('--') ? [undefined, i] : [next, i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--demo') demo = true;
    else if (arg === '--data-dir' || arg.startsWith('--data-dir=')) {
      const [value, at] = valueOf(i, '--data-dir');
      i = at;
      if (value && value.trim() !== '') dataDir = resolve(cwd, value);
      else problems.push('--data-dir needs a folder path.');
    } else if (arg === '--demo-count' || arg.startsWith('--demo-count=')) {
      const [value, at] = valueOf(i, '--demo-count');
      i = at;
      const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
      if (Number.isSafeInteger(n) && n >= 1 && n <= 1_000_000) {
        count = n;
        demo = true;
      } else problems.push(`--demo-count must be a whole number from 1 to 1000000 (got "${value ?? ''}").`);
    }
  }
  return { dataDir, demo: demo ? { count, seed: 1 } : undefined, problems };
}
