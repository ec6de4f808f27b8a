import { z } from 'zod';
import { fieldErrors } from '../ipc/fieldErrors';
import { decodeWords, errorWords } from '../i18n/messageKey';
import { fail } from '../ipc/refusal';
import type { Result } from '../ipc/result';
import { defaultSettings, retiredSettingKeys, settingsSchema, type Settings } from './settings';

// A change to the settings: any subset of the fields, nested one level (notifications). Built from the
// settings schema's own field schemas with their defaults removed, so a missing field means "keep",
// never "reset to default", and each field is refused with the same sentence as the full schema.
const shape = settingsSchema.shape;
const n = shape.notifications.unwrap().shape;

export const settingsPatchSchema = z
  .object({
    serviceUrl: shape.serviceUrl.unwrap().optional(),
    notifications: z
      .object({
        enabled: n.enabled.unwrap().optional(),
        expiringReferrals: n.expiringReferrals.unwrap().optional(),
        newInbound: n.newInbound.unwrap().optional(),
        helpAnswers: n.helpAnswers.unwrap().optional(),
        conflicts: n.conflicts.unwrap().optional(),
        thresholdsHours: n.thresholdsHours.unwrap().optional(),
        quietHours: n.quietHours.unwrap().optional(),
        paused: n.paused.unwrap().optional(),
      })
      .strict()
      .optional(),
    closeToTray: shape.closeToTray.unwrap().optional(),
    theme: shape.theme.unwrap().optional(),
    language: shape.language.unwrap().optional(),
    updateChannel: shape.updateChannel.unwrap().optional(),
  })
  .strict();

export type SettingsPatch = z.input<typeof settingsPatchSchema>;

const refusal = (fields: Record<string, string>): Result<never> => {
  const [first] = Object.values(fields);
  const words =
    first === undefined ? errorWords('settings.invalid') : (decodeWords(first) ?? errorWords('input.problem', { problem: first }));
  return fail('BAD_INPUT', words, fields);
};

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The settings after `patch` (a deep merge: notifications merge field by field, arrays and quiet hours
 * are replaced whole), or the refusal with a message per field. Pure; `current` is never changed.
 */
export function applySettingsPatch(current: Settings, patch: unknown): Result<Settings> {
  const parsed = settingsPatchSchema.safeParse(patch ?? {});
  if (!parsed.success) return refusal(fieldErrors(parsed.error, '(settings)'));
  const { notifications, ...top } = parsed.data;
  const merged = { ...current, ...defined(top), notifications: { ...current.notifications, ...defined(notifications ?? {}) } };
  const full = settingsSchema.safeParse(merged);
  return full.success ? { ok: true, value: full.data } : refusal(fieldErrors(full.error, '(settings)'));
}

/**
 * Settings read back from disk, which a person (or an older version) may have edited: every valid field
 * is kept, every invalid or unknown one falls back to its default and is reported, so one bad value never
 * loses the others. Keys an older version saved that no longer exist (`retiredSettingKeys`) are dropped and
 * listed apart: they are not mistakes. Pure.
 */
export function recoverSettings(raw: unknown): { settings: Settings; dropped: string[]; retired: string[] } {
  if (raw != null && (typeof raw !== 'object' || Array.isArray(raw)))
    return { settings: defaultSettings, dropped: ['(settings)'], retired: [] };
  const given = (raw ?? {}) as Record<string, unknown>;
  const retired = retiredSettingKeys.filter((key) => key in given);
  const source = Object.fromEntries(Object.entries(given).filter(([key]) => !(retiredSettingKeys as readonly string[]).includes(key)));
  const whole = settingsSchema.safeParse(source);
  if (whole.success) return { settings: whole.data, dropped: [], retired };
  const dropped: string[] = [];
  let settings = defaultSettings;
  for (const [key, value] of Object.entries(source)) {
    if (key === 'notifications' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        const next = applySettingsPatch(settings, { notifications: { [inner]: innerValue } });
        if (next.ok) settings = next.value;
        else dropped.push(`notifications.${inner}`);
      }
      continue;
    }
    const next = applySettingsPatch(settings, { [key]: value });
    if (next.ok) settings = next.value;
    else dropped.push(key);
  }
  return { settings, dropped, retired };
}
