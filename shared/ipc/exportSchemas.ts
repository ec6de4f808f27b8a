import { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';

/** The languages an export's column headers and words can be in: the UI's. */
export const exportLanguageSchema = z.enum(['en', 'ru'], { error: errorMessage('export.language') });
export type ExportLanguage = z.infer<typeof exportLanguageSchema>;

/** Names one export so its progress events and a cancel can find it (the renderer makes it up: a UUID). */
export const exportIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, errorMessage('export.id'));

/**
 * How an export ended. saved: written to the file the seller chose (desktop app); download: ready at `url`, once
 * (web host); cancelled: stopped by the seller or the save dialog closed, nothing left behind.
 */
export const exportResultSchema = z.object({
  status: z.enum(['saved', 'download', 'cancelled']),
  rows: z.number().int(),
  fileName: z.string(),
  url: z.string().optional(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportProgressSchema = z.object({ exportId: z.string(), rows: z.number().int(), total: z.number().int() });
export type ExportProgress = z.infer<typeof exportProgressSchema>;
