import type { Writable } from 'node:stream';
import { AppError, type ExportResult } from '../../../shared/ipc';

/** Where one export's bytes go, and what becomes of them when it ends. */
export type ExportSink = {
  out: Writable;
  /** The file is complete: what the seller is told (saved to a file, or a download address). */
  finish(rows: number): Promise<ExportResult>;
  /** Cancelled or failed: remove whatever was written, so no half file is left behind. */
  discard(): Promise<void>;
};

/**
 * The port an export writes through. Desktop app: a save dialog picks the file (null when the seller closes it);
 * web host: a temporary file served once as a download; tests: a file in a temp folder.
 */
export type ExportTarget = { open(suggestedName: string): Promise<ExportSink | null> };

/** No way to save a file here (a workspace opened without one): export:csv says so. */
export const unavailableExportTarget: ExportTarget = {
  open() {
    return Promise.reject(new AppError('UNAVAILABLE', 'export.unavailable'));
  },
};
