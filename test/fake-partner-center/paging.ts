import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Referral } from '../../shared/domain';
import { badRequest } from './errors';
import { parseFilter, type OrderBy } from './odata';
import { keyOf, type Entry, type Key, type ReferralStore } from './store';

/**
 * Continuation is keyset, not offset: the token holds the query and the (updatedDateTime, write
 * sequence) of the last record sent. With `updatedDateTime asc` (the default) a record changed while
 * a client pages gets a larger key, so it is sent again later and never skipped; untouched records
 * are sent exactly once. The token is signed so clients treat it as opaque instead of editing it.
 */
type Cursor = { f: string; o: OrderBy; t: number; k: Key | null };

export type PageQuery = { filter: string; order: OrderBy; top: number; after: Key | null };
export type Page = { items: Referral[]; next: PageQuery | null };

export function createTokenCodec(secret: string) {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);
  return {
    encode(q: PageQuery): string {
      const payload = Buffer.from(JSON.stringify({ f: q.filter, o: q.order, t: q.top, k: q.after } satisfies Cursor)).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    decode(token: string): PageQuery {
      const [payload = '', mac = ''] = token.split('.');
      const expected = sign(payload);
      const invalid = badRequest('InvalidSkipToken', 'The $skiptoken is not one this service issued. Follow @odata.nextLink as it is.');
      if (mac.length !== expected.length || !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) throw invalid;
      try {
        const c = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Cursor;
        return { filter: c.f, order: c.o, top: c.t, after: c.k };
      } catch {
        throw invalid;
      }
    },
  };
}

/** One page: walk the ordered index from the cursor (or the filter's updatedDateTime bound) until `top` matches. */
export function readPage(store: ReferralStore, q: PageQuery): Page {
  const filter = parseFilter(q.filter);
  const rows = store.ordered();
  const from = filter.updatedFrom;
  // Index range [lo, hi) that can match at all: rows below the updatedDateTime bound never do.
  const lo = from ? store.lowerBound([from.ms, from.inclusive ? 0 : Number.MAX_SAFE_INTEGER], true) : 0;
  const hi = rows.length;
  const step = q.order === 'asc' ? 1 : -1;
  let i =
    q.order === 'asc' ? Math.max(lo, q.after ? store.lowerBound(q.after, false) : 0) : (q.after ? store.lowerBound(q.after, true) : hi) - 1;
  const inRange = (j: number) => j >= lo && j < hi;
  const items: Referral[] = [];
  let last: Entry | undefined;
  for (; inRange(i) && items.length < q.top; i += step) {
    const e = rows[i]!;
    if (filter.test(e.referral)) {
      items.push(e.referral);
      last = e;
    }
  }
  // nextLink is absent on the last page: look ahead for one more match so the client gets no empty final page.
  let more = false;
  for (let j = i; inRange(j) && last; j += step) {
    if (filter.test(rows[j]!.referral)) {
      more = true;
      break;
    }
  }
  return { items, next: more && last ? { ...q, after: keyOf(last) } : null };
}
