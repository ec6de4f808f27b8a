import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n, sayMessage, sayWords, type Translate } from '../../../shared/i18n';
import { silentLogger } from '../logger';
import { createSettingsService, memorySettingsBackend } from '../settings/settingsService';
import { newDeal } from '../testing/fixtures';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';

/** A refusal reaches the renderer as a key and params; main's own `message` follows the language setting. */
let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace({ settings: createSettingsService(memorySettingsBackend({ language: 'ru' }), silentLogger) });
});
afterEach(() => t.close());

const ru = createI18n({ language: 'ru' }).getFixedT('ru') as unknown as Translate;

async function archivedId(): Promise<string> {
  const page = await t.call('referrals:list', { tab: 'inbound', stages: ['archived'], limit: 1 });
  return page.items[0]!.id;
}

describe('a refusal in Russian settings', () => {
  it('says a lifecycle rule in Russian, and carries the key and params the renderer words', async () => {
    const id = await archivedId();
    const error = await t.fail('referrals:act', { id, action: { type: 'edit', edits: { notes: 'x' } } });
    expect(error.code).toBe('ARCHIVED_READ_ONLY');
    expect(error.key).toBe('errors:lifecycle.archived');
    expect(error.message).toMatch(/^Сделка «.+» в архиве \((Выиграно|Проиграно|Отклонено|Истёк срок)\), её больше нельзя изменить\.$/);
    // The renderer's words from the key and params are main's words.
    expect(sayWords(ru, { key: error.key!, params: error.params! })).toBe(error.message);
  });

  it('says bad input at the boundary in Russian, with each field message a key', async () => {
    const error = await t.fail('referrals:create', { deal: newDeal({ dealValue: '0', team: [] }) });
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toBe('«Ожидаемая сумма»: сумма должна быть больше 0 — deal.dealValue (и ещё 1 ошибка)');
    expect(sayMessage(ru, error.fields?.['deal.team'] ?? '')).toBe(
      'Добавьте хотя бы одного участника команды с именем, телефоном и адресом эл. почты',
    );
  });

  it('follows the setting: after a switch to English the next refusal is English', async () => {
    await t.call('settings:set', { settings: { language: 'en' } });
    const error = await t.fail('referrals:get', { id: 'no-such-deal' });
    expect(error).toEqual({
      code: 'NOT_FOUND',
      message: 'No deal with id "no-such-deal" exists on this computer. It may have been removed; reload the list.',
      key: 'errors:notFound.deal',
      params: { id: 'no-such-deal' },
    });
  });
});

describe('the paging, draft and favorite refusals a person could meet (issue 13)', () => {
  const latin = /[A-Za-z]{2,}/;
  const cases: [string, Parameters<TestWorkspace['fail']>[0], unknown, string, string][] = [
    [
      'a row number and a cursor',
      'referrals:list',
      { tab: 'inbound', offset: 5, cursor: 'x' },
      'offset',
      'по курсору, либо по номеру строки',
    ],
    ['a negative row number', 'referrals:list', { tab: 'inbound', offset: -1 }, 'offset', 'не может быть отрицательным'],
    ['a row number past the end', 'referrals:list', { tab: 'inbound', offset: 10_000_001 }, 'offset', 'не больше 10000000'],
    ['too many rows', 'referrals:list', { tab: 'inbound', limit: 501 }, 'limit', 'не больше 500 строк за раз'],
    ['a fractional number of rows', 'referrals:list', { tab: 'inbound', limit: 1.5 }, 'limit', 'должно быть целым'],
    ['a cursor too long', 'referrals:list', { tab: 'inbound', cursor: 'x'.repeat(2001) }, 'cursor', 'ссылка на страницу списка устарела'],
    ['an unknown tab', 'referrals:list', { tab: 'archive' }, 'tab', '«Входящие», «Исходящие» или «Избранное»'],
    ['a search too long', 'referrals:list', { tab: 'inbound', search: 'x'.repeat(201) }, 'search', 'не больше 200 символов'],
    ['a draft key in capitals', 'drafts:save', { key: 'Wizard', value: {} }, 'key', 'Ключ черновика'],
    ['a draft too large', 'drafts:save', { key: 'wizard', value: 'x'.repeat(300_000) }, 'value', 'больше 256 КБ'],
    ['a favorite that is not yes or no', 'favorites:set', { id: 'r1', favorite: 'yes' }, 'favorite', 'в избранном ли сделка'],
  ];

  it.each(cases)('words %s in Russian, at the field and in the message', async (_what, channel, input, field, words) => {
    const error = await t.fail(channel, input as never);
    expect(error.code).toBe('BAD_INPUT');
    const said = sayMessage(ru, error.fields?.[field] ?? '');
    expect(said).toContain(words);
    expect(said).not.toMatch(latin);
    expect(error.message).toContain(words);
  });
});
