import { migration0001 } from './0001-init';
import { migration0002 } from './0002-sync';
import { migration0003 } from './0003-notifications';
import { migration0004 } from './0004-sync-bases';
import { migration0005 } from './0005-list-seek-indexes';
import { migration0006 } from './0006-wire-dialect';
import { migration0007 } from './0007-value-equivalent';
import { migration0008 } from './0008-insights';
import { migration0009 } from './0009-search-scope';
import { migration0010 } from './0010-stage-counts';
import { migration0011 } from './0011-favorite-counts';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. Append only: versions are 1, 2, 3, … with no gaps. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
];
