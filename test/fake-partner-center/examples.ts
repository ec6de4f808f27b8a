import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESPONSE_WINDOW_MS, type Referral } from '../../shared/domain';
import { toDomain } from '../../main/core/sync/wire/toDomain';

const DAY_MS = 86_400_000;
const dir = join(__dirname, '../fixtures/partner-center');

/** Members the domain copy holds; everything else of an example is kept as received (`extra`) and served back. */
const modelled = ['id', 'eTag', 'engagementId', 'createdDateTime', 'updatedDateTime', 'expirationDateTime', 'status', 'substatus'];

/**
 * Microsoft's documented example referrals, seeded as they are (unknown members included), moved to the
 * service's present so they are current: an inbound one from the 2020 list (no eTag, team or consent), the
 * one read by id (D-U-N-S in the list form of ids) and the created one (outgoing, Active). The app's own
 * reader turns them into the fake's domain copy: the one place the fake borrows the app's mapping, only
 * to seed; the contract tests check that reader against the documents themselves.
 */
export function exampleReferrals(nowMs: number): { referral: Referral; extra: Record<string, unknown> }[] {
  const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
  const docs = [
    (read('list-referrals-response-2020.json').value as Record<string, unknown>[])[0]!,
    read('get-referral-by-id-response.json'),
    read('create-referral-response.json'),
  ];
  return docs.map((doc, i) => {
    const m = toDomain(doc);
    if (!m.ok) throw new Error(`example ${String(doc.id)} cannot be read: ${m.details}`);
    const created = new Date(nowMs - (i + 1) * DAY_MS).toISOString();
    const r: Referral = { ...m.referral, createdDateTime: created, updatedDateTime: created };
    if (r.direction === 'inbound' && r.status === 'New')
      r.expirationDateTime = new Date(Date.parse(created) + RESPONSE_WINDOW_MS).toISOString();
    else delete r.expirationDateTime;
    const extra = Object.fromEntries(Object.entries(doc).filter(([k]) => !modelled.includes(k) && !k.startsWith('@odata')));
    return { referral: r, extra };
  });
}
