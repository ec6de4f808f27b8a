import { customerSchema, solutionSchema, type Customer, type Solution } from '../../../shared/domain';
import type { RemotePage } from './remoteApi';
import { withRetry } from './retry';
import { CATALOG_KEY, nowIso, withoutFsync, type SyncDeps } from './syncDeps';

const MAX_CUSTOMER_PAGES = 2_000;

/**
 * Refreshes the offline customer directory and solution catalog (our extension endpoints) that the
 * create-deal wizard reads. Only a complete download replaces the tables, in one transaction, so a
 * failed refresh leaves yesterday's copy usable. Unreadable entries are skipped.
 */
export async function refreshCatalog(d: SyncDeps): Promise<{ customers: number; solutions: number; skipped: number }> {
  const customers: Customer[] = [];
  let skipped = 0;
  let next: string | null = null;
  for (let page = 0; page < MAX_CUSTOMER_PAGES; page++) {
    const link: string | null = next;
    const result: RemotePage = await withRetry(() => d.api.listCustomers(link, d.retry.signal), d.retry);
    for (const raw of result.value) {
      const parsed = customerSchema.safeParse(raw);
      if (parsed.success) customers.push(parsed.data);
      else skipped += 1;
    }
    next = result.nextLink;
    if (!next) break;
    await d.yieldNow();
  }
  const solutions: Solution[] = [];
  for (const raw of await withRetry(() => d.api.listSolutions(d.retry.signal), d.retry)) {
    const parsed = solutionSchema.safeParse(raw);
    if (parsed.success) solutions.push(parsed.data);
    else skipped += 1;
  }
  const insertCustomer = d.db.prepare(
    'INSERT OR REPLACE INTO customers (id, name, address, country, city, duns) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSolution = d.db.prepare(
    'INSERT OR REPLACE INTO solutions (id, name, publisher, kind, registration_eligible) VALUES (?, ?, ?, ?, ?)',
  );
  withoutFsync(d.db, () =>
    d.db
      .transaction(() => {
        d.db.exec('DELETE FROM customers; DELETE FROM solutions;');
        for (const c of customers)
          insertCustomer.run(c.id, c.name, JSON.stringify(c.address), c.address.country, c.address.city, c.duns ?? null);
        for (const s of solutions) insertSolution.run(s.id, s.name, s.publisher, s.kind, s.registrationEligible ? 1 : 0);
        d.sync.setMeta(CATALOG_KEY, nowIso(d));
      })
      .immediate(),
  );
  if (skipped > 0) d.logger.warn('catalog entries skipped', { skipped });
  return { customers: customers.length, solutions: solutions.length, skipped };
}
