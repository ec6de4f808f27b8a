import type { ExchangeRateTable } from '../../shared/domain';
import type { Dispatch, Handlers, ManagedSettings } from '../../shared/ipc';
import type { ServiceConnection } from './connection/serviceConnection';
import type { ServiceOptions } from './connection/serviceSetting';
import type { EventBus } from './eventBus';
import type { ExportTarget } from './export/exportTarget';
import type { MainWords } from './i18n/mainWords';
import type { NotificationCenter } from './notifications/notificationCenter';
import type { Clock, Logger, Notifier, Timers } from './ports';
import type { SettingsPort } from './settings/settingsService';
import type { SyncEngine } from './sync/syncEngine';
import type { WorkspaceSyncOptions } from './sync/workspaceSync';

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
  /** Settings store (electron-store, a JSON file); default: in memory, the defaults. */
  settings?: SettingsPort;
  /**
   * Shows notifications (Electron: native; web host: an event for the page, built from the workspace's
   * bus). None: no notifications at all.
   */
  notifier?: Notifier | ((events: EventBus) => Notifier);
  /**
   * Timers for every scheduler of the workspace: local expiry, the expiry reminders and the clock watch,
   * and sync (unless its own options bring some). Tests pass fake ones; default: systemTimers (unref'd).
   */
  timers?: Timers;
  /** A clock that never jumps (ms), to notice wall-clock jumps; default: performance.now. Tests pair it with fake timers. */
  monotonic?: () => number;
  /** IANA time zone for quiet hours; default: the system's. */
  timeZone?: () => string;
  /**
   * The OS's preferred locales, read when the language setting is 'system' (Electron: app.getLocale() and the
   * preferred system languages); default: this process's Intl locale.
   */
  systemLocales?: () => readonly string[];
  /** Sync with the referrals service (SPEC F4); without it everything stays local and sync:now refuses. */
  sync?: WorkspaceSyncOptions;
  /**
   * The apps: sync with the service in the serviceUrl setting (or `urlOverride`), following changes to it
   * without a restart, with the seller's work-account sign-in. Ignored when `sync` is given.
   */
  service?: ServiceOptions;
  /** What IT preset (policy:get shows it read-only); default: nothing. */
  managed?: ManagedSettings;
  /** Where export:csv writes (a save dialog, a download, a test folder); default: export:csv refuses. */
  exportTarget?: ExportTarget;
  /** Exchange rates for values in US dollars (IT's exchange-rates.json, see rates/exchangeRates.ts); default: the shipped table. */
  exchangeRates?: ExchangeRateTable;
  /** How long the sign-in page may stay unanswered (tests); default 10 minutes. */
  signInTimeoutMs?: number;
};

/** The app's behaviour behind the one contract; both transports sit on this. */
export type Workspace = {
  handlers: Handlers;
  /** Parse + call + errors as values: what a transport calls for each request. */
  dispatch: Dispatch;
  events: EventBus;
  /** Applies local expiry now (also runs on a timer inside the workspace). */
  applyExpiry(): number;
  settings: SettingsPort;
  /** Main's own words (notifications, tray), in the language of the setting. */
  words: MainWords;
  /** Expiry and sync notifications; the sync engine calls notifications.notifySyncOutcome after a pass. */
  notifications: NotificationCenter;
  /** The sync engine when `sync` was given: conflicts, issues, notices, online/offline input. */
  sync?: SyncEngine | null;
  /** Power and network input for whichever engine is current (the engine changes with the service address). */
  connection?: ServiceConnection;
  close(): void;
};
