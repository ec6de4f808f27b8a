import { afterEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';

let t: TestWorkspace | undefined;
afterEach(() => t?.close());

describe('app:info', () => {
  it('names the version, the data folder and the transport, and hands out a copy', async () => {
    t = tempWorkspace({ demoCount: 0 });
    const info = await t.call('app:info', {});
    expect(info).toEqual({ version: '0.0.0-test', dataDir: t.dir, transport: 'web' });
    info.dataDir = '/elsewhere';
    expect((await t.call('app:info', {})).dataDir).toBe(t.dir);
  });
});
