import { decodeWords, errorWords, inEnglish, sayWords, type MessageWords, type Translate } from '../i18n/messageKey';
import { contract, type Channel, type ChannelOutput, type ParsedInput } from './contract';
import { fieldErrors } from './fieldErrors';
import { AppError } from './refusal';
import { failure, ok, type ErrorCode, type Result } from './result';

/** One handler per channel; a missing or mistyped handler is a compile error. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };

/**
 * The handlers of one namespace, e.g. HandlersOf<'referrals'> = 'referrals:list', 'referrals:get', …: each
 * domain folder of main/core exports one such map and the workspace only spreads them into `Handlers`.
 */
export type HandlersOf<Namespace extends string> = Pick<Handlers, Extract<Channel, `${Namespace}:${string}`>>;

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** A field message as words: encoded words as they are, zod's own English text as a param of 'input.problem'. */
const wordsOfMessage = (message: string): MessageWords => decodeWords(message) ?? errorWords('input.problem', { problem: message });

/** The headline of a bad input: its first field's message, where it is, and how many more there are. */
export function summarize(fields: Record<string, string>): MessageWords {
  const entries = Object.entries(fields);
  const [first] = entries;
  if (!first) return errorWords('input.invalid');
  const problem = wordsOfMessage(first[1]);
  const more = entries.length - 1;
  if (first[0] === '(input)') return more > 0 ? errorWords('input.problemAndMore', { problem, count: more }) : problem;
  return more > 0
    ? errorWords('input.problemAtAndMore', { problem, path: first[0], count: more })
    : errorWords('input.problemAt', { problem, path: first[0] });
}

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

type Log = { error: (msg: string, meta?: unknown) => void };

export type DispatcherOptions = {
  log?: Log;
  /** Main's words now (its language setting): each refusal's `message` is said with it. English when absent. */
  translate?: () => Translate;
};

/**
 * Parses every input with the contract's schema (the renderer is untrusted), calls the handler,
 * and returns errors as values: a code, the key and params the renderer words, and a sentence a person
 * can act on in main's language. Never throws.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const refuse = (code: ErrorCode, words: MessageWords, fields?: Record<string, string>) => {
    const t = options.translate?.();
    return failure(code, t ? sayWords(t, words) : inEnglish(words), words, fields);
  };
  return async (channel, rawInput) => {
    if (!isChannel(channel)) return refuse('UNKNOWN_CHANNEL', errorWords('app.unknownChannel'));
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return refuse('BAD_INPUT', summarize(fields), fields);
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (err) {
      if (err instanceof AppError) return refuse(err.code, err.words, err.fields);
      options.log?.error(`handler ${channel} failed`, err);
      return refuse('INTERNAL', errorWords('app.internal'));
    }
  };
}
