import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../logger';
import type { SyncEngine } from '../sync/syncEngine';
import type { WorkspaceSyncOptions } from '../sync/workspaceSync';
import { createServiceConnection } from './serviceConnection';

type FakeEngine = SyncEngine & { url: string; online: boolean | undefined; closed: boolean; finishClose(): void };

function rig() {
  const log: string[] = [];
  const built: FakeEngine[] = [];
  const switched: (string | null)[] = [];
  const build = (o: WorkspaceSyncOptions): SyncEngine => {
    const url = 'serviceUrl' in o ? o.serviceUrl : 'api';
    log.push(`build ${url}`);
    let release = () => {};
    const closing = new Promise<void>((resolve) => (release = resolve));
    const engine = {
      url,
      online: o.online,
      closed: false,
      finishClose: () => release(),
      setOnline: vi.fn((v: boolean) => void (engine.online = v)),
      syncNow: vi.fn(async () => ({}) as never),
      close: vi.fn(async () => {
        engine.closed = true;
        log.push(`close ${url}`);
        await closing;
        log.push(`closed ${url}`);
      }),
    } as unknown as FakeEngine;
    built.push(engine);
    return engine;
  };
  const connection = createServiceConnection({
    build,
    onSwitched: (e) => switched.push(e ? (e as FakeEngine).url : null),
    logger: silentLogger,
  });
  return { connection, log, built, switched };
}

const target = (serviceUrl: string): WorkspaceSyncOptions => ({ serviceUrl, token: 't' });

describe('createServiceConnection', () => {
  it('connects at once the first time, so the engine exists as soon as the workspace is open', () => {
    const { connection, built, switched } = rig();
    void connection.configure(target('http://a'));
    expect(connection.current()).toBe(built[0]);
    expect(switched).toEqual([]);
  });

  it('a new address: the old engine is closed (its pass awaited) before the new one is built', async () => {
    const { connection, log, built, switched } = rig();
    void connection.configure(target('http://a'));
    const done = connection.configure(target('http://b'));
    await vi.waitFor(() => expect(log).toContain('close http://a'));
    expect(connection.current()).toBeNull();
    expect(log).not.toContain('build http://b');
    built[0]!.finishClose();
    await done;
    expect(log).toEqual(['build http://a', 'close http://a', 'closed http://a', 'build http://b']);
    expect(connection.current()).toBe(built[1]);
    expect(switched).toEqual(['http://b']);
  });

  it('switches queue up in order; null disconnects', async () => {
    const { connection, log, built, switched } = rig();
    void connection.configure(target('http://a'));
    const toB = connection.configure(target('http://b'));
    const off = connection.configure(null);
    built[0]!.finishClose();
    await toB;
    built[1]!.finishClose();
    await off;
    expect(log.filter((l) => l.startsWith('build'))).toEqual(['build http://a', 'build http://b']);
    expect(connection.current()).toBeNull();
    expect(switched).toEqual(['http://b', null]);
  });

  it('network state reaches the current engine and carries over to the next one', async () => {
    const { connection, built } = rig();
    void connection.configure(target('http://a'));
    connection.setOnline(false);
    expect(built[0]!.online).toBe(false);
    const next = connection.configure(target('http://b'));
    built[0]!.finishClose();
    await next;
    expect(built[1]!.online).toBe(false);
    await connection.syncNow();
    expect(built[1]!.syncNow).toHaveBeenCalledOnce();
  });

  it('closing during a switch closes the old engine and starts no new one', async () => {
    const { connection, built, log } = rig();
    void connection.configure(target('http://a'));
    const next = connection.configure(target('http://b'));
    const closed = connection.close();
    built[0]!.finishClose();
    await Promise.all([next, closed]);
    expect(log).not.toContain('build http://b');
    expect(connection.current()).toBeNull();
  });

  it('an engine that cannot be built leaves the app offline, with the reason logged', () => {
    const error = vi.fn();
    const connection = createServiceConnection({
      build: () => {
        throw new TypeError('Invalid URL');
      },
      onSwitched: () => {},
      logger: { ...silentLogger, error },
    });
    void connection.configure(target('nonsense'));
    expect(connection.current()).toBeNull();
    expect(error).toHaveBeenCalledOnce();
    return expect(connection.syncNow()).resolves.toBeNull();
  });
});
