import { createSelector } from '@reduxjs/toolkit';
import type { CountsQuery } from '../../../shared/ipc';
import type { ListArgs } from '../api/workspaceApi';
import { PAGE_SIZE } from '../api/workspaceApi';
import { fromDateInput } from '../format/dates';
import type { RootState } from './store';
import type { Sort } from './workspaceSlice';
import { defaultSortOf } from './workspaceSlice';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export const selectTab = (state: RootState) => state.workspace.tab;
export const selectSelectedId = (state: RootState) => state.workspace.selectedId;
export const selectStagesOfTab = (state: RootState) => state.workspace.stages[state.workspace.tab];
/** The sort the seller chose for this tab, or the tab's own default for the stages in view. */
export const selectSort = (state: RootState): Sort =>
  state.workspace.sort[state.workspace.tab] ?? defaultSortOf(state.workspace.tab, state.workspace.stages[state.workspace.tab]);
export const selectFilters = (state: RootState) => state.workspace.filters;
export const selectDialog = (state: RootState) => state.workspace.dialog;

/** Are any filters narrowing the current tab (stages included)? */
export const selectIsFiltered = createSelector(
  [selectFilters, selectStagesOfTab],
  (filters, stages) => stages.length > 0 || Object.values(filters).some((v) => v.trim() !== ''),
);

/**
 * What the list asks the main process for: only the filters that are set (an empty stage list means every
 * stage), close dates as UTC midnight (close dates are stored that way, so "to" includes its own day).
 */
export const selectListArgs = createSelector(
  [selectTab, selectStagesOfTab, selectFilters, selectSort],
  (tab, stages, f, sort): ListArgs => {
    const search = f.search.trim();
    const customer = f.customer.trim();
    return {
      tab,
      ...(stages.length > 0 ? { stages: [...stages].sort() } : {}),
      ...(f.dealType ? { dealType: f.dealType } : {}),
      ...(customer ? { customer } : {}),
      ...(isDate(f.closeFrom) ? { closeFrom: fromDateInput(f.closeFrom) } : {}),
      ...(isDate(f.closeTo) ? { closeTo: fromDateInput(f.closeTo) } : {}),
      ...(search ? { search } : {}),
      ...(f.expiresBefore ? { expiresBefore: f.expiresBefore } : {}),
      sort,
      limit: PAGE_SIZE,
    };
  },
);

/**
 * The filters of the list (search included) without tab, stages and sort: what the filtered counts of every tab and
 * stage ask for. null when nothing is filtered: the counts are then the totals themselves.
 */
export const selectCountsArgs = createSelector([selectListArgs], (args): CountsQuery | null => {
  const { dealType, customer, closeFrom, closeTo, search, expiresBefore } = args;
  const f: CountsQuery = {
    ...(dealType ? { dealType } : {}),
    ...(customer ? { customer } : {}),
    ...(closeFrom ? { closeFrom } : {}),
    ...(closeTo ? { closeTo } : {}),
    ...(search ? { search } : {}),
    ...(expiresBefore ? { expiresBefore } : {}),
  };
  return Object.keys(f).length > 0 ? f : null;
});
