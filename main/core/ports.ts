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

export type Paths = {
  /** Folder holding the SQLite database (and later settings and logs). */
  dataDir: string;
};
