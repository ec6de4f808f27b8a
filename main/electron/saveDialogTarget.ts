import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { ExportTarget } from '../core/export/exportTarget';

export type SaveDialogDeps = {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the dialog belongs to (sheet on macOS); null: a free-standing dialog. */
  window(): BrowserWindow | null;
  /** Where the dialog starts: the Downloads folder. */
  folder(): string;
};

/**
 * The desktop app's export target (SPEC F7): a save dialog picks the file. The rows go to `<file>.part` first and
 * are renamed over the chosen name only when complete, so a cancel or a failure never leaves a half file, nor
 * destroys a file the seller chose to replace.
 */
export function saveDialogTarget(deps: SaveDialogDeps): ExportTarget {
  return {
    async open(suggestedName) {
      const options = { defaultPath: join(deps.folder(), suggestedName), filters: [{ name: 'CSV', extensions: ['csv'] }] };
      const win = deps.window();
      const chosen = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return null;
      const file = chosen.filePath;
      const part = `${file}.part`;
      return {
        out: createWriteStream(part),
        finish: (rows) => {
          renameSync(part, file);
          return Promise.resolve({ status: 'saved' as const, rows, fileName: basename(file) });
        },
        discard: () => {
          rmSync(part, { force: true });
          return Promise.resolve();
        },
      };
    },
  };
}
