import { decodeWords, errorWords, inEnglish, type ErrorKey, type MessageParams, type MessageWords } from '../i18n/messageKey';
import { failure, type ErrorCode, type ApiError } from './result';

/** Words of the `errors` namespace, or words already made (a lifecycle refusal's). */
export type RefusalWords = MessageWords | ErrorKey;
const wordsOf = (words: RefusalWords, params?: MessageParams): MessageWords =>
  typeof words === 'string' ? errorWords(words, params) : words;

/** The words of an ApiError: its key and params, or its message as it was said. */
export function wordsOfError(error: ApiError): MessageWords {
  if (error.key) return error.params ? { key: error.key, params: error.params } : { key: error.key };
  return decodeWords(error.message) ?? errorWords('input.problem', { problem: error.message });
}

/** A refusal as a value: the code, the key and params, and the English words for logs and programs. */
export const fail = (code: ErrorCode, words: RefusalWords, fields?: Record<string, string>): { ok: false; error: ApiError } => {
  const said = wordsOf(words);
  return failure(code, inEnglish(said), said, fields);
};

/**
 * Thrown by core handlers for an expected refusal; the dispatcher turns it into an error value. `message`
 * is English (logs); `words` is what the seller reads, in their language. `fields`: path → encoded message.
 */
export class AppError extends Error {
  readonly words: MessageWords;
  constructor(
    readonly code: ErrorCode,
    words: RefusalWords,
    readonly fields?: Record<string, string>,
  ) {
    const said = wordsOf(words);
    super(inEnglish(said));
    this.words = said;
    this.name = 'AppError';
  }
}
