/**
 * Auto-update policy (SPEC F6): where updates come from, when to check, what each updater event means
 * and what to ask the seller. Pure functions only; the controller runs them, the Electron adapter
 * (main/electron/update) wraps electron-updater behind the `Updater` port below.
 */
import { HOUR_MS } from '../../../shared/domain';
import type { Settings } from '../../../shared/settings';
import { httpsAddress, type UpdateFeedPreset } from '../policy/itPolicy';

/** IT sets this (machine-wide or per user), or "updateUrl" in the policy file, to point every install at its server. */
export { UPDATE_URL_ENV } from '../policy/itPolicy';
/** The first check waits a little, so start-up (window, database, first sync) comes first. */
export const FIRST_CHECK_DELAY_MS = 15_000;
/** How often the controller wakes to ask "is a check due?": short, so sleep and clock jumps are caught. */
export const TICK_MS = 10 * 60 * 1000;
/** A check every few hours; a laptop that slept past that checks at the next tick. */
export const CHECK_INTERVAL_MS = 4 * HOUR_MS;
/** After a failed check (offline, server down) try again sooner than the normal interval. */
export const RETRY_AFTER_ERROR_MS = 30 * 60 * 1000;

/** The seller's part: the channel. The feed itself is IT's (see main/core/policy/itPolicy.ts). */
export type UpdateSettings = Pick<Settings, 'updateChannel'>;

/** What the Electron adapter hands to electron-updater. `channel` names the feed file (latest.yml, beta.yml). */
export type UpdaterConfig = {
  feedUrl: string;
  channel: 'latest' | 'beta';
  allowPrerelease: boolean;
  /** Always false: an older app cannot open a database a newer one migrated (the store refuses it). */
  allowDowngrade: false;
};

/** The port: what the controller needs from an updater. Download starts by itself after a check finds one. */
export type Updater = {
  configure(config: UpdaterConfig): void;
  check(): Promise<void>;
  /** Quits the app, installs the downloaded update and starts the new version. */
  installAndRestart(): void;
  onEvent(listener: (event: UpdaterEvent) => void): void;
};

export type UpdaterEvent =
  | { type: 'checking' }
  | { type: 'available'; version: string }
  | { type: 'not-available'; version: string }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'error'; message: string };

/** Why updates are off, as a key the window words (account namespace, updatesOff.*). */
export type UpdatesOffWhy = 'notPackaged' | 'noServer' | 'notHttps';

export type UpdatePlan =
  { kind: 'off'; reason: string; why: UpdatesOffWhy } | { kind: 'on'; source: UpdateFeedPreset['source']; config: UpdaterConfig };

/**
 * Whether and where to look for updates: the feed IT preset (policy file, else COSELL_UPDATE_URL), https only,
 * because the app installs what the feed offers. The page cannot set it.
 */
export function planUpdates(input: { packaged: boolean; feed: UpdateFeedPreset | null; settings: UpdateSettings }): UpdatePlan {
  if (!input.packaged)
    return { kind: 'off', why: 'notPackaged', reason: 'updates are checked only in the installed app (this one is not packaged)' };
  if (!input.feed)
    return {
      kind: 'off',
      why: 'noServer',
      reason: 'no update server is preset (policy file "updateUrl" or COSELL_UPDATE_URL); updates are off',
    };
  const url = httpsAddress(input.feed.url);
  if (!url)
    return { kind: 'off', why: 'notHttps', reason: `the update server must be an https:// address (${input.feed.url}); updates are off` };
  const beta = input.settings.updateChannel === 'beta';
  const config: UpdaterConfig = { feedUrl: url.href, channel: beta ? 'beta' : 'latest', allowPrerelease: beta, allowDowngrade: false };
  return { kind: 'on', source: input.feed.source, config };
}

export type UpdatePhase = 'idle' | 'checking' | 'downloading' | 'downloaded' | 'error';

export type UpdateState = {
  phase: UpdatePhase;
  /** The version being downloaded or ready to install. */
  version: string | null;
  percent: number;
  /** When the last check finished (or failed), epoch ms; null before the first. */
  lastCheckAt: number | null;
  lastCheckFailed: boolean;
  /** The version the seller was already asked about: ask once per version, never nag. */
  promptedVersion: string | null;
};

export const initialUpdateState: UpdateState = {
  phase: 'idle',
  version: null,
  percent: 0,
  lastCheckAt: null,
  lastCheckFailed: false,
  promptedVersion: null,
};

/**
 * Whether a check is due now. A check in flight or a download under way is never interrupted; a changed
 * feed or channel (the seller switched to beta) is checked at once instead of hours later.
 */
export function isCheckDue(state: UpdateState, nowMs: number, configChanged = false): boolean {
  if (state.phase === 'checking' || state.phase === 'downloading') return false;
  if (configChanged || state.lastCheckAt === null) return true;
  const wait = state.lastCheckFailed ? RETRY_AFTER_ERROR_MS : CHECK_INTERVAL_MS;
  // A clock set backwards (negative elapsed time) counts as due rather than waiting for hours.
  const elapsed = nowMs - state.lastCheckAt;
  return elapsed < 0 || elapsed >= wait;
}

/** After the updater's check returns: a check that reported nothing (no event) still counts as done. */
export function settleCheck(state: UpdateState, nowMs: number): UpdateState {
  return state.phase === 'checking' ? { ...state, phase: 'idle', lastCheckAt: nowMs, lastCheckFailed: false } : state;
}

export type RestartPrompt = {
  title: string;
  message: string;
  detail: string;
  buttons: [restart: string, later: string];
};

export type UpdateEffect =
  | { type: 'log'; level: 'info' | 'warn'; message: string; meta?: Record<string, unknown> }
  | { type: 'ask-restart'; version: string; prompt: RestartPrompt };

/** What the app shows when an update is ready. The first button restarts, the second waits. */
export function restartPrompt(version: string): RestartPrompt {
  return {
    title: 'Update ready',
    message: `Co-sell Workspace ${version} is ready to install.`,
    detail:
      'Restart now to finish the update; what you have saved stays as it is. If you choose Later, the update installs the next time you quit the app.',
    buttons: ['Restart now', 'Later'],
  };
}

/** The next state and what to do for one updater event. */
export function reduceUpdateEvent(state: UpdateState, event: UpdaterEvent, nowMs: number): { state: UpdateState; effects: UpdateEffect[] } {
  switch (event.type) {
    case 'checking':
      return { state: { ...state, phase: 'checking' }, effects: [] };
    case 'not-available': {
      // A download finished earlier still waits for a restart; a finished check does not undo it.
      const phase = state.phase === 'downloaded' ? 'downloaded' : 'idle';
      return { state: { ...state, phase, lastCheckAt: nowMs, lastCheckFailed: false }, effects: [] };
    }
    case 'available':
      return {
        state: { ...state, phase: 'downloading', version: event.version, percent: 0, lastCheckAt: nowMs, lastCheckFailed: false },
        effects: [
          {
            type: 'log',
            level: 'info',
            message: 'an update is available; downloading it in the background',
            meta: { version: event.version },
          },
        ],
      };
    case 'progress':
      return { state: { ...state, phase: 'downloading', percent: clampPercent(event.percent) }, effects: [] };
    case 'downloaded': {
      const next: UpdateState = { ...state, phase: 'downloaded', version: event.version, percent: 100, promptedVersion: event.version };
      const log: UpdateEffect = { type: 'log', level: 'info', message: 'the update is downloaded', meta: { version: event.version } };
      if (state.promptedVersion === event.version) return { state: next, effects: [log] };
      return { state: next, effects: [log, { type: 'ask-restart', version: event.version, prompt: restartPrompt(event.version) }] };
    }
    case 'error': {
      // Offline is normal for this app: a failed check is a warning, retried after RETRY_AFTER_ERROR_MS.
      const phase = state.phase === 'downloaded' ? 'downloaded' : 'error';
      return {
        state: { ...state, phase, lastCheckAt: nowMs, lastCheckFailed: true },
        effects: [
          {
            type: 'log',
            level: 'warn',
            message: 'the update check or download failed; will try again later',
            meta: { error: event.message },
          },
        ],
      };
    }
  }
}

function clampPercent(percent: number): number {
  return Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
}

/** What the seller's answer to the restart prompt leads to. */
export function answerEffect(answer: 'restart' | 'later', version: string): UpdateEffect {
  return answer === 'restart'
    ? { type: 'log', level: 'info', message: 'restarting to install the update', meta: { version } }
    : { type: 'log', level: 'info', message: 'the update will install when the app quits', meta: { version } };
}
