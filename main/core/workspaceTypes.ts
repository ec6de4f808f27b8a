import type { Dispatch, Handlers } from '../../shared/ipc';
import type { EventBus } from './eventBus';
import type { Clock, Logger } from './ports';

export type DemoOptions = { count: number; seed: number };

export type WorkspaceOptions = {
  /** Folder for the SQLite file (created if missing). */
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  /** Who is acting, recorded in history. */
  actor?: string;
  /** Fill an empty store with deterministic demo data. */
  demo?: DemoOptions;
  transport: 'electron' | 'web';
  version: string;
};

/** The app's behaviour behind the one contract; both transports sit on this. */
export type Workspace = {
  handlers: Handlers;
  /** Parse + call + errors as values: what a transport calls for each request. */
  dispatch: Dispatch;
  events: EventBus;
  /** Applies local expiry now (also runs on a timer inside the workspace). */
  applyExpiry(): number;
  close(): void;
};
