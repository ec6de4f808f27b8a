import { describe, expect, it } from 'vitest';
import { FakeIpcMain, FakeIpcRenderer } from './electron';

// The point of the fake is that it cannot silently drift from Electron's .d.ts; these lines must not compile.
describe('typed electron fake', () => {
  it('rejects calls Electron would reject, at compile time', () => {
    const ipcMain = new FakeIpcMain();
    // @ts-expect-error a channel is a string
    ipcMain.handle(42, () => null);
    const ipcRenderer = new FakeIpcRenderer();
    // @ts-expect-error the fake implements only what the app uses (no sendSync)
    expect(ipcRenderer.sendSync).toBeUndefined();
  });

  it('throws on a second handler for a channel, like Electron', () => {
    const ipcMain = new FakeIpcMain();
    ipcMain.handle('a', () => 1);
    expect(() => ipcMain.handle('a', () => 2)).toThrow(/second handler/);
  });
});
