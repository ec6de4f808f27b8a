import type { BaseQueryApi } from '@reduxjs/toolkit/query';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/ipc';
import { errorFields, errorMessage, ipcBaseQuery } from './baseQuery';

const apiWith = (invoke: (channel: string, input: unknown) => Promise<unknown>) =>
  ({ extra: { api: { invoke, on: () => () => undefined } as unknown as Api } }) as unknown as BaseQueryApi;

describe('ipcBaseQuery', () => {
  it('passes channel and input to window.api and returns the value as data', async () => {
    const seen: unknown[] = [];
    const result = await ipcBaseQuery(
      { channel: 'referrals:get', input: { id: 'r1' } },
      apiWith(async (c, i) => (seen.push(c, i), { ok: true, value: { x: 1 } })),
      {},
    );
    expect(seen).toEqual(['referrals:get', { id: 'r1' }]);
    expect(result).toEqual({ data: { x: 1 } });
  });

  it('maps an error value to an RTK Query error, keeping code, message and fields', async () => {
    const error = { code: 'BAD_INPUT', message: 'Deal name is required', fields: { 'action.edits.name': 'Deal name is required' } };
    const result = await ipcBaseQuery(
      { channel: 'app:info', input: {} },
      apiWith(async () => ({ ok: false, error })),
      {},
    );
    expect(result).toEqual({ error });
    expect(errorMessage(result.error)).toBe('Deal name is required');
    expect(errorFields(result.error)).toEqual(error.fields);
  });

  it('turns a transport that throws into UNAVAILABLE with a sentence', async () => {
    const result = await ipcBaseQuery(
      { channel: 'app:info', input: {} },
      apiWith(async () => {
        throw new Error('socket closed');
      }),
      {},
    );
    expect(result.error?.code).toBe('UNAVAILABLE');
    expect(result.error?.message).toMatch(/could not be reached/);
  });
});
