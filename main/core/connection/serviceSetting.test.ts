import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../logger';
import type { AuthService } from '../auth/authService';
import { createSettingsService, memorySettingsBackend } from '../settings/settingsService';
import type { WorkspaceSyncOptions } from '../sync/workspaceSync';
import { memorySecretStore } from './secretStore';
import type { ServiceConnection } from './serviceConnection';
import { effectiveServiceUrl, followServiceSetting, serviceOriginOf, type ServiceOptions } from './serviceSetting';

describe('effectiveServiceUrl', () => {
  it('an override wins over the setting; empty means offline; trailing slashes do not count', () => {
    expect(effectiveServiceUrl(undefined, '')).toBeNull();
    expect(effectiveServiceUrl(undefined, ' https://pc.example/ ')).toBe('https://pc.example');
    expect(effectiveServiceUrl('http://127.0.0.1:4010', 'https://pc.example')).toBe('http://127.0.0.1:4010');
    expect(effectiveServiceUrl('', 'https://pc.example')).toBeNull();
  });

  it('credentials are bound to the origin: scheme, host and port, not the path', () => {
    expect(serviceOriginOf('https://pc.example/api/')).toBe('https://pc.example');
    expect(serviceOriginOf('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
    expect(serviceOriginOf(null)).toBeNull();
    expect(serviceOriginOf('not a url')).toBeNull();
  });
});

function rig(service: { urlOverride?: string; fetch?: ServiceOptions['fetch'] } = {}, serviceUrl = '') {
  const targets: (WorkspaceSyncOptions | null)[] = [];
  const connection = { configure: vi.fn(async (t: WorkspaceSyncOptions | null) => void targets.push(t)) } as unknown as ServiceConnection;
  const settings = createSettingsService(memorySettingsBackend({ serviceUrl }), silentLogger);
  // The order of calls is the point: the auth service hears of a new origin before an engine for it exists.
  const calls: string[] = [];
  const auth = { useService: (origin: string | null) => calls.push(`auth ${origin}`) } as unknown as AuthService;
  vi.mocked(connection.configure).mockImplementation(async (t) => {
    targets.push(t);
    calls.push(`engine ${t && 'serviceUrl' in t ? t.serviceUrl : null}`);
  });
  const off = followServiceSetting(connection, {
    settings,
    service: { ...service, signIn: { preset: null, store: memorySecretStore(), browser: { kind: 'page' } }, tuning: { autoStart: false } },
    auth,
    logger: silentLogger,
  });
  const urls = () => targets.map((t) => (t && 'serviceUrl' in t ? t.serviceUrl : null));
  return { settings, targets, urls, off, auth, calls };
}

describe('followServiceSetting', () => {
  it('connects to the address in Settings, and follows a change of address without a restart; the sign-in hears it first', () => {
    const { settings, urls, targets, auth, calls } = rig({}, 'https://a.example');
    expect(urls()).toEqual(['https://a.example']);
    const first = targets[0]!;
    expect(first).toMatchObject({ autoStart: false });
    // Requests ask the auth service for a token for their own origin, every time.
    expect('token' in first && first.token).toBe(auth);
    settings.set({ theme: 'dark' });
    settings.set({ serviceUrl: 'https://a.example/' });
    expect(urls()).toEqual(['https://a.example']);
    settings.set({ serviceUrl: 'https://b.example/path' });
    settings.set({ serviceUrl: '' });
    expect(urls()).toEqual(['https://a.example', 'https://b.example/path', null]);
    expect(calls).toEqual([
      'auth https://a.example',
      'engine https://a.example',
      'auth https://b.example',
      'engine https://b.example/path',
      'auth null',
      'engine null',
    ]);
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
