import type { EventName, EventPayload } from '../../../shared/ipc';
import { transportOf } from './baseQuery';

/** What RTK Query hands an endpoint's onCacheEntryAdded, as far as following an event needs it. */
type CacheLifecycle<T> = {
  extra: unknown;
  cacheDataLoaded: Promise<unknown>;
  cacheEntryRemoved: Promise<void>;
  updateCachedData: (recipe: () => T) => unknown;
};

/**
 * An `onCacheEntryAdded` for a query whose whole value main pushes as `event` (the settings after any change,
 * from another window or the tray; the sync status after each step): while the cache entry is in use, each
 * payload replaces the cached value, so every component reading the query sees it at once.
 */
export function replacedByEvent<E extends EventName>(event: E) {
  return async (_arg: unknown, { extra, cacheDataLoaded, cacheEntryRemoved, updateCachedData }: CacheLifecycle<EventPayload<E>>) => {
    try {
      await cacheDataLoaded;
    } catch {
      // The entry went away before its first value arrived: there is nothing to keep current.
      return;
    }
    const off = transportOf(extra).on(event, (payload) => updateCachedData(() => payload));
    await cacheEntryRemoved;
    off();
  };
}
