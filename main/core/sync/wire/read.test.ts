import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/database';
import { createSyncStore } from '../syncStore';
import { pageReader, readReferral } from './read';

const example = JSON.parse(
  readFileSync(join(__dirname, '../../../../test/fixtures/partner-center/get-referral-by-id-response.json'), 'utf8'),
) as Record<string, unknown>;
const ours = (id: string, engagementId: string) => ({
  ...example,
  id,
  engagementId,
  direction: 'Outgoing',
  status: 'Active',
  substatus: 'Accepted',
});
const microsofts = (engagementId: string) => ({
  ...example,
  id: `ms-${engagementId}`,
  engagementId,
  organizationId: 'msft',
  status: 'Active',
  substatus: 'Accepted',
});

let dir = '';
let db: Database | null = null;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pageReader', () => {
  it('maps a page as readReferral maps each record: the name kept on this computer, Microsoft’s answer, a bad record refused', () => {
    dir = mkdtempSync(join(tmpdir(), 'wire-read-'));
    db = openDatabase(join(dir, 'cosell.db'));
    const sync = createSyncStore(db);
    sync.putLocalFields('r-renamed', { name: 'Renamed on this computer' });
    sync.putMicrosoftReferral('e-helped', JSON.stringify(microsofts('e-helped')), 'engaged');
    const page = [ours('r-renamed', 'e-1'), ours('r-helped', 'e-helped'), ours('r-plain', 'e-2'), { engagementId: 'e-3' }];

    const read = pageReader(sync, page);
    const mapped = page.map(read);

    expect(mapped).toEqual(page.map((raw) => readReferral(sync, raw)));
    const [renamed, helped, plain, bad] = mapped;
    expect(renamed).toMatchObject({ ok: true, referral: { name: 'Renamed on this computer' } });
    expect(helped).toMatchObject({ ok: true, referral: { inviteContext: { microsoftResponse: 'engaged' } } });
    expect(plain).toMatchObject({ ok: true, referral: { name: example.name ?? 'Contoso Customer Inc' } });
    expect(plain?.ok && plain.referral.inviteContext).toBeFalsy();
    expect(bad).toMatchObject({ ok: false, id: null });
  });
});
