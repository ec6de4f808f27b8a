import type { BaseQueryFn } from '@reduxjs/toolkit/query/react';
import type { Api, ApiError, Channel, ChannelInput } from '../../../shared/ipc';
import { sayError } from '../i18n/errorWords';

/** One call over window.api: a channel of the contract and its input, checked against each other. */
export type IpcRequest = { [C in Channel]: { channel: C; input: ChannelInput<C> } }[Channel];

/** What the store passes to thunks and base queries: the transport, injected so tests can hand in a fake. */
export type ThunkExtra = { api: Api };

export const unreachable: ApiError = {
  code: 'UNAVAILABLE',
  message: 'The app could not be reached. If it keeps happening, restart Co-sell Workspace.',
  key: 'errors:app.unreachable',
};

/** The transport the store was made with (thunks, base queries and cache lifecycles receive it as `extra`). */
export function transportOf(extra: unknown): Api {
  return (extra as ThunkExtra).api;
}

/**
 * RTK Query over window.api.invoke: `{ok: true, value}` becomes data, `{ok: false, error}` becomes an
 * RTK Query error keeping code, message, key, params and fields; a transport that throws becomes UNAVAILABLE.
 */
export const ipcBaseQuery: BaseQueryFn<IpcRequest, unknown, ApiError> = async ({ channel, input }, { extra }) => {
  try {
    const invoke = transportOf(extra).invoke as (c: Channel, i: unknown) => ReturnType<Api['invoke']>;
    const result = await invoke(channel, input);
    if (result.ok) return { data: result.value };
    const { code, message, key, params, fields } = result.error;
    const error: ApiError = { code, message };
    if (key !== undefined) error.key = key;
    if (params !== undefined) error.params = params;
    if (fields !== undefined) error.fields = fields;
    return { error };
  } catch {
    return { error: unreachable };
  }
};

/**
 * An error from a mutation's unwrap() or a query's `error`, as words a person can read, in the language shown:
 * main sends a key and params (errors namespace), main's own message is the fallback.
 */
export function errorMessage(error: unknown): string {
  return sayError(error);
}

/** Field messages of an ApiError, if it has any. */
export function errorFields(error: unknown): Record<string, string> {
  if (typeof error === 'object' && error !== null && 'fields' in error && typeof error.fields === 'object' && error.fields !== null) {
    return error.fields as Record<string, string>;
  }
  return {};
}
