import { createSelector } from '@reduxjs/toolkit';
import type { ListArgs } from '../api/workspaceApi';
import { PAGE_SIZE } from '../api/workspaceApi';
import type { RootState } from './store';

export const selectTab = (state: RootState) => state.workspace.tab;
export const selectSort = (state: RootState) => state.workspace.sort;
export const selectSelectedId = (state: RootState) => state.workspace.selectedId;
export const selectStagesOfTab = (state: RootState) => state.workspace.stages[state.workspace.tab];

/** What the list asks the main process for; stages are left out when none is picked (= every stage). */
export const selectListArgs = createSelector([selectTab, selectStagesOfTab, selectSort], (tab, stages, sort): ListArgs => ({
  tab,
  ...(stages.length > 0 ? { stages: [...stages].sort() } : {}),
  sort,
  limit: PAGE_SIZE,
}));
