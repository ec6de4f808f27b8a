import type { Database } from 'better-sqlite3';
import { valueUsdSql } from '../rates/exchangeRates';
import { referralColumnNames, referralColumns } from '../store/referralRow';
import { generateDemo, type DemoOptions } from './generator';

export type SeedResult = { referrals: number; customers: number; solutions: number; favorites: number };

/**
 * Fills the store with deterministic demo data in one transaction with prepared statements
 * (50,000 deals in a few seconds). Each demo deal is also its own last-known server copy:
 * nothing is pending, as if a sync had just finished.
 */
export function seedDemo(db: Database, options: DemoOptions): SeedResult {
  const data = generateDemo(options);
  const now = new Date(options.now).toISOString();
  const insertReferral = db.prepare(
    `INSERT INTO referrals (${referralColumnNames.join(', ')}, pending, value_usd_minor)
     VALUES (${referralColumnNames.map((c) => '@' + c).join(', ')}, 0, ${valueUsdSql('@deal_value_minor', '@currency')})`,
  );
  const insertServer = db.prepare('INSERT INTO referrals_server (id, json, etag, updated) VALUES (?, ?, ?, ?)');
  const insertCustomer = db.prepare('INSERT INTO customers (id, name, address, country, city, duns) VALUES (?, ?, ?, ?, ?, ?)');
  const insertSolution = db.prepare('INSERT INTO solutions (id, name, publisher, kind, registration_eligible) VALUES (?, ?, ?, ?, ?)');
  const insertFavorite = db.prepare('INSERT INTO favorites (referral_id, created) VALUES (?, ?)');
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');

  const load = db.transaction(() => {
    if ((db.prepare('SELECT count(*) AS n FROM referrals').get() as { n: number }).n > 0) {
      throw new Error('Demo data goes into an empty store only.');
    }
    // Bulk load: building each index once after the insert is several times faster than keeping nine
    // indexes and the search index up to date row by row. The same CREATE statements are replayed, so
    // the schema is exactly what the migrations made; inside the transaction, a failure restores it all.
    const indexes = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'referrals' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
    for (const c of data.customers) {
      insertCustomer.run(c.id, c.name, JSON.stringify(c.address), c.address.country, c.address.city, c.duns ?? null);
    }
    for (const s of data.solutions) insertSolution.run(s.id, s.name, s.publisher, s.kind, s.registrationEligible ? 1 : 0);
    for (const r of data.referrals) {
      const cols = referralColumns(r);
      insertReferral.run(cols);
      insertServer.run(r.id, cols.json, r.eTag, r.updatedDateTime);
    }
    for (const i of indexes) db.exec(i.sql);
    db.exec("INSERT INTO referrals_fts (referrals_fts) VALUES ('rebuild')");
    for (const id of data.favorites) insertFavorite.run(id, now);
    setMeta.run('demo', JSON.stringify({ seed: options.seed, count: options.count, now }));
  });
  // Into an empty database a rollback journal writes each new page once, where WAL writes it twice
  // (log, then checkpoint). Switching needs the only connection; when another is open, stay in WAL.
  const wasWal = String(db.pragma('journal_mode', { simple: true })) === 'wal';
  let switched = false;
  if (wasWal) {
    try {
      switched = String(db.pragma('journal_mode = DELETE', { simple: true })) === 'delete';
    } catch {
      switched = false;
    }
  }
  try {
    load.immediate();
  } finally {
    if (switched) db.pragma('journal_mode = WAL');
  }
  return {
    referrals: data.referrals.length,
    customers: data.customers.length,
    solutions: data.solutions.length,
    favorites: data.favorites.length,
  };
}
