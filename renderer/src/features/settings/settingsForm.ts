import { applySettingsPatch, type Settings, type SettingsPatch } from '../../../../shared/settings';

/** What the dialog edits: the seller-facing settings (update channel and server belong to the update feature). */
export type SettingsDraft = Pick<Settings, 'serviceUrl' | 'notifications' | 'closeToTray' | 'theme' | 'language'>;

export const draftOf = (s: Settings): SettingsDraft => ({
  serviceUrl: s.serviceUrl,
  notifications: { ...s.notifications, thresholdsHours: [...s.notifications.thresholdsHours] },
  closeToTray: s.closeToTray,
  theme: s.theme,
  language: s.language,
});

/** The dialog's change. The tray owns the pause: saving the dialog never puts back the value it opened with. */
export const patchOf = (d: SettingsDraft): SettingsPatch => {
  const { paused: _trayOwns, ...notifications } = d.notifications;
  return { ...d, notifications };
};

/** Field → message, with the paths of the settings schema ("notifications.quietHours.start"); "settings." from main is dropped. */
export function fieldMessages(fields: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) out[path.replace(/^settings\./, '')] ??= message;
  return out;
}

/** The first message at `path` or below it (a list's items report as "path.0"). */
export function messageAt(errors: Record<string, string>, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];
}

/** Checks the draft with the same rules main applies, so messages show at the field before anything is sent. Pure. */
export function validateDraft(current: Settings, draft: SettingsDraft): Record<string, string> {
  const r = applySettingsPatch(current, patchOf(draft));
  return r.ok ? {} : fieldMessages(r.error.fields);
}

/** "72 h (3 days)", "24 h (1 day)", "4 h". */
export function thresholdLabel(hours: number): string {
  if (hours >= 24 && hours % 24 === 0) return `${hours} h (${hours / 24} day${hours === 24 ? '' : 's'})`;
  return `${hours} h`;
}

/** Adds a threshold typed as text: whole hours, kept in descending order without duplicates. Pure. */
export function addThreshold(list: readonly number[], text: string): { list: number[]; error: string | null } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { list: [...list], error: 'Use whole hours, like 48' };
  const hours = Number(trimmed);
  if (hours < 1) return { list: [...list], error: 'A threshold is at least 1 hour' };
  if (hours > 336) return { list: [...list], error: 'A threshold is at most 14 days (336 hours)' };
  if (list.includes(hours)) return { list: [...list], error: `${hours} h is already in the list` };
  return { list: [...list, hours].sort((a, b) => b - a), error: null };
}
