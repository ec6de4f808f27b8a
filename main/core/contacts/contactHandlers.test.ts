import { afterEach, describe, expect, it } from 'vitest';
import { alice, bob } from '../../../test/fixtures/referrals';
import { newDeal } from '../testing/fixtures';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';

let t: TestWorkspace | undefined;
afterEach(() => t?.close());

describe('recent contacts', () => {
  it('offers team members from the newest deals first, once per email', async () => {
    t = tempWorkspace({ demoCount: 0 });
    await t.call('referrals:create', { deal: newDeal({ name: 'Older', team: [alice] }) });
    t.clock.advance(60_000);
    await t.call('referrals:create', { deal: newDeal({ name: 'Newer', team: [bob, { ...alice, email: 'ALICE@contoso-partner.com' }] }) });
    const recent = await t.call('contacts:recent', { limit: 10 });
    expect(recent.map((c) => c.email)).toEqual([bob.email, 'ALICE@contoso-partner.com']);
    expect(await t.call('contacts:recent', { limit: 1 })).toHaveLength(1);
  });
});
