import { contract, type Channel, type ChannelOutput, type ParsedInput } from './contract';
import { fieldErrors } from './fieldErrors';
import { AppError, fail, ok, UNKNOWN_CHANNEL_MESSAGE, type Result } from './result';

/** One handler per channel; a missing or mistyped handler is a compile error. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };

/**
 * The handlers of one namespace, e.g. HandlersOf<'referrals'> = 'referrals:list', 'referrals:get', …: each
 * domain folder of main/core exports one such map and the workspace only spreads them into `Handlers`.
 */
export type HandlersOf<Namespace extends string> = Pick<Handlers, Extract<Channel, `${Namespace}:${string}`>>;

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

export function summarize(fields: Record<string, string>): string {
  const entries = Object.entries(fields);
  const [first] = entries;
  if (!first) return 'The request was not valid.';
  const more = entries.length > 1 ? ` (and ${entries.length - 1} more problem${entries.length > 2 ? 's' : ''})` : '';
  return `${first[1]}${first[0] === '(input)' ? '' : ` — ${first[0]}`}${more}`;
}

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

type Log = { error: (msg: string, meta?: unknown) => void };

/**
 * Parses every input with the contract's schema (the renderer is untrusted), calls the handler,
 * and returns errors as values with a sentence a person can act on. Never throws.
 */
export function createDispatcher(handlers: Handlers, log?: Log): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', UNKNOWN_CHANNEL_MESSAGE);
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return fail('BAD_INPUT', summarize(fields), fields);
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message, err.fields);
      log?.error(`handler ${channel} failed`, err);
      return fail(
        'INTERNAL',
        'Something went wrong inside the app; your data was not changed. Try again, and if it keeps happening, restart the app.',
      );
    }
  };
}
