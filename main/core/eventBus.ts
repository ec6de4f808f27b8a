import type { EventName, EventPayload } from '../../shared/ipc';

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

/** Events main → renderer; the transports subscribe and forward them. */
export type EventBus = {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
};

export type EventBusOptions = {
  /**
   * Events kept when nobody listens, and handed to the first listener that subscribes: a notification
   * raised at start-up, before the web page has connected its event stream, still reaches the page.
   */
  retain?: readonly EventName[];
  /** At most this many kept per event (the oldest go first). */
  retainMax?: number;
};

export function createEventBus(options: EventBusOptions = {}): EventBus {
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  const retain = new Set(options.retain ?? []);
  const retainMax = options.retainMax ?? 20;
  const retained = new Map<EventName, unknown[]>();
  return {
    emit(event, payload) {
      const set = listeners.get(event);
      if ((!set || set.size === 0) && retain.has(event)) {
        retained.set(event, [...(retained.get(event) ?? []), payload].slice(-retainMax));
        return;
      }
      for (const l of set ?? []) l(payload);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const l = listener as (p: unknown) => void;
      set.add(l);
      const kept = retained.get(event);
      if (kept) {
        retained.delete(event);
        for (const payload of kept) l(payload);
      }
      return () => set.delete(l);
    },
  };
}
