import { describe, expect, it } from 'vitest';
import { createAnchorCache, planSeek, type Anchor } from './seekPlan';

const at = (pos: number): Anchor => ({ pos, value: `v${pos}`, id: `id${pos}` });

describe('planSeek', () => {
  it('with nothing known, walks from whichever end is nearer', () => {
    expect(planSeek(100, 50, 1000, [])).toEqual({ after: null, inclusive: false, backward: false, skip: 100, take: 50 });
    // Rows 900..949 of 1000: 50 rows after them, read backwards from the last row.
    expect(planSeek(900, 50, 1000, [])).toEqual({ after: null, inclusive: false, backward: true, skip: 50, take: 50 });
    // The last page is shorter than the limit: only the rows that exist are asked for.
    expect(planSeek(980, 50, 1000, [])).toEqual({ after: null, inclusive: false, backward: true, skip: 0, take: 20 });
  });

  it('scrolling down or up next to a page already read costs that page only', () => {
    const known = [at(499), at(500), at(549)];
    expect(planSeek(550, 50, 100_000, known)).toMatchObject({
      after: { value: 'v549', id: 'id549' },
      inclusive: true,
      backward: false,
      skip: 1,
    });
    expect(planSeek(450, 50, 100_000, known)).toMatchObject({
      after: { value: 'v499', id: 'id499' },
      inclusive: true,
      backward: true,
      skip: 0,
    });
    expect(planSeek(520, 10, 100_000, known)).toMatchObject({ after: { id: 'id500' }, backward: false, skip: 20, take: 10 });
  });

  it('a far jump starts from the nearest known row on either side', () => {
    const known = [at(10_000), at(60_000)];
    expect(planSeek(58_000, 100, 100_000, known)).toMatchObject({ after: { id: 'id60000' }, backward: true, skip: 1_901 });
    expect(planSeek(12_000, 100, 100_000, known)).toMatchObject({ after: { id: 'id10000' }, backward: false, skip: 2_000 });
  });
});

describe('anchor cache', () => {
  it('keeps positions sorted and unique, per list, and forgets everything when the data changes', () => {
    const cache = createAnchorCache();
    cache.add('a', 's1', [at(50), at(10)]);
    cache.add('a', 's1', [at(30), at(50)]);
    cache.add('b', 's1', [at(5)]);
    expect(cache.get('a', 's1').map((x) => x.pos)).toEqual([10, 30, 50]);
    expect(cache.get('b', 's1').map((x) => x.pos)).toEqual([5]);
    expect(cache.get('a', 's2')).toEqual([]);
    expect(cache.get('b', 's2')).toEqual([]);
  });
});
