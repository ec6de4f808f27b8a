import type { Database } from 'better-sqlite3';
import type { EventBus } from '../eventBus';
import type { SyncOutcome } from '../notifications/syncNotificationPolicy';
import type { Clock, Logger, Timers } from '../ports';
import type { ReferralStore } from '../store/referralStore';
import { createReferralsClient, type FetchLike, type TokenProvider } from './referralsClient';
import { startOverOnNewService } from './serviceIdentity';
import type { RemoteApi } from './remoteApi';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from './syncEngine';

type Tuning = Partial<
  Pick<
    SyncEngineOptions,
    | 'intervalMs'
    | 'overlapMs'
    | 'kickDelayMs'
    | 'catalogEveryMs'
    | 'engagementsPerPass'
    | 'retry'
    | 'random'
    | 'sleep'
    | 'timers'
    | 'yieldNow'
    | 'online'
  >
>;

/**
 * How a workspace syncs: a service address and a token or token provider (the HTTP client is built here), or any RemoteApi
 * (tests, another transport). Without it the workspace stays offline and sync:now says so.
 */
export type WorkspaceSyncOptions = (
  { serviceUrl: string; token: string | TokenProvider; fetch?: FetchLike; timeoutMs?: number } | { api: RemoteApi }
) &
  Tuning & {
    /** Run a first pass and arm the timer at once (default true). */
    autoStart?: boolean;
  };

export type WorkspaceSyncDeps = {
  db: Database;
  store: ReferralStore;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  /** The workspace's timers; `timers` in the options (tests) wins. */
  timers: Timers;
  actor: string;
  /** Deals changed by sync (without asking sync to run again). */
  changed: (ids: string[]) => void;
  onOutcome?: (outcome: SyncOutcome) => void;
};

export function createWorkspaceSync(deps: WorkspaceSyncDeps, options: WorkspaceSyncOptions): SyncEngine {
  if ('serviceUrl' in options && startOverOnNewService(deps.db, options.serviceUrl)) {
    deps.logger.info('another referrals service than last time: the next sync reads everything', { url: options.serviceUrl });
  }
  const api =
    'api' in options
      ? options.api
      : createReferralsClient({
          serviceUrl: options.serviceUrl,
          token: options.token,
          fetch: options.fetch,
          timeoutMs: options.timeoutMs,
          now: () => deps.clock.now().getTime(),
        });
  const engine = createSyncEngine({ ...options, ...deps, timers: options.timers ?? deps.timers, api, onChanged: deps.changed });
  if (options.autoStart !== false) engine.start();
  return engine;
}
