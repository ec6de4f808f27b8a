import type { Database } from 'better-sqlite3';

/**
 * One schema step. Migrations are append-only: never edit or remove a released one, add the next number.
 * `up` runs inside the single transaction that applies every pending migration.
 */
export type Migration = {
  version: number;
  name: string;
  up(db: Database): void;
};
