import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { Stage } from '../../../shared/domain';
import type { SortColumn, Tab } from '../../../shared/ipc';

export type Sort = { column: SortColumn; direction: 'asc' | 'desc' };
export type Notice = { id: number; message: string; severity: 'success' | 'error' | 'info' };

export type WorkspaceState = {
  tab: Tab;
  /** Stages shown per tab; an empty list shows every stage. */
  stages: Record<Tab, Stage[]>;
  sort: Sort;
  selectedId: string | null;
  notice: Notice | null;
};

export const defaultSort: Sort = { column: 'updatedDateTime', direction: 'desc' };

const initialState: WorkspaceState = {
  tab: 'inbound',
  stages: { inbound: [], outbound: [], favorites: [] },
  sort: defaultSort,
  selectedId: null,
  notice: null,
};

/** Dates and money read best newest/largest first; text reads best A→Z. */
const descendingFirst: readonly SortColumn[] = ['dealValue', 'closingDateTime', 'updatedDateTime'];

export const workspaceSlice = createSlice({
  name: 'workspace',
  initialState,
  reducers: {
    setTab(state, action: PayloadAction<Tab>) {
      state.tab = action.payload;
    },
    setStages(state, action: PayloadAction<{ tab: Tab; stages: Stage[] }>) {
      state.stages[action.payload.tab] = action.payload.stages;
    },
    sortBy(state, action: PayloadAction<SortColumn>) {
      const column = action.payload;
      if (state.sort.column === column) {
        state.sort.direction = state.sort.direction === 'asc' ? 'desc' : 'asc';
      } else {
        state.sort = { column, direction: descendingFirst.includes(column) ? 'desc' : 'asc' };
      }
    },
    selectDeal(state, action: PayloadAction<string | null>) {
      state.selectedId = action.payload;
    },
    showNotice(state, action: PayloadAction<{ message: string; severity?: Notice['severity'] }>) {
      state.notice = { id: (state.notice?.id ?? 0) + 1, message: action.payload.message, severity: action.payload.severity ?? 'success' };
    },
    clearNotice(state) {
      state.notice = null;
    },
  },
});

export const { setTab, setStages, sortBy, selectDeal, showNotice, clearNotice } = workspaceSlice.actions;
