import type { BrowserWindow, Rectangle } from 'electron';
import { systemTimers, type Logger, type Timers } from '../core/ports';

export type WindowState = { x?: number; y?: number; width: number; height: number; maximized: boolean };
export type WindowSizing = { width: number; height: number; minWidth: number; minHeight: number };

/** How much of a saved window must land on a display for its position to be kept (else the OS centres it). */
const MIN_VISIBLE = { width: 200, height: 100 };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  };
}

/**
 * The bounds to open the window with, from what was saved last time and the displays there are now.
 * Pure. Anything unreadable gives the default size, centred. A window on a display that is gone (or
 * mostly off-screen) keeps its size but not its position; one on a display is moved and shrunk as
 * little as needed to fit that display's work area (the area without task bars and docks).
 */
export function clampBounds(saved: unknown, workAreas: readonly Rectangle[], sizing: WindowSizing): WindowState {
  const fallback: WindowState = { width: sizing.width, height: sizing.height, maximized: false };
  if (typeof saved !== 'object' || saved === null) return fallback;
  const s = saved as Partial<Record<keyof WindowState, unknown>>;
  const maximized = s.maximized === true;
  if (!isNumber(s.width) || !isNumber(s.height)) return { ...fallback, maximized };
  const largest = workAreas.reduce<Rectangle | null>((a, b) => (!a || b.width * b.height > a.width * a.height ? b : a), null);
  const limit = largest ?? { x: 0, y: 0, width: Number.MAX_SAFE_INTEGER, height: Number.MAX_SAFE_INTEGER };
  const width = Math.round(Math.min(Math.max(s.width, sizing.minWidth), Math.max(sizing.minWidth, limit.width)));
  const height = Math.round(Math.min(Math.max(s.height, sizing.minHeight), Math.max(sizing.minHeight, limit.height)));
  if (!isNumber(s.x) || !isNumber(s.y)) return { width, height, maximized };

  const rect = { x: s.x, y: s.y, width, height };
  let best: { area: Rectangle; visible: Rectangle } | null = null;
  for (const area of workAreas) {
    const visible = overlap(rect, area);
    if (!best || visible.width * visible.height > best.visible.width * best.visible.height) best = { area, visible };
  }
  const enough =
    best && best.visible.width >= Math.min(MIN_VISIBLE.width, width) && best.visible.height >= Math.min(MIN_VISIBLE.height, height);
  if (!best || !enough) return { width, height, maximized };
  const { area } = best;
  const w = Math.min(width, Math.max(sizing.minWidth, area.width));
  const h = Math.min(height, Math.max(sizing.minHeight, area.height));
  const x = Math.round(Math.min(Math.max(rect.x, area.x), area.x + area.width - w));
  const y = Math.round(Math.min(Math.max(rect.y, area.y), area.y + area.height - h));
  return { x, y, width: w, height: h, maximized };
}

/** Where the state is kept (an electron-store named window-state). */
export type StateStore = { get(key: string): unknown; set(key: string, value: unknown): void };

type Tracked = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isDestroyed'>;

/**
 * Saves the window's normal (un-maximized) bounds and whether it is maximized: after moves and resizes
 * (debounced), and at once when it closes. Returns a function that saves now.
 */
export function trackWindowState(
  win: Tracked,
  store: StateStore,
  logger: Logger,
  timers: Timers = systemTimers,
  debounceMs = 500,
): () => void {
  let pending: unknown = null;
  const save = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
    if (win.isDestroyed()) return;
    try {
      const state: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() || win.isFullScreen() };
      store.set('window', state);
    } catch (err) {
      logger.warn('the window position could not be saved', err);
    }
  };
  const later = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = timers.setTimeout(save, debounceMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
  return save;
}
