import { configureStore } from '@reduxjs/toolkit';
import { describe, expect, it } from 'vitest';
import { selectSort } from './selectors';
import type { RootState } from './store';
import { workspaceSlice } from './workspaceSlice';

const { setStages, setTab, sortBy } = workspaceSlice.actions;
const storeOf = () => configureStore({ reducer: { workspace: workspaceSlice.reducer } });
const sortOf = (store: ReturnType<typeof storeOf>) => selectSort(store.getState() as unknown as RootState);

describe('the sort a tab opens with', () => {
  it('Inbound reads by expiry while Received referrals are in view, by last update once only accepted deals are', () => {
    const store = storeOf();
    expect(sortOf(store)).toEqual({ column: 'expirationDateTime', direction: 'asc' });
    store.dispatch(setStages({ tab: 'inbound', stages: ['accepted'] }));
    expect(sortOf(store)).toEqual({ column: 'updatedDateTime', direction: 'desc' });
    store.dispatch(setStages({ tab: 'inbound', stages: ['accepted', 'received'] }));
    expect(sortOf(store)).toEqual({ column: 'expirationDateTime', direction: 'asc' });
  });

  it("keeps the seller's own choice whatever the stages, and Outbound never sorts by an expiry it does not have", () => {
    const store = storeOf();
    store.dispatch(sortBy('customerName'));
    store.dispatch(setStages({ tab: 'inbound', stages: ['archived'] }));
    expect(sortOf(store)).toEqual({ column: 'customerName', direction: 'asc' });
    store.dispatch(sortBy('customerName'));
    expect(sortOf(store)).toEqual({ column: 'customerName', direction: 'desc' });
    store.dispatch(setTab('outbound'));
    expect(sortOf(store)).toEqual({ column: 'updatedDateTime', direction: 'desc' });
  });
});
