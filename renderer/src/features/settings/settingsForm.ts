import type { TFunction } from 'i18next';
import { z } from 'zod';
import { HOUR_MS } from '../../../../shared/domain';
import type { Formatter } from '../../../../shared/i18n';
import { settingsPatchSchema, type Settings, type SettingsPatch } from '../../../../shared/settings';
import { formSchema } from '../forms/formSchema';

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

/**
 * The Settings form: the settings as they are. Checked with the shared settings patch schema, the rules main
 * applies, so a message shows at its field before anything is sent; the form mirrors the settings, so main's
 * paths ("settings.notifications.quietHours.end") land on the same fields. The sign-in is not part of it (its own
 * section, its own channels) and nor is the update server (IT's, read-only).
 */
export const settingsFormSchema = formSchema(z.custom<SettingsDraft>(), patchOf, settingsPatchSchema);
export type SettingsForm = z.input<typeof settingsFormSchema>;
export type SettingsFormOutput = z.output<typeof settingsFormSchema>;

/** Why a typed threshold was not added: a key of the alerts namespace. */
export type ThresholdProblem = 'notWhole' | 'tooSmall' | 'tooBig' | 'duplicate';

/** "72 h (3 days)", "24 h (1 day)", "4 h" ("72 ч (3 дня)"): hours, and whole days where they are. */
export function thresholdLabel(t: TFunction<'alerts'>, fmt: Formatter, hours: number): string {
  const short = t('hoursShort', { count: hours });
  return hours >= 24 && hours % 24 === 0 ? t('hoursWithDays', { hours: short, days: fmt.duration(hours * HOUR_MS, 'long') }) : short;
}

/** Adds a threshold typed as text: whole hours, kept in descending order without duplicates. Pure. */
export function addThreshold(list: readonly number[], text: string): { list: number[]; error: ThresholdProblem | null } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { list: [...list], error: 'notWhole' };
  const hours = Number(trimmed);
  if (hours < 1) return { list: [...list], error: 'tooSmall' };
  if (hours > 336) return { list: [...list], error: 'tooBig' };
  if (list.includes(hours)) return { list: [...list], error: 'duplicate' };
  return { list: [...list, hours].sort((a, b) => b - a), error: null };
}
