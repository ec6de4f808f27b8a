/** The outside world, passed in by the caller (Electron shell, web host or a test). */

export type Clock = {
  /** Current time. Tests pass a fake clock; expiry and history use only this. */
  now(): Date;
};

export const systemClock: Clock = { now: () => new Date() };

export type Logger = {
  info(message: string, meta?: unknown): void;
  warn(message: string, meta?: unknown): void;
  error(message: string, meta?: unknown): void;
};

/**
 * The one way the core waits: every scheduler (local expiry, expiry reminders, the clock watch, sync,
 * updates, the sign-in page's time limit) takes a Timers, so a test drives time by hand. A handle is whatever setTimeout returned.
 */
export type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/**
 * Node's timers, unref'd: a pending wait never keeps a process (the web host's CLI, a test run, a quitting
 * app) alive on its own. The composition roots pass this; nothing else has a default of its own.
 */
export const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Calls `fn` every `ms` through `timers` (re-armed after each call) until the returned stop is called. */
export function every(timers: Timers, ms: number, fn: () => void): () => void {
  let handle: unknown = null;
  let stopped = false;
  const tick = () => {
    handle = null;
    if (stopped) return;
    handle = timers.setTimeout(tick, ms);
    fn();
  };
  handle = timers.setTimeout(tick, ms);
  return () => {
    stopped = true;
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
}

/**
 * What a notification is about; the click opens `referralId` (the first one, for a summary). `signIn` ("Sign in
 * again") is about the app itself: no deal, a click only brings the window up.
 */
export type NotificationKind = 'expiry' | 'expirySummary' | 'newInbound' | 'helpAnswer' | 'conflicts' | 'signIn';
export type AppNotification = { kind: NotificationKind; title: string; body: string; referralId: string | null };

/** Shows a notification: native in the desktop app, an event for the page in the web host. */
export type Notifier = { show(n: AppNotification): void };
