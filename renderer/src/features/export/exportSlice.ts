import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ExportProgress } from '../../../../shared/ipc';

/** How far the running export has got (export:progress events from main), per export id. */
export type ExportState = { progress: ExportProgress | null };

const initialState: ExportState = { progress: null };

export const exportSlice = createSlice({
  name: 'export',
  initialState,
  reducers: {
    exportProgressed(state, action: PayloadAction<ExportProgress>) {
      state.progress = action.payload;
    },
    exportEnded(state) {
      state.progress = null;
    },
  },
});

export const { exportProgressed, exportEnded } = exportSlice.actions;
