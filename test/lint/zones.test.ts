import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Each case is a file in a zone importing what the zone forbids: the rule must fire, with our message.
// The files are virtual, so the TypeScript project cannot load them: type-aware linting is off here.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  // A file that does not parse has no rule messages at all: that must not pass for "allowed".
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filePath} was not linted: ${fatal.message}`);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: Array<[zone: string, file: string, code: string, message: RegExp]> = [
  [
    'shared → main',
    'shared/domain/x.ts',
    "import { openWorkspace } from '../../main/core/workspace';\nexport const x = openWorkspace;\n",
    /shared\/ is plain TypeScript/,
  ],
  [
    'shared → renderer',
    'shared/domain/x.ts',
    "import { App } from '../../renderer/src/App';\nexport const x = App;\n",
    /shared\/ is plain TypeScript/,
  ],
  ['shared → electron', 'shared/ipc/x.ts', "import { app } from 'electron';\nexport const x = app;\n", /Only main\/electron/],
  ['shared → react', 'shared/ipc/x.ts', "import { useState } from 'react';\nexport const x = useState;\n", /React/],
  ['shared → node', 'shared/ipc/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /Node modules/],
  ['core → electron', 'main/core/x.ts', "import { app } from 'electron';\nexport const x = app;\n", /Only main\/electron/],
  [
    'core → electron shell',
    'main/core/x.ts',
    "import { createMainWindow } from '../electron/window';\nexport const x = createMainWindow;\n",
    /plain Node/,
  ],
  [
    'core → host',
    'main/core/x.ts',
    "import { createHostServer } from '../host/server';\nexport const x = createHostServer;\n",
    /plain Node/,
  ],
  ['core → react', 'main/core/x.ts', "import { Button } from '@mui/material';\nexport const x = Button;\n", /React/],
  ['host → electron', 'main/host/x.ts', "import { app } from 'electron';\nexport const x = app;\n", /Only main\/electron/],
  [
    'host → electron shell',
    'main/host/x.ts',
    "import { registerIpc } from '../electron/ipc';\nexport const x = registerIpc;\n",
    /main\/host may not import/,
  ],
  [
    'electron → host',
    'main/electron/x.ts',
    "import { createHostServer } from '../host/server';\nexport const x = createHostServer;\n",
    /main\/electron may not import/,
  ],
  [
    'renderer → main',
    'renderer/src/x.ts',
    "import { openWorkspace } from '../../main/core/workspace';\nexport const x = openWorkspace;\n",
    /window\.api/,
  ],
  [
    'renderer → electron',
    'renderer/src/x.ts',
    "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    /Only main\/electron/,
  ],
  ['renderer → node', 'renderer/src/x.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", /Node modules/],
  [
    'renderer → raw react-redux hooks',
    'renderer/src/features/x.tsx',
    "import { useSelector } from 'react-redux';\nexport const x = useSelector;\n",
    /useAppSelector \/ useAppDispatch \/ useAppStore/,
  ],
];

describe('import-direction zones', () => {
  it.each(cases)('%s is refused', async (_zone, file, code, message) => {
    const messages = await restrictedImportMessages(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['core → shared', 'main/core/x.ts', "import { contract } from '../../shared/ipc';\nexport const x = contract;\n"],
    [
      'electron → core',
      'main/electron/x.ts',
      "import { app } from 'electron';\nimport { openWorkspace } from '../core/workspace';\nexport const x = [app, openWorkspace];\n",
    ],
    [
      'host → core',
      'main/host/x.ts',
      "import { createServer } from 'node:http';\nimport { openWorkspace } from '../core/workspace';\nexport const x = [createServer, openWorkspace];\n",
    ],
    ['renderer → shared', 'renderer/src/x.ts', "import { contract } from '../../shared/ipc';\nexport const x = contract;\n"],
    ['renderer → typed hooks', 'renderer/src/x.ts', "import { useAppSelector } from './app/hooks';\nexport const x = useAppSelector;\n"],
    ['renderer → react-redux Provider', 'renderer/src/x.tsx', "import { Provider } from 'react-redux';\nexport const x = Provider;\n"],
  ])('%s is allowed', async (_zone, file, code) => {
    expect(await restrictedImportMessages(file, code)).toEqual([]);
  });
});
