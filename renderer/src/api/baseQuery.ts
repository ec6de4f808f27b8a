import type { BaseQueryFn } from '@reduxjs/toolkit/query/react';
import type { Api, ApiError, Channel, ChannelInput } from '../../../shared/ipc';

/** One call over window.api: a channel of the contract and its input, checked against each other. */
export type IpcRequest = { [C in Channel]: { channel: C; input: ChannelInput<C> } }[Channel];

/** What the store passes to thunks and base queries: the transport, injected so tests can hand in a fake. */
export type ThunkExtra = { api: Api };

export const unreachable: ApiError = {
  code: 'UNAVAILABLE',
  message: 'The app could not be reached. If it keeps happening, restart Co-sell Workspace.',
};

/** The transport the store was made with (thunks, base queries and cache lifecycles receive it as `extra`). */
export function transportOf(extra: unknown): Api {
  return (extra as ThunkExtra).api;
}

/**
 * RTK Query over window.api.invoke: `{ok: true, value}` becomes data, `{ok: false, error}` becomes an
 * RTK Query error keeping code, message and fields; a transport that throws becomes UNAVAILABLE.
 */
export const ipcBaseQuery: BaseQueryFn<IpcRequest, unknown, ApiError> = async ({ channel, input }, { extra }) => {
  try {
    const invoke = transportOf(extra).invoke as (c: Channel, i: unknown) => ReturnType<Api['invoke']>;
    const result = await invoke(channel, input);
    if (result.ok) return { data: result.value };
    const { code, message, fields } = result.error;
    return { error: fields ? { code, message, fields } : { code, message } };
  } catch {
    return { error: unreachable };
  }
};

/** An error from a mutation's unwrap() or a query's `error`, as words a person can read. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return 'Something went wrong. Try again.';
}

/** Field messages of an ApiError, if it has any. */
export function errorFields(error: unknown): Record<string, string> {
  if (typeof error === 'object' && error !== null && 'fields' in error && typeof error.fields === 'object' && error.fields !== null) {
    return error.fields as Record<string, string>;
  }
  return {};
}
