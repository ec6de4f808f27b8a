import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../logger';
import { memorySecretStore, type SecretStore } from './secretStore';
import { createTokenSource, describeToken } from './tokenSource';

const osStore = (initial: string | null = null): SecretStore & { writes: (string | null)[] } => {
  const inner = memorySecretStore(initial);
  const writes: (string | null)[] = [];
  return {
    kept: 'os-encrypted',
    get: () => inner.get(),
    set: (t) => {
      writes.push(t);
      inner.set(t);
    },
    writes,
  };
};

describe('createTokenSource', () => {
  it('uses the token given at launch, without saving it, until the seller saves one', () => {
    const secrets = osStore('saved-before');
    const tokens = createTokenSource(secrets, { launchToken: 'from-flag', logger: silentLogger });
    expect(tokens.current()).toBe('from-flag');
    expect(tokens.state()).toEqual({ hasToken: true, kept: 'launch', description: describeToken('launch') });
    expect(tokens.set('typed')).toMatchObject({ hasToken: true, kept: 'os-encrypted' });
    expect(tokens.current()).toBe('typed');
    expect(secrets.writes).toEqual(['typed']);
  });

  it('reads the saved token once; removing it leaves no token', () => {
    const secrets = osStore('saved');
    const get = vi.spyOn(secrets, 'get');
    const tokens = createTokenSource(secrets, { logger: silentLogger });
    expect([tokens.current(), tokens.current(), tokens.state().kept]).toEqual(['saved', 'saved', 'os-encrypted']);
    expect(get).toHaveBeenCalledTimes(1);
    expect(tokens.set('')).toEqual({ hasToken: false, kept: 'none', description: describeToken('none') });
    expect(tokens.current()).toBe('');
    expect(secrets.writes).toEqual([null]);
  });

  it('a saved token that cannot be read (OS key changed) is no token, with a warning', () => {
    const warn = vi.fn();
    const tokens = createTokenSource(
      {
        kept: 'os-encrypted',
        get: () => {
          throw new Error('decrypt failed');
        },
        set: () => {},
      },
      { logger: { ...silentLogger, warn } },
    );
    expect(tokens.current()).toBe('');
    expect(tokens.state().kept).toBe('none');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a token that cannot be saved throws and the previous one stays in use', () => {
    const tokens = createTokenSource(
      {
        kept: 'file',
        get: () => 'old',
        set: () => {
          throw new Error('EROFS');
        },
      },
      { logger: silentLogger },
    );
    expect(() => tokens.set('new')).toThrow('EROFS');
    expect(tokens.current()).toBe('old');
  });

  it('describes each place in plain words, and says when it is not encrypted', () => {
    expect(describeToken('file')).toMatch(/not encrypted/);
    expect(describeToken('os-encrypted')).toMatch(/encrypted by your operating system/);
    expect(describeToken('memory')).toMatch(/until the app quits/);
  });
});
