import { createI18n } from './createI18n';
import type { errors } from './locales/en/errors';
import { namespaces } from './resources';

type PluralBase<K> = K extends `${infer B}_${'one' | 'other'}` ? B : K;
/** A key of the `errors` namespace (a plural by its base: 'sync.skipped', never 'sync.skipped_one'). */
export type ErrorKey = PluralBase<keyof typeof errors>;

/**
 * Words to say, not yet said: a key with its namespace ('errors:lifecycle.archived', 'common:stage.accepted')
 * and its params. A param may be words itself (a field's label, a stage's name): it is said first, in the same
 * language. `count` picks the plural form.
 */
export type MessageWords = { key: string; params?: MessageParams };
export type MessageParam = string | number | MessageWords;
export type MessageParams = { [name: string]: MessageParam };

/** Words from the `errors` namespace. */
export const errorWords = (key: ErrorKey, params?: MessageParams): MessageWords =>
  params ? { key: `errors:${key}`, params } : { key: `errors:${key}` };

/** Words from another namespace, as a param: `wordsOf('common:stage.accepted')`. */
export const wordsOf = (key: string, params?: MessageParams): MessageWords => (params ? { key, params } : { key });

/**
 * Words as one string, for the places that only carry a string: a zod message, a field message of an ApiError.
 * 'errors:value.positive', or with params 'errors:text.required|{"label":{"key":"errors:label.dealName"}}'.
 */
export function encodeWords(words: MessageWords): string {
  return words.params ? `${words.key}|${JSON.stringify(words.params)}` : words.key;
}

/** A schema's message: the key of the `errors` namespace as one string (see encodeWords). */
export const errorMessage = (key: ErrorKey, params?: MessageParams): string => encodeWords(errorWords(key, params));

const encoded = /^([a-z]+):([A-Za-z0-9_.-]+)(?:\|(\{.*\}))?$/s;

function isParams(value: unknown): value is MessageParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value as Record<string, unknown>).every(
    (v) => typeof v === 'string' || typeof v === 'number' || (isWords(v) && (v.params === undefined || isParams(v.params))),
  );
}

function isWords(value: unknown): value is MessageWords {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/** The words in an encoded message, or null for a message that is plain text (zod's own, an old main's). */
export function decodeWords(message: string): MessageWords | null {
  const match = encoded.exec(message);
  if (!match) return null;
  const [, namespace = '', key = '', json] = match;
  if (!(namespaces as readonly string[]).includes(namespace)) return null;
  if (json === undefined) return { key: `${namespace}:${key}` };
  try {
    const params: unknown = JSON.parse(json);
    return isParams(params) ? { key: `${namespace}:${key}`, params } : null;
  } catch {
    return null;
  }
}

/** i18next's t, as much of it as wording needs (any instance: the renderer's, main's, a fixed language's). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Says the words with `t`: params that are words first, then the key. */
export function sayWords(t: Translate, words: MessageWords): string {
  if (!words.params) return t(words.key);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(words.params)) params[name] = typeof value === 'object' ? sayWords(t, value) : value;
  return t(words.key, params);
}

/** A message that may be encoded words (a schema's, main's field message) in the language of `t`; plain text as it is. */
export function sayMessage(t: Translate, message: string): string {
  const words = decodeWords(message);
  return words ? sayWords(t, words) : message;
}

let english: Translate | null = null;
/** English, for logs and for the `message` every ApiError keeps beside its key. */
export function inEnglish(words: MessageWords | string): string {
  english ??= createI18n({ language: 'en' }).getFixedT('en') as unknown as Translate;
  return typeof words === 'string' ? sayMessage(english, words) : sayWords(english, words);
}
