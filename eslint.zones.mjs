// The dependency direction (docs/ARCHITECTURE.md): shared ← main/core ← main/electron; shared ← main/host; shared ← renderer.
// test/lint/zones.test.ts proves each zone fires on a file that breaks it.
const electron = { name: 'electron', message: 'Only main/electron may import electron.' };
// The Redux templates' rule: components use the hooks typed with the store's state and dispatch.
const rawReduxHooks = {
  name: 'react-redux',
  importNames: ['useSelector', 'useDispatch', 'useStore'],
  message: 'Use the typed hooks useAppSelector / useAppDispatch / useAppStore from renderer/src/app/hooks.',
};
const react = ['react', 'react-dom', 'react-dom/*', '@mui/*', '@reduxjs/*', 'react-redux'];
const node = ['node:*', 'fs', 'path', 'os', 'http', 'crypto', 'child_process', 'better-sqlite3'];

const zone = (files, patterns, paths = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths, patterns: patterns.map((p) => ({ group: [p.group].flat(), message: p.message })) }],
  },
});

export const importZones = [
  zone(
    ['shared/**/*.ts'],
    [
      { group: ['**/main/**', '**/renderer/**'], message: 'shared/ is plain TypeScript: it may not import main/ or renderer/.' },
      { group: react, message: 'shared/ may not import React or UI libraries.' },
      { group: node, message: 'shared/ may not import Node modules: it runs in the renderer too.' },
    ],
    [electron],
  ),
  zone(
    ['main/core/**/*.ts'],
    [
      {
        group: ['**/electron/**', '**/host/**', '**/renderer/**'],
        message: 'main/core may not import main/electron, main/host or renderer/: it runs under plain Node.',
      },
      { group: react, message: 'main/core may not import React or UI libraries.' },
    ],
    [electron],
  ),
  zone(
    ['main/host/**/*.ts'],
    [
      { group: ['**/electron/**', '**/renderer/**'], message: 'main/host may not import main/electron or renderer/.' },
      { group: react, message: 'main/host may not import React or UI libraries.' },
    ],
    [electron],
  ),
  zone(
    ['main/electron/**/*.ts'],
    [
      { group: ['**/host/**', '**/renderer/**'], message: 'main/electron may not import main/host or renderer/.' },
      { group: react, message: 'main/electron may not import React or UI libraries.' },
    ],
  ),
  zone(
    ['renderer/**/*.{ts,tsx}'],
    [
      { group: ['**/main/**'], message: 'renderer/ talks to main only through window.api: it may not import main/.' },
      { group: node, message: 'renderer/ may not import Node modules.' },
    ],
    [electron, rawReduxHooks],
  ),
];
