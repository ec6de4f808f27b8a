import type { Api } from '../../../shared/ipc';

/**
 * window.api as the transport left it, or undefined when the page was opened some other way
 * (a plain browser tab, a stale build): the app then shows an error page instead of crashing.
 */
export function readWindowApi(): Api | undefined {
  const candidate: unknown = (window as { api?: unknown }).api;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { invoke, on } = candidate as Partial<Api>;
  return typeof invoke === 'function' && typeof on === 'function' ? (candidate as Api) : undefined;
}
