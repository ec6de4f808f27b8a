/**
 * In-page code of the Dexie peer benchmark (run through page.evaluate, so everything a function needs is
 * inside it). The Dexie side is written as a competent Dexie 4 app would write it:
 * - one `deals` table of list records (the same columns our materialized list has, not the full JSON);
 * - compound indexes for tab + stage + sort column + id ([direction+stage+closing+id]: a page over two
 *   stages is two index ranges read with limit and merged), [direction+stage] and [favorite+stage] for the
 *   counts, [direction+nameLower+id] for the name sort over every stage;
 * - text search through a multiEntry `*words` index (every word of name, customer, notes, CRM ID and
 *   campaign ID, lower-cased, accents removed): one `startsWith` per typed word, primary keys intersected,
 *   then bulkGet, the tab filter and the sort in JavaScript (Dexie's documented full-text pattern).
 */
import type { Dexie as DexieClass, Table } from 'dexie';

export type PeerDeal = {
  id: string;
  direction: 'inbound' | 'outbound';
  stage: 'received' | 'accepted' | 'archived';
  favorite: 0 | 1;
  name: string;
  nameLower: string;
  customerName: string;
  dealValue: string;
  currency: string;
  closing: string;
  dealType: string;
  substatus: string;
  expiration: string | null;
  updated: string;
  pending: number;
  words: string[];
};

export type ReadKind = 'floor' | 'firstPage' | 'nextPage' | 'searchTwoWords' | 'searchCustomer' | 'counts' | 'jump';
/** `hostMs` (ours only): the host's own share of the read (dispatch and JSON: the socket answer's `ms`, or a fetch's Server-Timing), the rest is the round trip. */
export type ReadResult = { ms: number; total: number; ids: string[]; hostMs?: number };
export type ReadArgs = { kind: ReadKind; after?: { closing: string; id: string }; cursor?: string | null; jumpTo: number };

type PeerWindow = { Dexie: typeof DexieClass; peerDb?: DexieClass & { deals: Table<PeerDeal, string> } };

/** Opens (recreating) the peer database with its indexes. */
export async function openPeerDb(): Promise<void> {
  const w = globalThis as unknown as PeerWindow;
  await w.Dexie.delete('cosell-peer');
  const db = new w.Dexie('cosell-peer') as DexieClass & { deals: Table<PeerDeal, string> };
  db.version(1).stores({
    deals: 'id, [direction+stage], [favorite+stage], [direction+stage+closing+id], [direction+nameLower+id], *words',
  });
  await db.open();
  w.peerDb = db;
}

export async function addPeerDeals(deals: PeerDeal[]): Promise<number> {
  const db = (globalThis as unknown as PeerWindow).peerDb!;
  await db.deals.bulkAdd(deals);
  return db.deals.count();
}

/** One timed read on the Dexie side. */
export async function dexieRead(args: ReadArgs): Promise<ReadResult> {
  const { Dexie, peerDb } = globalThis as unknown as PeerWindow;
  const db = peerDb!;
  const start = performance.now();
  const byClosing = (a: PeerDeal, b: PeerDeal) =>
    a.closing < b.closing ? -1 : a.closing > b.closing ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const stagePage = async (after: { closing: string; id: string } | undefined) => {
    const ranges = await Promise.all(
      (['accepted', 'received'] as const).map((s) =>
        db.deals
          .where('[direction+stage+closing+id]')
          .between(
            ['inbound', s, after?.closing ?? Dexie.minKey, after?.id ?? Dexie.minKey],
            ['inbound', s, Dexie.maxKey, Dexie.maxKey],
            !after,
            true,
          )
          .limit(101)
          .toArray(),
      ),
    );
    return ranges.flat().sort(byClosing).slice(0, 100);
  };
  const search = async (text: string, tab: 'inbound' | 'outbound', sort: (a: PeerDeal, b: PeerDeal) => number) => {
    const words = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t.length > 0);
    const keys = await Promise.all(words.map((word) => db.deals.where('words').startsWith(word).primaryKeys()));
    let hits = new Set(keys[0] ?? []);
    for (const more of keys.slice(1)) {
      const next = new Set(more);
      hits = new Set([...hits].filter((k) => next.has(k)));
    }
    const deals = (await db.deals.bulkGet([...hits])).filter((d): d is PeerDeal => d !== undefined && d.direction === tab);
    deals.sort(sort);
    return { total: deals.length, page: deals.slice(0, 100) };
  };
  let total = 0;
  let page: PeerDeal[] = [];
  if (args.kind === 'floor') {
    await db.deals.get('no such deal');
  } else if (args.kind === 'firstPage' || args.kind === 'nextPage') {
    if (args.kind === 'firstPage') {
      const counts = await Promise.all(
        ['accepted', 'received'].map((s) => db.deals.where('[direction+stage]').equals(['inbound', s]).count()),
      );
      total = counts.reduce((a, b) => a + b, 0);
    }
    page = await stagePage(args.kind === 'nextPage' ? args.after : undefined);
  } else if (args.kind === 'searchTwoWords') {
    ({ total, page } = await search('azure migration', 'inbound', (a, b) =>
      a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0,
    ));
  } else if (args.kind === 'searchCustomer') {
    ({ total, page } = await search('contoso', 'outbound', (a, b) =>
      a.nameLower < b.nameLower ? -1 : a.nameLower > b.nameLower ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    ));
  } else if (args.kind === 'counts') {
    const pairs: [string | number, string][] = [];
    for (const d of ['inbound', 'outbound']) for (const s of ['received', 'accepted', 'archived']) pairs.push([d, s]);
    const n = await db.transaction('r', db.deals, () =>
      Promise.all([
        ...pairs.map((p) => db.deals.where('[direction+stage]').equals(p).count()),
        ...['received', 'accepted', 'archived'].map((s) => db.deals.where('[favorite+stage]').equals([1, s]).count()),
      ]),
    );
    total = n.reduce((a, b) => a + b, 0);
  } else {
    page = await db.deals
      .where('[direction+nameLower+id]')
      .between(['inbound', Dexie.minKey, Dexie.minKey], ['inbound', Dexie.maxKey, Dexie.maxKey])
      .offset(args.jumpTo)
      .limit(100)
      .toArray();
  }
  return { ms: performance.now() - start, total, ids: page.map((d) => d.id) };
}

type SocketTimeWindow = { cosellHostMs?: number };

/**
 * Run before the bridge: every socket the page opens adds each answer's `ms` (the host's share, written before the
 * result so a prefix is enough) to `cosellHostMs`. Bench-only: the app's bridge does not record it.
 */
export function recordSocketHostTime(): void {
  const w = globalThis as unknown as SocketTimeWindow & { WebSocket: typeof WebSocket };
  const Native = w.WebSocket;
  w.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        const ms = /^\{"id":\d+,"ms":([\d.]+)/.exec(String(event.data).slice(0, 60));
        if (ms) w.cosellHostMs = (w.cosellHostMs ?? 0) + Number(ms[1]);
      });
    }
  };
}

/** The same read on our side, from the page through the web host's contract (window.api, as the renderer calls it: its socket once open, else HTTP). */
export async function oursRead(args: ReadArgs): Promise<ReadResult & { cursor: string | null }> {
  type Page = { items: { id: string }[]; nextCursor: string | null; total: number };
  type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
  const api = (globalThis as unknown as { api: { invoke: (channel: string, input: unknown) => Promise<Result> } }).api;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await api.invoke(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  performance.clearResourceTimings();
  (globalThis as unknown as SocketTimeWindow).cosellHostMs = 0;
  const start = performance.now();
  const firstPage = { tab: 'inbound', stages: ['accepted', 'received'], sort: { column: 'closingDateTime', direction: 'asc' }, limit: 100 };
  let page: Page = { items: [], nextCursor: null, total: 0 };
  let total = 0;
  if (args.kind === 'floor') {
    await call('app:info', {});
  } else if (args.kind === 'firstPage' || args.kind === 'nextPage') {
    page = await call<Page>('referrals:list', args.kind === 'firstPage' ? firstPage : { ...firstPage, cursor: args.cursor });
    total = args.kind === 'firstPage' ? page.total : 0;
  } else if (args.kind === 'searchTwoWords' || args.kind === 'searchCustomer') {
    page = await call<Page>(
      'referrals:list',
      args.kind === 'searchTwoWords'
        ? { tab: 'inbound', search: 'azure migration', sort: { column: 'updatedDateTime', direction: 'desc' }, limit: 100 }
        : { tab: 'outbound', search: 'contoso', sort: { column: 'name', direction: 'asc' }, limit: 100 },
    );
    total = page.total;
  } else if (args.kind === 'counts') {
    const c = await call<Record<string, { total: number }>>('referrals:counts', {});
    total = (c.inbound?.total ?? 0) + (c.outbound?.total ?? 0) + (c.favorites?.total ?? 0);
  } else {
    const byName = { tab: 'inbound', sort: { column: 'name', direction: 'asc' } };
    const seek = await api.invoke('referrals:list', { ...byName, offset: args.jumpTo, limit: 100 });
    if (seek.ok) page = seek.value as Page;
    else {
      // A build without offset seek: the pages in between, as its renderer read them (keyset pages of 500).
      let read = 0;
      let cursor: string | null = null;
      for (;;) {
        const p: Page = await call<Page>('referrals:list', { ...byName, limit: 500, cursor });
        if (read + p.items.length > args.jumpTo || !p.nextCursor) {
          page = { ...p, items: p.items.slice(args.jumpTo - read, args.jumpTo - read + 100) };
          break;
        }
        read += p.items.length;
        cursor = p.nextCursor;
      }
    }
  }
  const ms = performance.now() - start;
  let hostMs = (globalThis as unknown as SocketTimeWindow).cosellHostMs ?? 0;
  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    for (const timing of entry.serverTiming) if (timing.name === 'host') hostMs += timing.duration;
  return { ms, total, ids: page.items.map((i) => i.id), cursor: page.nextCursor, hostMs };
}
