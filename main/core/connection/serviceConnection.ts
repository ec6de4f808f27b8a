import type { Logger } from '../ports';
import type { SyncEngine } from '../sync/syncEngine';
import type { WorkspaceSyncOptions } from '../sync/workspaceSync';
import type { SyncControl } from '../system/systemEvents';

/**
 * The sync engine for the service the app is pointed at now. Changing the address (Settings) stops the
 * engine on the old one (its pass in flight is aborted and awaited: two engines never write the store at
 * once) and starts one on the new one, without a restart. Power and network input reach whichever
 * engine is current, and a new engine starts in the network state last reported.
 */
export type ServiceConnection = SyncControl & {
  /** The engine now; null when no service is configured, or while switching. */
  current(): SyncEngine | null;
  /** Connects to `target`, or disconnects with null. Resolves once the new engine runs. */
  configure(target: WorkspaceSyncOptions | null): Promise<void>;
  close(): Promise<void>;
};

export type ServiceConnectionDeps = {
  build(options: WorkspaceSyncOptions): SyncEngine;
  /** After a switch (not the first connection): the status bar must hear that the service changed. */
  onSwitched(engine: SyncEngine | null): void;
  logger: Logger;
};

export function createServiceConnection(deps: ServiceConnectionDeps): ServiceConnection {
  let engine: SyncEngine | null = null;
  let online: boolean | null = null;
  let switching: Promise<void> | null = null;
  let closed = false;

  const start = (target: WorkspaceSyncOptions | null): void => {
    engine = null;
    if (closed || !target) return;
    try {
      engine = deps.build(online === null || target.online !== undefined ? target : { ...target, online });
    } catch (err) {
      deps.logger.error('sync could not start on the configured service', err);
    }
  };

  const connection: ServiceConnection = {
    current: () => engine,
    configure(target) {
      // Nothing to stop: connect at once, so an engine exists as soon as the workspace is open.
      if (!engine && !switching) {
        start(target);
        return Promise.resolve();
      }
      const step = (switching ?? Promise.resolve()).then(async () => {
        const old = engine;
        engine = null;
        await old?.close();
        start(target);
        if (!closed) deps.onSwitched(engine);
      });
      const tail = step.catch((err: unknown) => deps.logger.error('switching the referrals service failed', err));
      switching = tail;
      void tail.finally(() => {
        if (switching === tail) switching = null;
      });
      return step;
    },
    setOnline(next) {
      online = next;
      engine?.setOnline(next);
    },
    syncNow: () => engine?.syncNow() ?? Promise.resolve(null),
    async close() {
      // The engine learns it is closed before this returns (the caller closes the database next); a switch
      // in progress stops its old engine and starts no new one.
      closed = true;
      const last = engine;
      engine = null;
      await Promise.all([last?.close(), switching]);
    },
  };
  return connection;
}
