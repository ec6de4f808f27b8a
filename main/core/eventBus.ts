import type { EventName, EventPayload } from '../../shared/ipc';

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

/** Events main → renderer; the transports subscribe and forward them. */
export type EventBus = {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
};

export function createEventBus(): EventBus {
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  return {
    emit(event, payload) {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const l = listener as (p: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
}
