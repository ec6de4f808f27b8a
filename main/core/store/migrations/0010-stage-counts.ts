import type { Migration } from './types';

/**
 * Counts per tab and stage without reading the deals: `referral_counts` holds one row per (direction, stage),
 * kept in step by triggers on every insert, delete and move of a deal (whatever writes it: the store, sync's view
 * writer, the demo's bulk loader), so the tab badges read six rows instead of counting 50,000 index entries
 * (which, after another connection's write, meant reading the whole count index again: issue 15).
 */
export const migration0010: Migration = {
  version: 10,
  name: 'stage-counts',
  up(db) {
    db.exec(`
      CREATE TABLE referral_counts (
        direction TEXT NOT NULL,
        stage TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (direction, stage)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO referral_counts (direction, stage, n) SELECT direction, stage, count(*) FROM referrals GROUP BY direction, stage;
      CREATE TRIGGER referral_counts_insert AFTER INSERT ON referrals BEGIN
        INSERT INTO referral_counts (direction, stage, n) VALUES (new.direction, new.stage, 1)
          ON CONFLICT (direction, stage) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER referral_counts_delete AFTER DELETE ON referrals BEGIN
        UPDATE referral_counts SET n = n - 1 WHERE direction = old.direction AND stage = old.stage;
      END;
      CREATE TRIGGER referral_counts_move AFTER UPDATE OF direction, stage ON referrals
        WHEN old.direction IS NOT new.direction OR old.stage IS NOT new.stage BEGIN
        UPDATE referral_counts SET n = n - 1 WHERE direction = old.direction AND stage = old.stage;
        INSERT INTO referral_counts (direction, stage, n) VALUES (new.direction, new.stage, 1)
          ON CONFLICT (direction, stage) DO UPDATE SET n = n + 1;
      END;
    `);
  },
};
