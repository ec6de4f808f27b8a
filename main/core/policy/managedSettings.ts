import { encodeWords } from '../../../shared/i18n';
import type { ManagedSettings } from '../../../shared/ipc';
import { planUpdates } from '../update/updatePolicy';
import type { Presets } from './itPolicy';

/** What Settings shows read-only about IT's presets (pure). `packaged`: only an installed app updates itself. */
export function managedSettingsOf(presets: Presets, packaged: boolean): ManagedSettings {
  const plan = planUpdates({ packaged, feed: presets.updateFeed, settings: { updateChannel: 'stable' } });
  return {
    signIn: {
      configured: presets.signIn !== null,
      authority: presets.signIn?.authority ?? null,
      source: presets.signIn?.source ?? null,
    },
    update: {
      url: presets.updateFeed?.url ?? null,
      source: presets.updateFeed?.source ?? null,
      note: plan.kind === 'off' ? `Updates are off: ${plan.reason}.` : null,
      noteKey: plan.kind === 'off' ? plan.why : null,
    },
    // Encoded words (shared/i18n/messageKey.ts): the window says them in the language shown.
    problems: presets.problems.map(encodeWords),
  };
}

/** Nothing preset (a workspace opened by a test or a tool). */
export const nothingPreset: ManagedSettings = managedSettingsOf({ signIn: null, updateFeed: null, problems: [] }, false);
