import type { HandlersOf, ManagedSettings } from '../../../shared/ipc';

/** policy:get: what IT preset (sign-in, update feed), fixed for the run, for Settings to show read-only. */
export function createPolicyHandlers(managed: ManagedSettings): HandlersOf<'policy'> {
  return { 'policy:get': () => managed };
}
