/**
 * The card's alternative, side by side: the same 50,000 deals in Dexie 4 (IndexedDB) in the same headless
 * Chromium, against ours (SQLite in the main process) read from a page through the web host's HTTP contract,
 * the path the renderer uses. Both timed in the page, interleaved read by read. The Dexie data is read out of
 * the very SQLite file the host serves, so both sides hold identical deals (expiry applied at open included).
 * How the Dexie side is written: peerPage.ts. Ratio = ours / Dexie: below 1 means ours is faster.
 */
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { DB_FILE_NAME } from '../../main/core/store/database';
import { percentile, rowOf, type BenchRow } from './benchReport';
import { startHost, startPageServer, stopProcess } from './benchProcess';
import {
  addPeerDeals,
  dexieRead,
  openPeerDb,
  oursRead,
  recordSocketHostTime,
  type PeerDeal,
  type ReadArgs,
  type ReadKind,
  type ReadResult,
} from './peerPage';

const WARMUP = 5;
const ITERATIONS = 40;
/** Inbound holds about 27,500 of the 50,000 deals: no tab has a row 40,000, so the jump goes to row 20,000 (~73% down). */
export const PEER_JUMP_ROW = 20_000;

const words = (...texts: string[]): string[] => [
  ...new Set(
    texts
      .join(' ')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  ),
];

type Row = Record<string, string | number | null>;
function readDeals(folder: string): PeerDeal[] {
  const db = new Sqlite(join(folder, DB_FILE_NAME), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT r.id, r.direction, r.stage, r.name, r.customer_name, r.deal_value, r.currency, r.closing_date, r.deal_type, r.substatus,
          r.expiration, r.updated, r.pending, r.notes, r.crm_id, r.campaign_id,
          EXISTS (SELECT 1 FROM favorites f WHERE f.referral_id = r.id) AS favorite FROM referrals r`,
      )
      .all() as Row[];
    const s = (v: string | number | null | undefined) => String(v ?? '');
    return rows.map((r) => ({
      id: s(r.id),
      direction: s(r.direction) as PeerDeal['direction'],
      stage: s(r.stage) as PeerDeal['stage'],
      favorite: r.favorite === 1 ? 1 : 0,
      name: s(r.name),
      // SQLite's NOCASE folds ASCII letters only: the same order on both sides.
      nameLower: s(r.name).replace(/[A-Z]/g, (c) => c.toLowerCase()),
      customerName: s(r.customer_name),
      dealValue: s(r.deal_value),
      currency: s(r.currency),
      closing: s(r.closing_date),
      dealType: s(r.deal_type),
      substatus: s(r.substatus),
      expiration: r.expiration === null ? null : s(r.expiration),
      updated: s(r.updated),
      pending: Number(r.pending),
      words: words(s(r.name), s(r.customer_name), s(r.notes), s(r.crm_id), s(r.campaign_id)),
    }));
  } finally {
    db.close();
  }
}

const reads: { kind: ReadKind; label: string; recount: boolean }[] = [
  // What one call costs with nothing to read: Chromium's fetch to the host against one IndexedDB get.
  { kind: 'floor', label: 'round trip with nothing to read (app:info; Dexie: get of a missing key)', recount: false },
  { kind: 'firstPage', label: 'inbound Received+Accepted by close date, first page of 100 + total', recount: true },
  { kind: 'nextPage', label: 'the next page (keyset)', recount: false },
  { kind: 'searchTwoWords', label: 'search "azure migration" (name, customer, notes, IDs) in inbound, first 100 + total', recount: true },
  { kind: 'searchCustomer', label: 'search "contoso" in outbound by name, first 100 + total', recount: true },
  // Counted again after a write, as the renderer asks for them after every change.
  { kind: 'counts', label: 'tab and stage counts', recount: true },
  { kind: 'jump', label: `jump to row ${PEER_JUMP_ROW.toLocaleString('en')} of inbound by name (100 rows)`, recount: false },
];

export async function measurePeer(browser: Browser, folder50k: string, emptyRecording: string): Promise<BenchRow[]> {
  const deals = readDeals(folder50k);
  const host = await startHost(folder50k);
  const pageServer = await startPageServer(emptyRecording);
  // Another connection's write before a read that counts: our cached total is then stale, as after any change.
  const writer = new Sqlite(join(folder50k, DB_FILE_NAME));
  const touch = writer.prepare(
    "INSERT INTO meta (key, value) VALUES ('bench.touch', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  );
  const rows: BenchRow[] = [];
  try {
    const dexie = await pageOn(browser, `${pageServer.url}__dexie/`);
    await dexie.evaluate(openPeerDb);
    const loadStart = performance.now();
    let stored = 0;
    for (let i = 0; i < deals.length; i += 5000) stored = await dexie.evaluate(addPeerDeals, deals.slice(i, i + 5000));
    const loadMs = performance.now() - loadStart;

    // Ours: a page of the host's origin with only the bridge (window.api), so nothing else runs in it.
    const ours = await browser.newPage();
    await ours.goto(host.url);
    await ours.waitForFunction(() => performance.getEntriesByName('cosell:first-rows', 'mark').length > 0);
    await pageOn(browser, `${new URL(host.url).origin}/__host/bridge.js`, ours);
    await ours.evaluate(recordSocketHostTime);
    await ours.addScriptTag({ url: '/__host/bridge.js' });

    const start: ReadArgs = { kind: 'firstPage', jumpTo: PEER_JUMP_ROW };
    const first = await ours.evaluate(oursRead, start);
    const firstDexie = await dexie.evaluate(dexieRead, start);
    const last = firstDexie.ids.at(-1);
    const lastDeal = deals.find((d) => d.id === last);
    const args: ReadArgs = {
      kind: 'firstPage',
      jumpTo: PEER_JUMP_ROW,
      cursor: first.cursor,
      ...(lastDeal ? { after: { closing: lastDeal.closing, id: lastDeal.id } } : {}),
    };
    const checks: string[] = [];
    for (const read of reads) {
      const a: ReadArgs = { ...args, kind: read.kind };
      const oursMs: number[] = [];
      const dexieMs: number[] = [];
      const hostMs: number[] = [];
      let o: ReadResult | null = null;
      let d: ReadResult | null = null;
      for (let i = 0; i < WARMUP + ITERATIONS; i++) {
        if (read.recount) touch.run(String(i));
        o = await ours.evaluate(oursRead, a);
        d = await dexie.evaluate(dexieRead, a);
        if (i >= WARMUP) {
          oursMs.push(o.ms);
          dexieMs.push(d.ms);
          if (o.hostMs !== undefined) hostMs.push(o.hostMs);
        }
      }
      const same = o && d && o.total === d.total && (read.kind.startsWith('search') || o.ids.join() === d.ids.join());
      if (!same) checks.push(`${read.kind}: ours ${o?.total}/${o?.ids[0]} vs Dexie ${d?.total}/${d?.ids[0]}`);
      rows.push(
        rowOf(`peer: ${read.label} — ours via the web host (baseline: Dexie 4 in the page)`, oursMs, dexieMs, {
          note: `Dexie median ${percentile50(dexieMs)} ms, p95 ${percentile95(dexieMs)} ms; ours: the host's own share median ${hostMs.length ? percentile50(hostMs) : '?'} ms (its answers' own timing), the rest is the round trip; ${same ? 'same rows and total on both sides' : 'RESULTS DIFFER'}`,
        }),
      );
    }
    rows.push({
      name: `peer: loading ${stored.toLocaleString('en')} deals into Dexie (bulkAdd, once; not compared)`,
      median_ms: Math.round(loadMs),
      p95_ms: Math.round(loadMs),
      baseline_median_ms: null,
      ratio: null,
      ...(checks.length ? { note: `results differ: ${checks.join('; ')}` } : {}),
    });
    await dexie.close();
    await ours.close();
  } finally {
    writer.close();
    await stopProcess(host);
    await stopProcess(pageServer);
  }
  return rows;
}

const percentile50 = (xs: number[]) => Math.round(percentile(xs, 50) * 100) / 100;
const percentile95 = (xs: number[]) => Math.round(percentile(xs, 95) * 100) / 100;

/** A page at `url` where functions from tsx-compiled code can run (esbuild's __name helper defined). */
async function pageOn(browser: Browser, url: string, existing?: Page): Promise<Page> {
  const page = existing ?? (await browser.newPage());
  await page.goto(url);
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
  return page;
}
