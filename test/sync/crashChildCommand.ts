import { createRequire } from 'node:module';
import { join } from 'node:path';

export type ChildCommand = { program: string; args: string[]; env: NodeJS.ProcessEnv };

const CHILD = join(__dirname, 'crashChild.ts');

/**
 * How to start the crash child fast: bundled once with esbuild (tsx's own compiler, always installed
 * with it) the child starts in about 0.2 s instead of 0.6 s through the tsx loader, which is what lets
 * hundreds of kill points fit in a minute. Falls back to the tsx loader when esbuild cannot be loaded.
 */
export async function childCommand(outDir: string): Promise<ChildCommand> {
  const env = { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') };
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const esbuild = require('esbuild') as { build(o: Record<string, unknown>): Promise<unknown> };
    const outfile = join(outDir, 'crashChild.cjs');
    await esbuild.build({
      entryPoints: [CHILD],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['better-sqlite3'],
      outfile,
      logLevel: 'error',
    });
    return { program: process.execPath, args: [outfile], env };
  } catch {
    return { program: process.execPath, args: ['--import', 'tsx', CHILD], env };
  }
}
