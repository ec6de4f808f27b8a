import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Referral } from '../../../../shared/domain';
import { sampleReferral } from '../../sync/testReferral';
import { tempDirs } from '../../testing/tempDirs';
import { migrate } from '../database';
import { referralColumnNames, referralColumns } from '../referralRow';
import { migrations } from './index';
import { migration0008 } from './0008-insights';

const tempDir = tempDirs('cosell-0007-');

describe('migration 0008 (insights)', () => {
  it('fills responded_at and status_reason from the deals already stored', () => {
    const db = new Sqlite(join(tempDir(), 'cosell.db'));
    const before = migrations.filter((m) => m.version < migration0008.version);
    migrate(db, before);
    const oldColumns = referralColumnNames.filter((c) => c !== 'responded_at' && c !== 'status_reason');
    const insert = db.prepare(`INSERT INTO referrals (${oldColumns.join(', ')}) VALUES (${oldColumns.map((c) => '@' + c).join(', ')})`);
    const put = (r: Referral) => {
      const cols: Record<string, unknown> = { ...referralColumns(r) };
      insert.run(Object.fromEntries(oldColumns.map((c) => [c, cols[c]])));
    };
    put(sampleReferral({ id: 'acc', direction: 'inbound', acceptedDateTime: '2026-11-02T01:00:00+01:00' }));
    put(
      sampleReferral({
        id: 'dec',
        direction: 'inbound',
        status: 'Closed',
        substatus: 'Declined',
        statusReason: 'NotACustomer',
        closedDateTime: '2026-11-03T00:00:00Z',
      }),
    );
    put(
      sampleReferral({
        id: 'lost',
        status: 'Closed',
        substatus: 'Lost',
        statusReason: 'TimelineTooShort',
        closedDateTime: '2026-11-05T00:00:00Z',
      }),
    );
    put(sampleReferral({ id: 'old', direction: 'inbound' }));

    migrate(db, migrations);
    const rows = db.prepare('SELECT id, responded_at, status_reason FROM referrals ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'acc', responded_at: '2026-11-02T00:00:00.000Z', status_reason: '' },
      { id: 'dec', responded_at: '2026-11-03T00:00:00.000Z', status_reason: 'NotACustomer' },
      // Outbound deals are not answered; a deal stored before the app kept the time has none.
      { id: 'lost', responded_at: null, status_reason: 'TimelineTooShort' },
      { id: 'old', responded_at: null, status_reason: '' },
    ]);
    // The backfill writes what referralColumns writes for new deals.
    expect(referralColumns(sampleReferral({ direction: 'inbound', acceptedDateTime: '2026-11-02T01:00:00+01:00' })).responded_at).toBe(
      '2026-11-02T00:00:00.000Z',
    );
    db.close();
  });
});
