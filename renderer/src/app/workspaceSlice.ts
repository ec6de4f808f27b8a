import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { DealType, Stage, TeamMember } from '../../../shared/domain';
import type { SortColumn, Tab } from '../../../shared/ipc';

export type Sort = { column: SortColumn; direction: 'asc' | 'desc' };
/**
 * What Undo in a notice puts back: a favorite's previous state, the filters before Clear filters, or a team member
 * removed from a deal (added back).
 */
export type Undo =
  | { kind: 'favorite'; id: string; favorite: boolean }
  | { kind: 'filters'; filters: Filters; stages: Record<Tab, Stage[]> }
  | { kind: 'teamMember'; id: string; member: TeamMember };
export type Notice = { id: number; message: string; severity: 'success' | 'error' | 'info'; undo?: Undo };

/** Which expiry window the expiry summary filtered on ('' = none), and the moment it ends (ISO; '' = none). */
export type ExpiringWindow = '' | 'today' | 'week';

/** List filters shared by every tab. Dates are the yyyy-mm-dd of a date input; '' means "not set". */
export type Filters = {
  search: string;
  dealType: DealType | '';
  customer: string;
  closeFrom: string;
  closeTo: string;
  expiring: ExpiringWindow;
  expiresBefore: string;
};
export const noFilters: Filters = { search: '', dealType: '', customer: '', closeFrom: '', closeTo: '', expiring: '', expiresBefore: '' };

/** A dialog of the detail panel, opened by a button or a keyboard shortcut. */
export type ActionDialog = 'accept' | 'decline' | 'edit' | 'addTeam' | 'solutions' | 'requestHelp' | 'win' | 'lose';

export type WorkspaceState = {
  tab: Tab;
  /** Stages shown per tab; an empty list shows every stage. */
  stages: Record<Tab, Stage[]>;
  filters: Filters;
  /**
   * Each tab keeps the sort its seller chose; `null` is the tab's own default (see `defaultSortOf`): Inbound reads
   * by expiry while Received referrals are in view, everything else by last update.
   */
  sort: Record<Tab, Sort | null>;
  selectedId: string | null;
  dialog: { id: string; kind: ActionDialog } | null;
  wizardOpen: boolean;
  shortcutsOpen: boolean;
  /** Bumped to ask the search box for focus (Ctrl+F, /). */
  searchFocus: number;
  notice: Notice | null;
};

export const defaultSort: Sort = { column: 'updatedDateTime', direction: 'desc' };
/**
 * Inbound opens on what needs action: sorted by expiry, soonest first, which puts every Received referral (the
 * only ones that can expire) before the accepted and archived ones.
 */
export const inboundSort: Sort = { column: 'expirationDateTime', direction: 'asc' };

/**
 * A tab's sort until the seller picks one. Expiry-first only helps while Received referrals (the only ones that can
 * expire) are in view; accepted and archived deals read best by what changed last.
 */
export function defaultSortOf(tab: Tab, stages: readonly Stage[]): Sort {
  return tab === 'inbound' && (stages.length === 0 || stages.includes('received')) ? inboundSort : defaultSort;
}

const initialState: WorkspaceState = {
  tab: 'inbound',
  stages: { inbound: [], outbound: [], favorites: [] },
  filters: noFilters,
  sort: { inbound: null, outbound: null, favorites: null },
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
      // Outbound deals never expire: an expiry filter or sort would only hide or shuffle them.
      if (action.payload === 'outbound' && state.sort.outbound?.column === 'expirationDateTime') state.sort.outbound = null;
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
    /** Puts back the filters and stages Clear filters removed (its Undo). */
    restoreFilters(state, action: PayloadAction<{ filters: Filters; stages: Record<Tab, Stage[]> }>) {
      state.filters = action.payload.filters;
      state.stages = action.payload.stages;
    },
    /** The expiry summary's one click: Received referrals of Inbound expiring before `before`, soonest first. */
    showExpiring(state, action: PayloadAction<{ window: Exclude<ExpiringWindow, ''>; before: string }>) {
      state.tab = 'inbound';
      state.filters = { ...state.filters, expiring: action.payload.window, expiresBefore: action.payload.before };
      state.stages.inbound = ['received'];
      state.sort.inbound = null;
    },
    sortBy(state, action: PayloadAction<SortColumn>) {
      const column = action.payload;
      const sort = state.sort[state.tab] ?? defaultSortOf(state.tab, state.stages[state.tab]);
      if (sort.column === column) {
        state.sort[state.tab] = { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' };
      } else {
        state.sort[state.tab] = { column, direction: descendingFirst.includes(column) ? 'desc' : 'asc' };
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
    showNotice(state, action: PayloadAction<{ message: string; severity?: Notice['severity']; undo?: Undo }>) {
      const { message, severity = 'success', undo } = action.payload;
      state.notice = { id: (state.notice?.id ?? 0) + 1, message, severity, ...(undo ? { undo } : {}) };
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
  restoreFilters,
  showExpiring,
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
