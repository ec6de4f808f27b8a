import { afterEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';

let t: TestWorkspace | undefined;
afterEach(() => t?.close());

describe('drafts', () => {
  it('an unfinished wizard survives closing the app', async () => {
    t = tempWorkspace({ demoCount: 0 });
    expect(await t.call('drafts:get', { key: 'new-deal' })).toBeNull();
    const value = { step: 2, deal: { name: 'Half typed', customer: { name: 'Northwind' } } };
    const { savedAt } = await t.call('drafts:save', { key: 'new-deal', value });
    t.reopen();
    expect(await t.call('drafts:get', { key: 'new-deal' })).toEqual({ key: 'new-deal', value, savedAt });
    await t.call('drafts:discard', { key: 'new-deal' });
    expect(await t.call('drafts:get', { key: 'new-deal' })).toBeNull();
  });

  it('refuses odd keys and oversized drafts with a sentence, keeping the old draft', async () => {
    t = tempWorkspace({ demoCount: 0 });
    await t.call('drafts:save', { key: 'new-deal', value: { step: 1 } });
    expect((await t.fail('drafts:save', { key: '../etc', value: 1 })).message).toMatch(/lower-case letters/);
    expect((await t.fail('drafts:save', { key: 'new-deal', value: 'x'.repeat(300_000) })).message).toMatch(/too large/);
    expect((await t.call('drafts:get', { key: 'new-deal' }))?.value).toEqual({ step: 1 });
  });
});
