import type { Migration } from './types';

/**
 * Search inside a tab from the full-text index alone. The index gains a `scope` column ("dinbound sreceived")
 * read through the `referrals_search` view, so a search's total is one MATCH (no row lookups), and a page
 * joins only the hits of its own tab and stages. Prefix indexes of 2 and 3 characters make the short
 * prefixes a person types first ("mi", "CRM-12") cheap. The index is rebuilt from the rows.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'search-scope',
  up(db) {
    db.exec(`
      DROP TABLE IF EXISTS referrals_fts;
      CREATE VIEW referrals_search AS
        SELECT row_id, id, name, customer_name, notes, crm_id, campaign_id, 'd' || direction || ' s' || stage AS scope FROM referrals;
      CREATE VIRTUAL TABLE referrals_fts USING fts5(
        name, customer_name, notes, crm_id, campaign_id, scope,
        content='referrals_search', content_rowid='row_id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
      );
      INSERT INTO referrals_fts (referrals_fts) VALUES ('rebuild');
    `);
  },
};
