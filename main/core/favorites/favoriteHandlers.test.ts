import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace({ demoCount: 250, seed: 21 });
});
afterEach(() => t.close());

/** The queue for the service: a favorite never adds to it. */
const outbox = () => t.raw().prepare('SELECT * FROM outbox ORDER BY seq').all();

async function firstId(tab: 'inbound' | 'outbound', stage: 'received' | 'accepted' | 'archived'): Promise<string> {
  const page = await t.call('referrals:list', { tab, stages: [stage], limit: 1 });
  return page.items[0]!.id;
}

describe('favorites:set', () => {
  it('toggles a heart locally: the deal shows in Favorites, history says so, nothing is queued', async () => {
    const id = await firstId('outbound', 'accepted');
    const outboxBefore = outbox();
    const on = await t.call('favorites:set', { id, favorite: true });
    expect(on.favorite).toBe(true);
    expect(on.history[0]).toMatchObject({ action: 'favorite', synced: true, changes: [{ field: 'favorite', from: false, to: true }] });
    expect((await t.call('referrals:list', { tab: 'favorites', limit: 500 })).items.map((r) => r.id)).toContain(id);
    expect(
      (await t.call('referrals:list', { tab: 'outbound', search: '', limit: 500, sort: { column: 'name', direction: 'asc' } })).items.find(
        (r) => r.id === id,
      )!.favorite,
    ).toBe(true);

    const again = await t.call('favorites:set', { id, favorite: true });
    expect(again.history.filter((h) => h.action === 'favorite')).toHaveLength(1);

    const off = await t.call('favorites:set', { id, favorite: false });
    expect(off.favorite).toBe(false);
    expect(off.history[0]).toMatchObject({ action: 'unfavorite', synced: true });
    expect((await t.call('referrals:list', { tab: 'favorites', limit: 500 })).items.map((r) => r.id)).not.toContain(id);
    expect(outbox()).toEqual(outboxBefore);
    expect(off.syncState).toBe('synced');
  });

  it('the Favorites total follows changes made by another connection too', async () => {
    const before = (await t.call('referrals:list', { tab: 'favorites' })).total;
    const { id } = t.raw().prepare('SELECT id FROM referrals WHERE id NOT IN (SELECT referral_id FROM favorites) LIMIT 1').get() as {
      id: string;
    };
    t.raw().prepare('INSERT INTO favorites (referral_id, created) VALUES (?, ?)').run(id, t.clock.now().toISOString());
    expect((await t.call('referrals:list', { tab: 'favorites' })).total).toBe(before + 1);
  });

  it('works on archived deals too, and refuses an unknown id', async () => {
    const id = await firstId('inbound', 'archived');
    expect((await t.call('favorites:set', { id, favorite: true })).favorite).toBe(true);
    expect(await t.fail('favorites:set', { id: 'nope', favorite: true })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
