import type { Referral } from '../../shared/domain';
import type { ServiceClock } from './clock';
import type { Rng } from './prng';

/** Whose record it is: the partner (us) sees only its own; Microsoft's referrals share our engagements. */
export type Owner = 'partner' | 'microsoft';
/** `extra`: members of Microsoft's resource the domain does not model, kept as a client or an example sent them (wireShape.ts). */
export type Entry = { referral: Referral; owner: Owner; seq: number; updatedMs: number; extra?: Record<string, unknown> };

/** The service keeps when a referral was accepted and when it was closed (what Insights' response time reads). */
function statusTimes(before: Referral | undefined, after: Referral, at: string): Pick<Referral, 'acceptedDateTime' | 'closedDateTime'> {
  if (!before || before.status === after.status) return {};
  if (after.status === 'Active' && before.status === 'New') return { acceptedDateTime: at };
  if (after.status === 'Closed') return { closedDateTime: at };
  return {};
}

/** Sort key of list paging: (updatedDateTime, write sequence). The sequence breaks ties between writes in one ms. */
export type Key = readonly [updatedMs: number, seq: number];
export const compareKey = (a: Key, b: Key) => a[0] - b[0] || a[1] - b[1];
export const keyOf = (e: Entry): Key => [e.updatedMs, e.seq];

export type ReferralStore = {
  get(id: string, owner?: Owner): Entry | undefined;
  /** Partner-visible entries in (updatedDateTime, seq) order. Read-only view: do not mutate. */
  ordered(): readonly Entry[];
  /** Index of the first partner entry whose key is greater than (or, inclusive, equal to) `key`. */
  lowerBound(key: Key, inclusive: boolean): number;
  all(owner: Owner): Entry[];
  byEngagement(engagementId: string): Entry[];
  /** Stores a write: new eTag, updatedDateTime = service clock (stamped), next sequence number. */
  write(referral: Referral, owner: Owner, atMs?: number, extra?: Record<string, unknown>): Referral;
  /** Stores a record as is (initial data): keeps its updatedDateTime; call finishLoad() after. */
  load(referral: Referral, owner: Owner, extra?: Record<string, unknown>): void;
  finishLoad(): void;
  size(): number;
};

export function createStore(clock: ServiceClock, ids: Rng): ReferralStore {
  const byId = new Map<string, Entry>();
  const engagements = new Map<string, Set<string>>();
  let ordered: Entry[] = [];
  let seq = 0;

  const lowerBound = (key: Key, inclusive: boolean) => {
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareKey(keyOf(ordered[mid]!), key);
      if (c < 0 || (c === 0 && !inclusive)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const index = (e: Entry) => {
    byId.set(e.referral.id, e);
    const set = engagements.get(e.referral.engagementId) ?? new Set<string>();
    set.add(e.referral.id);
    engagements.set(e.referral.engagementId, set);
  };

  return {
    get: (id, owner = 'partner') => {
      const e = byId.get(id);
      return e && e.owner === owner ? e : undefined;
    },
    ordered: () => ordered,
    lowerBound,
    all: (owner) => [...byId.values()].filter((e) => e.owner === owner),
    byEngagement: (engagementId) => [...(engagements.get(engagementId) ?? [])].map((id) => byId.get(id)!),
    write: (referral, owner, atMs, extra) => {
      const previous = byId.get(referral.id);
      if (previous && previous.owner !== owner) throw new Error(`id ${referral.id} belongs to ${previous.owner}`);
      const updatedMs = clock.stamp(atMs);
      const updatedDateTime = new Date(updatedMs).toISOString();
      const stored: Referral = {
        ...referral,
        ...statusTimes(previous?.referral, referral, updatedDateTime),
        updatedDateTime,
        eTag: `"${ids.hex(16)}"`,
      };
      const entry: Entry = { referral: stored, owner, seq: ++seq, updatedMs, extra: extra ?? previous?.extra };
      if (previous && owner === 'partner') ordered.splice(lowerBound(keyOf(previous), true), 1);
      index(entry);
      // Writes are stamped monotonically, so the new key is the largest: append (binary insert if a clock misbehaves).
      if (owner === 'partner') ordered.splice(lowerBound(keyOf(entry), false), 0, entry);
      return stored;
    },
    load: (referral, owner, extra) => {
      const updatedMs = Date.parse(referral.updatedDateTime);
      const stored: Referral = { ...referral, updatedDateTime: new Date(updatedMs).toISOString(), eTag: `"${ids.hex(16)}"` };
      index({ referral: stored, owner, seq: 0, updatedMs, extra });
    },
    finishLoad: () => {
      const all = [...byId.values()]
        .filter((e) => e.seq === 0)
        .sort((a, b) => a.updatedMs - b.updatedMs || (a.referral.id < b.referral.id ? -1 : 1));
      for (const e of all) {
        e.seq = ++seq;
        clock.stamp(e.updatedMs);
      }
      ordered = [...byId.values()].filter((e) => e.owner === 'partner').sort((a, b) => compareKey(keyOf(a), keyOf(b)));
    },
    size: () => ordered.length,
  };
}
