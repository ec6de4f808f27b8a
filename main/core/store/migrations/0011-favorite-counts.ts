import type { Migration } from './types';

/**
 * Favorites per stage without joining the deals: `favorite_counts` holds one row per stage, kept in step by
 * triggers on both sides (issue 15: the favorites' join was what made the counts 2.7× slower than Dexie's).
 * - a favorite added or removed (the star, sync's rekey, the demo's loader) moves its deal's stage by one;
 * - a favorite deal inserted, moved to another stage, renamed (sync's rekey) or deleted moves it too.
 * The delete is counted BEFORE the row goes: `favorites` references `referrals` ON DELETE CASCADE, and SQLite
 * runs the cascade before the AFTER triggers, so afterwards neither side would still find the other. The
 * cascaded delete of the favorite then finds no deal and counts nothing, so nothing is counted twice.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'favorite-counts',
  up(db) {
    db.exec(`
      CREATE TABLE favorite_counts (
        stage TEXT PRIMARY KEY,
        n INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO favorite_counts (stage, n)
        SELECT r.stage, count(*) FROM favorites f JOIN referrals r ON r.id = f.referral_id GROUP BY r.stage;
      CREATE TRIGGER favorite_counts_add AFTER INSERT ON favorites BEGIN
        INSERT INTO favorite_counts (stage, n) SELECT stage, 1 FROM referrals WHERE id = new.referral_id
          ON CONFLICT (stage) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER favorite_counts_remove AFTER DELETE ON favorites BEGIN
        UPDATE favorite_counts SET n = n - 1 WHERE stage = (SELECT stage FROM referrals WHERE id = old.referral_id);
      END;
      CREATE TRIGGER favorite_counts_deal_insert AFTER INSERT ON referrals
        WHEN EXISTS (SELECT 1 FROM favorites WHERE referral_id = new.id) BEGIN
        INSERT INTO favorite_counts (stage, n) VALUES (new.stage, 1) ON CONFLICT (stage) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER favorite_counts_deal_delete BEFORE DELETE ON referrals
        WHEN EXISTS (SELECT 1 FROM favorites WHERE referral_id = old.id) BEGIN
        UPDATE favorite_counts SET n = n - 1 WHERE stage = old.stage;
      END;
      CREATE TRIGGER favorite_counts_deal_move AFTER UPDATE OF id, stage ON referrals
        WHEN old.id IS NOT new.id OR old.stage IS NOT new.stage BEGIN
        UPDATE favorite_counts SET n = n - 1
          WHERE stage = old.stage AND EXISTS (SELECT 1 FROM favorites WHERE referral_id = old.id);
        INSERT INTO favorite_counts (stage, n) SELECT new.stage, 1 WHERE EXISTS (SELECT 1 FROM favorites WHERE referral_id = new.id)
          ON CONFLICT (stage) DO UPDATE SET n = n + 1;
      END;
    `);
  },
};
