import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// better-sqlite3 13 needs N-API 10 (Node >= 22); on Node 20 its prebuilt addon segfaults.
if (Number(process.versions.node.split('.')[0]) < 22) {
  throw new Error(`Node ${process.version} is too old: run \`source .ci/node22.sh\` first (Node 22 from the npm registry)`);
}

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default in a run is one worker less than the cores: one worker on a 2-core machine (CI, this one).
    // Most test time is waiting (child processes, timers, jsdom), so two workers finish in far less time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // The sync and store tests run real SQLite files, child processes and loopback HTTP: 0.1-1 s idle, several
          // times that on a loaded 2-core machine (vitest's 5 s default failed there). A hang still fails, at 20 s.
          testTimeout: 20_000,
          include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        // Interaction-heavy component tests (the wizard) take seconds on a loaded 2-core machine.
        test: {
          name: 'dom',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['renderer/**/*.test.tsx', 'renderer/**/*.test.ts'],
          setupFiles: ['renderer/src/test/setup.ts'],
        },
      },
    ],
  },
});
