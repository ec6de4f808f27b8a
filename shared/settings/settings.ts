import { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';

/** The service gets the seller's token with every call: over plain http only to this computer (a local test service). */
export const PLAIN_HTTP_SERVICE_MESSAGE = errorMessage('settings.plainHttp');

/** True for an http:// address whose host is not this computer (localhost, 127.x.x.x, [::1]). */
export function isPlainHttpToAnotherComputer(address: string): boolean {
  // shared/ has no URL global (no DOM, no Node types): the authority is read with a regex. A user@ part is
  // kept in the host, so "http://127.0.0.1@evil.example" does not pass for this computer.
  const match = /^http:\/\/(\[[^\]]*\]|[^/?#\s:]+)/i.exec(address.trim());
  if (!match) return false;
  const host = (match[1] ?? '').toLowerCase();
  return !(host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host));
}

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, errorMessage('settings.quietTime'));

/** Settings people can change (electron-store in the desktop app, a JSON file for the web host). */
export const settingsSchema = z
  .object({
    /** Base URL of the referrals service, e.g. https://api.partnercenter.microsoft.com; empty = offline only. */
    serviceUrl: z
      .string()
      .trim()
      .refine((v) => v === '' || /^https?:\/\/[^\s/]+/.test(v), errorMessage('settings.serviceUrl'))
      .refine((v) => !isPlainHttpToAnotherComputer(v), PLAIN_HTTP_SERVICE_MESSAGE)
      .default(''),
    notifications: z
      .object({
        enabled: z.boolean().default(true),
        expiringReferrals: z.boolean().default(true),
        newInbound: z.boolean().default(true),
        helpAnswers: z.boolean().default(true),
        conflicts: z.boolean().default(true),
        /** Hours before expiry; SPEC F5 defaults 3 days, 1 day, 4 hours. */
        thresholdsHours: z
          .array(
            z
              .number()
              .int(errorMessage('settings.wholeHours'))
              .min(1, errorMessage('settings.thresholdMin'))
              .max(14 * 24, errorMessage('settings.thresholdMax')),
          )
          .min(1, errorMessage('settings.thresholdsMin'))
          .max(6, errorMessage('settings.thresholdsMax'))
          .default([72, 24, 4]),
        quietHours: z.object({ start: hhmm, end: hhmm }).nullable().default(null),
        /** The tray's "Pause notifications": kept across restarts; what comes due meanwhile shows on resume. */
        paused: z.boolean().default(false),
      })
      .default({
        enabled: true,
        expiringReferrals: true,
        newInbound: true,
        helpAnswers: true,
        conflicts: true,
        thresholdsHours: [72, 24, 4],
        quietHours: null,
        paused: false,
      }),
    closeToTray: z.boolean().default(true),
    theme: z.enum(['system', 'light', 'dark'], { error: errorMessage('settings.theme') }).default('system'),
    /** 'system' follows the OS (desktop) or the browser (web host); see shared/i18n. */
    language: z.enum(['system', 'en', 'ru'], { error: errorMessage('settings.language') }).default('system'),
    updateChannel: z.enum(['stable', 'beta'], { error: errorMessage('settings.updateChannel') }).default('stable'),
    // No update feed address here: the app installs what the feed offers, so only IT sets it (environment or
    // policy file, see main/core/policy), never the page.
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

/** Keys earlier versions saved that no longer belong in settings; dropped when read, and named in the log. */
export const retiredSettingKeys = ['updateUrl'] as const;
