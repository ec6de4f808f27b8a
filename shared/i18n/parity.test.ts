import { describe, expect, it } from 'vitest';
import { createI18n } from './createI18n';
import { unexpectedLatinWords } from './latinAllowlist';
import { namespaces, resources } from './resources';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Keys grouped by their base: a plural's forms under one entry, with the categories it has and the params it uses. */
function shapeOf(table: Record<string, string>) {
  const plurals = new Set(
    Object.keys(table)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length)),
  );
  const shape = new Map<string, { forms: string[]; params: Set<string> }>();
  for (const [key, value] of Object.entries(table)) {
    const base = key.replace(pluralSuffix, '');
    const entryKey = plurals.has(base) ? base : key;
    const entry = shape.get(entryKey) ?? { forms: [], params: new Set<string>() };
    if (plurals.has(base)) entry.forms.push(key.slice(base.length + 1));
    for (const match of value.matchAll(/\{\{\s*([\w.]+)/g)) entry.params.add(match[1] ?? '');
    shape.set(entryKey, entry);
  }
  return shape;
}

const categories = (language: string) => [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();

describe.each(namespaces)('the %s namespace', (ns) => {
  const en = shapeOf(resources.en[ns]);
  const ru = shapeOf(resources.ru[ns]);

  it('has every English key in Russian and no other', () => {
    expect([...ru.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("has each language's own plural forms (ru: one, few, many, other)", () => {
    for (const [key, entry] of en) {
      if (entry.forms.length === 0) continue;
      expect(entry.forms.sort(), `en ${key}`).toEqual(categories('en'));
      expect(ru.get(key)?.forms.sort(), `ru ${key}`).toEqual(categories('ru'));
    }
  });

  it('uses the same interpolation parameters in both languages', () => {
    for (const [key, entry] of en) {
      expect([...(ru.get(key)?.params ?? [])].sort(), `ru ${key}`).toEqual([...entry.params].sort());
    }
  });

  it('writes Russian in Cyrillic (Latin only for brands, formats and acronyms)', () => {
    const left = Object.entries(resources.ru[ns])
      .map(([key, value]) => ({ key, words: unexpectedLatinWords(value.replace(/\{\{[^}]*\}\}/g, '')) }))
      .filter((e) => e.words.length > 0);
    expect(left).toEqual([]);
  });
});

describe('Russian plurals', () => {
  it('says 1 сделка, 3 сделки, 5 сделок, 21 сделка', () => {
    const i18n = createI18n({ language: 'ru' });
    expect([1, 3, 5, 11, 21, 1.5].map((count) => i18n.t('deals', { count }))).toEqual([
      '1 сделка',
      '3 сделки',
      '5 сделок',
      '11 сделок',
      '21 сделка',
      '1.5 сделки',
    ]);
  });

  it('reports a key that no language has', () => {
    const missing: string[] = [];
    const i18n = createI18n({ language: 'ru', onMissingKey: (m) => missing.push(`${m.namespace}:${m.key}`) });
    // @ts-expect-error: a key that does not exist is a compile error too
    i18n.t('noSuchKey');
    expect(missing).toEqual(['common:noSuchKey']);
  });
});
