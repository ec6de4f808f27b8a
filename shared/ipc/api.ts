import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './contract';
import type { Result } from './result';

/** What the renderer sees as window.api, whichever transport is underneath (Electron preload or the web host). */
export type Api = {
  invoke: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};
