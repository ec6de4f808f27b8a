import { useSyncExternalStore } from 'react';
import type { Api, Result } from '../../../../shared/ipc';
import type { Settings, SettingsPatch } from '../../../../shared/settings';

export type SettingsState = { settings: Settings | null; loadError: string | null };

export type SettingsClient = {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SettingsState;
  /** Saves a change through settings:set; the new settings apply at once (theme included). */
  save: (patch: SettingsPatch) => Promise<Result<Settings>>;
};

const clients = new WeakMap<Api, SettingsClient>();
const idle: SettingsState = { settings: null, loadError: null };

/**
 * The settings as main has them, shared by the theme (outside the Redux store) and the Settings dialog.
 * Loaded once per window.api, kept current by 'settings:changed' (another window, the tray) and by saves.
 */
export function settingsClientFor(api: Api): SettingsClient {
  const known = clients.get(api);
  if (known) return known;
  let state: SettingsState = idle;
  let started = false;
  const listeners = new Set<() => void>();
  const set = (next: SettingsState) => {
    state = next;
    for (const l of [...listeners]) l();
  };
  const start = () => {
    if (started) return;
    started = true;
    api.on('settings:changed', (settings) => set({ settings, loadError: null }));
    void api.invoke('settings:get', {}).then((r) => {
      if (r.ok) set({ settings: r.value, loadError: null });
      else if (!state.settings) set({ settings: null, loadError: r.error.message });
    });
  };
  const client: SettingsClient = {
    subscribe(listener) {
      listeners.add(listener);
      start();
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => state,
    async save(patch) {
      const r = await api.invoke('settings:set', { settings: patch });
      if (r.ok) set({ settings: r.value, loadError: null });
      return r;
    },
  };
  clients.set(api, client);
  return client;
}

const noop = () => () => {};

export function useSettings(api: Api | undefined): SettingsState {
  const client = api ? settingsClientFor(api) : null;
  return useSyncExternalStore(client?.subscribe ?? noop, client?.getSnapshot ?? (() => idle));
}

/** 'light' or 'dark' to apply: the setting, or the OS's preference when it says "system" (or before it loads). */
export function themeMode(preference: Settings['theme'] | undefined, systemDark: boolean): 'light' | 'dark' {
  if (preference === 'light' || preference === 'dark') return preference;
  return systemDark ? 'dark' : 'light';
}
