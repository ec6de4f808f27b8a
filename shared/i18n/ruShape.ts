/**
 * The shape a Russian namespace must have, computed from the English one: the same keys, except that each
 * plural ("deals_one" / "deals_other" in English) has Russian's four forms: _one, _few, _many, _other.
 * `satisfies RuOf<typeof en>` in a ru file makes a missing or extra key a compile error.
 */
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
type EnPluralKeys<T> = `${PluralBase<keyof T>}_${'one' | 'other'}`;
type RuPluralKeys<T> = `${PluralBase<keyof T>}_${'one' | 'few' | 'many' | 'other'}`;

export type RuOf<T> = { [K in Exclude<keyof T, EnPluralKeys<T>> | RuPluralKeys<T>]: string };
