import type { AppInfo, HandlersOf } from '../../../shared/ipc';

/** app:info: the version, the data folder and the transport, fixed for the run. */
export function createAppHandlers(info: AppInfo): HandlersOf<'app'> {
  return { 'app:info': () => ({ ...info }) };
}
