import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/logger';
import { FakeBrowserWindow } from '../../test/fakes/electron';
import { mainWindowSizing } from './window';
import { clampBounds, trackWindowState, type StateStore } from './windowState';

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('clampBounds', () => {
  it('restores a window that is on a display as it was', () => {
    expect(clampBounds({ x: 100, y: 80, width: 1200, height: 700, maximized: false }, [laptop], mainWindowSizing)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 700,
      maximized: false,
    });
    expect(clampBounds({ x: 1600, y: 100, width: 2000, height: 1200, maximized: true }, [laptop, rightMonitor], mainWindowSizing)).toEqual({
      x: 1600,
      y: 100,
      width: 2000,
      height: 1200,
      maximized: true,
    });
  });

  it('a window left on a monitor that is gone keeps its size and is centred (no position)', () => {
    expect(clampBounds({ x: 1600, y: 100, width: 1200, height: 700 }, [laptop], mainWindowSizing)).toEqual({
      width: 1200,
      height: 700,
      maximized: false,
    });
  });

  it('a window partly off-screen is moved in, and shrunk to the work area when larger', () => {
    expect(clampBounds({ x: 1000, y: 500, width: 1200, height: 700 }, [laptop], mainWindowSizing)).toEqual({
      x: 240,
      y: 160,
      width: 1200,
      height: 700,
      maximized: false,
    });
    expect(clampBounds({ x: -50, y: -20, width: 3000, height: 2000 }, [laptop], mainWindowSizing)).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 860,
      maximized: false,
    });
  });

  it('never goes below the minimum size, and anything unreadable gives the default size', () => {
    expect(clampBounds({ x: 10, y: 10, width: 200, height: 100 }, [laptop], mainWindowSizing)).toMatchObject({ width: 960, height: 600 });
    for (const bad of [undefined, null, 'x', { width: 'wide', height: 3 }, { x: 1, y: 2 }, { width: NaN, height: 700 }]) {
      expect(clampBounds(bad, [laptop], mainWindowSizing)).toMatchObject({ width: 1280, height: 820 });
    }
    expect(clampBounds({ x: Infinity, y: 10, width: 1000, height: 700 }, [laptop], mainWindowSizing)).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});

describe('trackWindowState', () => {
  it('saves the normal bounds after moves (debounced) and at once on close', () => {
    const win = new FakeBrowserWindow({ x: 10, y: 20, width: 1000, height: 700 });
    const saved: unknown[] = [];
    const store: StateStore = { get: () => undefined, set: (_key, value) => void saved.push(value) };
    const pending: Array<() => void> = [];
    const timers = { setTimeout: (fn: () => void) => (pending.push(fn), pending.length), clearTimeout: () => {} };
    trackWindowState(win, store, silentLogger, timers);
    win.normalBounds = { x: 30, y: 40, width: 1100, height: 720 };
    win.emit('move');
    win.emit('resize');
    expect(saved).toEqual([]);
    pending.at(-1)?.();
    expect(saved).toEqual([{ x: 30, y: 40, width: 1100, height: 720, maximized: false }]);
    win.maximized = true;
    win.close();
    expect(saved.at(-1)).toEqual({ x: 30, y: 40, width: 1100, height: 720, maximized: true });
  });
});
