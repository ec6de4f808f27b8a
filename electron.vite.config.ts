import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // electron-store (and conf) are ES modules only: bundled into the CommonJS main bundle rather than require()d.
      externalizeDeps: { exclude: ['electron-store'] },
      rollupOptions: {
        // host.js is the web host: it never imports electron, so it runs under plain Node.
        input: { index: resolve(__dirname, 'main/electron/main.ts'), host: resolve(__dirname, 'main/host/cli.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/preload.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    // Minified: the renderer is ~2 MB of MUI + React unminified, and first paint parses all of it.
    build: {
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    plugins: [react()],
  },
});
