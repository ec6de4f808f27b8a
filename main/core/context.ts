import type { Database } from 'better-sqlite3';
import type { EventBus } from './eventBus';
import type { Clock, Logger } from './ports';
import type { ReferralStore } from './store/referralStore';

/** What every handler group needs: the store, the clock and a way to say which deals changed. */
export type CoreContext = {
  db: Database;
  store: ReferralStore;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  /** Who is acting, recorded in history. */
  actor: string;
  /** Called after a committed change: tells the renderer and re-arms the expiry timer. */
  changed(ids: string[]): void;
};

export const nowIso = (ctx: Pick<CoreContext, 'clock'>): string => ctx.clock.now().toISOString();
