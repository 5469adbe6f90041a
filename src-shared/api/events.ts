import type { EventName, FieldDeskEvents } from './contract';

/** A tiny typed event hub, used by the browser host and tests to implement `FieldDeskApi.on`. */
export function createEventHub() {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  return {
    on<E extends EventName>(event: E, listener: (payload: FieldDeskEvents[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    emit<E extends EventName>(event: E, payload: FieldDeskEvents[E]): void {
      for (const listener of listeners.get(event) ?? []) (listener as (p: FieldDeskEvents[E]) => void)(payload);
    },
  };
}
