/** Same shape as main/core's Clock port, so a test can hand one clock to the app and to the fake. */
export type FakeClock = { now(): Date };

export const realClock: FakeClock = { now: () => new Date() };

export type ManualClock = FakeClock & { set(iso: string): void; advance(ms: number): void };

/** A clock that only moves when told: for tests that need the same data and timings on every run. */
export function manualClock(startIso: string): ManualClock {
  let ms = Date.parse(startIso);
  if (Number.isNaN(ms)) throw new Error(`manualClock: not a date: ${startIso}`);
  return {
    now: () => new Date(ms),
    set: (iso) => {
      ms = Date.parse(iso);
    },
    advance: (delta) => {
      ms += delta;
    },
  };
}

/**
 * The service's own time: the injected clock plus whatever `advance()` added, so advancing works the
 * same over a real or a manual clock.
 */
export type ServiceClock = {
  nowMs(): number;
  nowIso(): string;
  advance(ms: number): void;
  /**
   * The time to write as updatedDateTime: never earlier than the previous write. List paging walks
   * (updatedDateTime, write sequence), so keeping writes monotonic means a record changed while a
   * client pages moves behind the cursor instead of jumping over it.
   */
  stamp(desiredMs?: number): number;
};

export function serviceClock(base: FakeClock): ServiceClock {
  let offset = 0;
  let lastStamp = Number.NEGATIVE_INFINITY;
  const nowMs = () => base.now().getTime() + offset;
  return {
    nowMs,
    nowIso: () => new Date(nowMs()).toISOString(),
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`advance(ms) takes a non-negative number of ms, got ${ms}`);
      offset += ms;
    },
    stamp: (desiredMs = nowMs()) => {
      lastStamp = Math.max(lastStamp, desiredMs);
      return lastStamp;
    },
  };
}
