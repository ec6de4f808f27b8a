import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../logger';
import { createSettingsService, memorySettingsBackend } from '../settings/settingsService';
import type { WorkspaceSyncOptions } from '../sync/workspaceSync';
import { memorySecretStore } from './secretStore';
import type { ServiceConnection } from './serviceConnection';
import { effectiveServiceUrl, followServiceSetting, type ServiceOptions } from './serviceSetting';
import { createTokenSource } from './tokenSource';

describe('effectiveServiceUrl', () => {
  it('an override wins over the setting; empty means offline; trailing slashes do not count', () => {
    expect(effectiveServiceUrl(undefined, '')).toBeNull();
    expect(effectiveServiceUrl(undefined, ' https://pc.example/ ')).toBe('https://pc.example');
    expect(effectiveServiceUrl('http://127.0.0.1:4010', 'https://pc.example')).toBe('http://127.0.0.1:4010');
    expect(effectiveServiceUrl('', 'https://pc.example')).toBeNull();
  });
});

function rig(service: { urlOverride?: string; fetch?: ServiceOptions['fetch'] } = {}, serviceUrl = '') {
  const targets: (WorkspaceSyncOptions | null)[] = [];
  const connection = { configure: vi.fn(async (t: WorkspaceSyncOptions | null) => void targets.push(t)) } as unknown as ServiceConnection;
  const settings = createSettingsService(memorySettingsBackend({ serviceUrl }), silentLogger);
  const tokens = createTokenSource(memorySecretStore('tok'), { logger: silentLogger });
  const off = followServiceSetting(connection, {
    settings,
    service: { ...service, secrets: memorySecretStore(), tuning: { autoStart: false } },
    tokens,
    logger: silentLogger,
  });
  const urls = () => targets.map((t) => (t && 'serviceUrl' in t ? t.serviceUrl : null));
  return { settings, targets, urls, off, tokens };
}

describe('followServiceSetting', () => {
  it('connects to the address in Settings, and follows a change of address without a restart', () => {
    const { settings, urls, targets } = rig({}, 'https://a.example');
    expect(urls()).toEqual(['https://a.example']);
    const first = targets[0]!;
    expect(first).toMatchObject({ autoStart: false });
    expect('token' in first && typeof first.token === 'function' ? first.token() : null).toBe('tok');
    settings.set({ theme: 'dark' });
    settings.set({ serviceUrl: 'https://a.example/' });
    expect(urls()).toEqual(['https://a.example']);
    settings.set({ serviceUrl: 'https://b.example' });
    settings.set({ serviceUrl: '' });
    expect(urls()).toEqual(['https://a.example', 'https://b.example', null]);
  });

  it('every engine uses the transport the app gives (Electron: net.fetch), also after a change of address', () => {
    const fetch = vi.fn<NonNullable<ServiceOptions['fetch']>>();
    const { settings, targets } = rig({ fetch }, 'https://a.example');
    settings.set({ serviceUrl: 'https://b.example' });
    expect(targets.map((t) => t && 'fetch' in t && t.fetch)).toEqual([fetch, fetch]);
  });

  it('an override pins the address: the setting is not followed', () => {
    const { settings, urls } = rig({ urlOverride: 'http://127.0.0.1:9' }, 'https://a.example');
    settings.set({ serviceUrl: 'https://b.example' });
    expect(urls()).toEqual(['http://127.0.0.1:9']);
  });

  it('no address: nothing to connect to (offline), and unsubscribes', () => {
    const { settings, urls, off } = rig();
    expect(urls()).toEqual([null]);
    off();
    settings.set({ serviceUrl: 'https://b.example' });
    expect(urls()).toEqual([null]);
  });
});
