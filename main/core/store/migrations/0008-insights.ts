import type { Migration } from './types';

/**
 * Insights (SPEC F7, issue 13): when each inbound referral was answered (`responded_at`, for the response time)
 * and why a deal was declined or lost (`status_reason`), as columns, backfilled from each deal's json; and one
 * covering index, so Insights reads this index only, never the table rows that hold each deal's json. Its order is
 * the order Insights groups by (direction, type, status, currency, campaign, reason), so the one GROUP BY walks it
 * without sorting; the period (created) is tested on the index entries.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'insights',
  up(db) {
    db.exec(`
      ALTER TABLE referrals ADD COLUMN responded_at TEXT;
      ALTER TABLE referrals ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';
      UPDATE referrals SET
        status_reason = ifnull(json_extract(json, '$.statusReason'), ''),
        responded_at = CASE WHEN direction = 'inbound' THEN strftime('%Y-%m-%dT%H:%M:%fZ', ifnull(
          json_extract(json, '$.acceptedDateTime'),
          CASE WHEN substatus = 'Declined' THEN json_extract(json, '$.closedDateTime') END)) END;
      CREATE INDEX referrals_insights ON referrals(
        direction, deal_type, substatus, currency, campaign_id, status_reason, created, deal_value_minor, responded_at
      );
    `);
  },
};
