import type { MicrosoftResponse } from '../../shared/domain';

/** Things the service does by itself when its clock reaches `at`. */
export type ScheduledEvent =
  | { at: number; kind: 'expire'; id: string; expirationDateTime: string }
  | { at: number; kind: 'answer'; engagementId: string; outcome: Exclude<MicrosoftResponse, 'pending'> }
  | { at: number; kind: 'newInbound' };

export type Schedule = {
  add(e: ScheduledEvent): void;
  /** Removes and returns the earliest event due at `nowMs`, if any (earliest first; ties in insertion order). */
  popDue(nowMs: number): ScheduledEvent | undefined;
  list(): ScheduledEvent[];
};

export function createSchedule(): Schedule {
  // Kept sorted latest-first so popping the earliest is O(1); inserts binary-search their place.
  const events: ScheduledEvent[] = [];
  return {
    add(e) {
      let lo = 0;
      let hi = events.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (events[mid]!.at > e.at) lo = mid + 1;
        else hi = mid;
      }
      events.splice(lo, 0, e);
    },
    popDue(nowMs) {
      const last = events[events.length - 1];
      return last && last.at <= nowMs ? events.pop() : undefined;
    },
    list: () => [...events].reverse(),
  };
}
