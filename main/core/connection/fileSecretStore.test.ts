import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSecretStore, removeRetiredTokenFiles, SIGN_IN_FILE_NAME } from './fileSecretStore';
import { memorySecretStore } from './secretStore';
import { tempDirs } from '../testing/tempDirs';

const tempDir = tempDirs('cosell-secret-');

describe('fileSecretStore (web host)', () => {
  it('saves the token in a file only the user can read, reads it back, removes it on null or empty', () => {
    const dir = tempDir();
    const file = join(dir, 'data', SIGN_IN_FILE_NAME);
    const store = fileSecretStore(file);
    expect(store.kept).toBe('file');
    expect(store.get()).toBeNull();
    store.set('eyJ.token-1');
    expect(store.get()).toBe('eyJ.token-1');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    store.set('token-2');
    expect(fileSecretStore(file).get()).toBe('token-2');
    expect(readdirSync(join(dir, 'data'))).toEqual([SIGN_IN_FILE_NAME]);
    store.set('');
    expect(existsSync(file)).toBe(false);
    store.set(null);
    expect(store.get()).toBeNull();
  });

  it('an empty or whitespace-only file counts as no token', () => {
    const file = join(tempDir(), SIGN_IN_FILE_NAME);
    writeFileSync(file, '  \n');
    expect(fileSecretStore(file).get()).toBeNull();
  });
});

describe('removeRetiredTokenFiles', () => {
  it('removes a pasted service token an earlier version saved (not bound to any address), and nothing else', () => {
    const dir = tempDir();
    for (const name of ['service-token', 'service-token.enc', SIGN_IN_FILE_NAME, 'cosell.db']) writeFileSync(join(dir, name), 'x');
    expect(removeRetiredTokenFiles(dir)).toEqual(['service-token', 'service-token.enc']);
    expect(readdirSync(dir).sort()).toEqual(['cosell.db', SIGN_IN_FILE_NAME]);
    expect(removeRetiredTokenFiles(dir)).toEqual([]);
  });
});

describe('memorySecretStore', () => {
  it('keeps the token for this run only', () => {
    const store = memorySecretStore('a');
    expect([store.kept, store.get()]).toEqual(['memory', 'a']);
    store.set('');
    expect(store.get()).toBeNull();
  });
});
