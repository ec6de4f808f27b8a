import type { Seek, SortValue } from './listSql';

/** A row whose position in one ordered list is known: the `pos`-th row (0-based) has sort value `value` and id `id`. */
export type Anchor = { pos: number; value: SortValue; id: string };

/**
 * Where to start reading the page of `take` rows at row `offset` of a list of `total` rows, given rows whose
 * positions are known. Walks the fewest rows: from the top, from the end backwards, or from the nearest known
 * row either side (keyset on that row's (sort value, id), then OFFSET for the rest). Scrolling page by page
 * then costs one page whatever the depth (the previous page's edge is known), and a jump costs at most half
 * the list. `reverse`: the rows come back last first.
 */
export function planSeek(offset: number, take: number, total: number, anchors: readonly Anchor[]): Seek {
  const n = Math.max(0, Math.min(take, total - offset));
  const lastPos = offset + n - 1;
  let best: Seek = { after: null, inclusive: false, backward: false, skip: offset, take: n };
  const consider = (s: Seek) => {
    if (s.skip < best.skip) best = s;
  };
  consider({ after: null, inclusive: false, backward: true, skip: total - offset - n, take: n });
  const below = nearest(anchors, offset, 'atOrBelow');
  if (below) consider({ after: { value: below.value, id: below.id }, inclusive: true, backward: false, skip: offset - below.pos, take: n });
  const above = nearest(anchors, lastPos, 'atOrAbove');
  if (above) consider({ after: { value: above.value, id: above.id }, inclusive: true, backward: true, skip: above.pos - lastPos, take: n });
  return best;
}

/** Binary search in anchors sorted by pos. */
function nearest(anchors: readonly Anchor[], pos: number, side: 'atOrBelow' | 'atOrAbove'): Anchor | undefined {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((anchors[mid] as Anchor).pos <= pos) lo = mid + 1;
    else hi = mid;
  }
  // anchors[lo - 1] is the last at or below pos; anchors[lo] the first above.
  if (side === 'atOrBelow') return anchors[lo - 1];
  const at = anchors[lo - 1];
  return at?.pos === pos ? at : anchors[lo];
}

const MAX_ANCHORS = 4096;
const MAX_LISTS = 8;

/**
 * Known row positions per ordered list (filters + sort), valid for one state of the data: any write (this
 * connection's or another's) changes `stamp` and forgets them all, so a position is never served from rows
 * that moved. Bounded: a few lists, a few thousand positions each.
 */
export function createAnchorCache() {
  let stamp = '';
  const lists = new Map<string, Anchor[]>();
  const listOf = (key: string, now: string): Anchor[] => {
    if (now !== stamp) {
      lists.clear();
      stamp = now;
    }
    let anchors = lists.get(key);
    if (!anchors) {
      if (lists.size >= MAX_LISTS) lists.delete(lists.keys().next().value as string);
      anchors = [];
      lists.set(key, anchors);
    }
    return anchors;
  };
  return {
    get(key: string, now: string): readonly Anchor[] {
      return listOf(key, now);
    },
    /** Remembers the positions of a page's first and last rows. */
    add(key: string, now: string, found: readonly Anchor[]): void {
      const anchors = listOf(key, now);
      if (anchors.length + found.length > MAX_ANCHORS) anchors.length = 0;
      for (const a of found) {
        const i = anchors.findIndex((x) => x.pos >= a.pos);
        if (i === -1) anchors.push(a);
        else if ((anchors[i] as Anchor).pos !== a.pos) anchors.splice(i, 0, a);
      }
    },
  };
}
