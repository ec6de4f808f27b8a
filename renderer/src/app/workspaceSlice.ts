import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { DealType, Stage } from '../../../shared/domain';
import type { SortColumn, Tab } from '../../../shared/ipc';

export type Sort = { column: SortColumn; direction: 'asc' | 'desc' };
export type Notice = { id: number; message: string; severity: 'success' | 'error' | 'info' };

/** List filters shared by every tab. Dates are the yyyy-mm-dd of a date input; '' means "not set". */
export type Filters = { search: string; dealType: DealType | ''; customer: string; closeFrom: string; closeTo: string };
export const noFilters: Filters = { search: '', dealType: '', customer: '', closeFrom: '', closeTo: '' };

/** A dialog of the detail panel, opened by a button or a keyboard shortcut. */
export type ActionDialog = 'accept' | 'decline' | 'edit' | 'addTeam' | 'solutions' | 'requestHelp' | 'win' | 'lose';

export type WorkspaceState = {
  tab: Tab;
  /** Stages shown per tab; an empty list shows every stage. */
  stages: Record<Tab, Stage[]>;
  filters: Filters;
  sort: Sort;
  selectedId: string | null;
  dialog: { id: string; kind: ActionDialog } | null;
  wizardOpen: boolean;
  shortcutsOpen: boolean;
  /** Bumped to ask the search box for focus (Ctrl+F, /). */
  searchFocus: number;
  notice: Notice | null;
};

export const defaultSort: Sort = { column: 'updatedDateTime', direction: 'desc' };

const initialState: WorkspaceState = {
  tab: 'inbound',
  stages: { inbound: [], outbound: [], favorites: [] },
  filters: noFilters,
  sort: defaultSort,
  selectedId: null,
  dialog: null,
  wizardOpen: false,
  shortcutsOpen: false,
  searchFocus: 0,
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
    setFilter(state, action: PayloadAction<Partial<Filters>>) {
      state.filters = { ...state.filters, ...action.payload };
    },
    /** Clears the filters and the current tab's stage selection: everything in the tab shows again. */
    clearFilters(state) {
      state.filters = noFilters;
      state.stages[state.tab] = [];
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
      if (state.dialog && state.dialog.id !== action.payload) state.dialog = null;
    },
    openDialog(state, action: PayloadAction<{ id: string; kind: ActionDialog }>) {
      state.dialog = action.payload;
    },
    closeDialog(state) {
      state.dialog = null;
    },
    setWizardOpen(state, action: PayloadAction<boolean>) {
      state.wizardOpen = action.payload;
    },
    setShortcutsOpen(state, action: PayloadAction<boolean>) {
      state.shortcutsOpen = action.payload;
    },
    focusSearch(state) {
      state.searchFocus += 1;
    },
    showNotice(state, action: PayloadAction<{ message: string; severity?: Notice['severity'] }>) {
      state.notice = { id: (state.notice?.id ?? 0) + 1, message: action.payload.message, severity: action.payload.severity ?? 'success' };
    },
    clearNotice(state) {
      state.notice = null;
    },
  },
});

export const {
  setTab,
  setStages,
  setFilter,
  clearFilters,
  sortBy,
  selectDeal,
  openDialog,
  closeDialog,
  setWizardOpen,
  setShortcutsOpen,
  focusSearch,
  showNotice,
  clearNotice,
} = workspaceSlice.actions;
