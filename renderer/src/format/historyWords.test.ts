import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../../../shared/domain';
import { createFormatter, createI18n, encodeWords, errorWords } from '../../../shared/i18n';
import { actionLabel } from './labels';
import { describeChanges } from './historyWords';

const en = createI18n({ language: 'en' });
const ru = createI18n({ language: 'ru' });
/** The lines in English (en-US formats), or in Russian with `lang` ru. */
const describe_ = (changes: FieldChange[], currency: string, lang: 'en' | 'ru' = 'en') =>
  describeChanges(
    (lang === 'en' ? en : ru).getFixedT(null, ['common', 'detail']),
    createFormatter(lang === 'en' ? 'en-US' : 'ru-RU'),
    changes,
    currency,
  );

const ada = { firstName: 'Ada', lastName: 'Lovelace', phoneNumber: '+1 555 0100', email: 'ada@partner.example' };
const bob = { firstName: 'Bob', lastName: 'Ortiz', phoneNumber: '+1 555 0101', email: 'bob@partner.example' };
const fabric = { id: 's1', name: 'Microsoft Fabric', publisher: 'Microsoft', kind: 'microsoft', registrationEligible: false };
const copilot = { id: 's2', name: 'Microsoft 365 Copilot', publisher: 'Microsoft', kind: 'microsoft', registrationEligible: false };

describe('history in a seller’s words', () => {
  it('says who joined or left the team and which solution changed, never "3 items → 4 items"', () => {
    expect(describe_([{ field: 'team', from: [ada], to: [ada, bob] }], 'USD')).toEqual([
      'Added Bob Ortiz (bob@partner.example) to the team',
    ]);
    expect(describe_([{ field: 'team', from: [ada, bob], to: [bob] }], 'USD')).toEqual([
      'Removed Ada Lovelace (ada@partner.example) from the team',
    ]);
    expect(describe_([{ field: 'details.requirements.solutions', from: [fabric], to: [copilot] }], 'USD')).toEqual([
      'Added the solution Microsoft 365 Copilot',
      'Removed the solution Microsoft Fabric',
    ]);
  });

  it('names the stage people see, formats money and dates, and tells a help request in words, not JSON', () => {
    const lines = describe_(
      [
        { field: 'status', from: 'New', to: 'Active' },
        { field: 'substatus', from: 'Pending', to: 'Accepted' },
        { field: 'details.dealValue', from: '250000', to: '300000.5' },
        { field: 'details.closingDateTime', from: '2027-03-31T00:00:00.000Z', to: '2027-06-30T00:00:00.000Z' },
        { field: 'consent.consentToShareReferralWithMicrosoftSellers', from: false, to: true },
        {
          field: 'inviteContext',
          from: undefined,
          to: {
            helpType: 'QuotesAndLicensing',
            notes: 'Pricing for 300 seats',
            invitedBy: 'You',
            invitedDateTime: '2026-11-24T10:00:00.000Z',
            respondByDateTime: '2026-12-08T10:00:00.000Z',
            microsoftResponse: 'pending',
          },
        },
      ],
      'EUR',
    );
    expect(lines).toEqual([
      'Stage: Received → Accepted',
      'Value: €250,000.00 → €300,000.50',
      'Close date: Mar 31, 2027 → Jun 30, 2027',
      'Shared with Microsoft: it is a co-sell deal now',
      'Asked Microsoft for help: Quotes and licensing',
      'Notes for Microsoft: “Pricing for 300 seats”',
    ]);
    expect(lines.join(' ')).not.toMatch(/[{}]|items|Substatus/);
  });

  it('a value whose currency changed too shows each side in its own currency; a closed deal names its outcome', () => {
    expect(
      describe_(
        [
          { field: 'details.dealValue', from: '1000', to: '900' },
          { field: 'details.currency', from: 'USD', to: 'EUR' },
        ],
        'EUR',
      ),
    ).toEqual(['Value: $1,000.00 → €900.00', 'Currency: USD → EUR']);
    expect(
      describe_(
        [
          { field: 'status', from: 'Active', to: 'Closed' },
          { field: 'substatus', from: 'Accepted', to: 'Won' },
        ],
        'USD',
      ),
    ).toEqual(['Stage: Accepted → Archived · Won']);
  });

  it('reads in Russian with Russian plurals and formats', () => {
    expect(
      describe_(
        [
          { field: 'status', from: 'New', to: 'Active' },
          { field: 'substatus', from: 'Pending', to: 'Accepted' },
          { field: 'team', from: [ada], to: [ada, bob] },
        ],
        'EUR',
        'ru',
      ),
    ).toEqual(['Этап: Получено → Принято', 'Новый участник команды: Bob Ortiz (bob@partner.example)']);
    const [line] = describe_([{ field: 'details.dealValue', from: '250000', to: '300000.5' }], 'EUR', 'ru');
    expect(line).toMatch(/^Сумма: 250\s000,00\s€ → 300\s000,50\s€$/);
  });

  it('says why a change was not sent in the language shown, and names the entry (issue 13)', () => {
    const reason: FieldChange = {
      field: 'reason',
      from: encodeWords(errorWords('dropped.what.edit')),
      to: encodeWords(errorWords('dropped.notOnService', { what: errorWords('dropped.what.edit') })),
    };
    expect(describe_([reason], 'USD')).toEqual([
      'This deal is not on the service (it was never created there), so your edits could not be sent.',
    ]);
    expect(describe_([reason], 'USD', 'ru')).toEqual([
      'Этой сделки нет в сервисе (она там так и не была создана), поэтому не удалось отправить: ваши правки.',
    ]);
    // A record from before keeps its English sentence.
    expect(describe_([{ field: 'reason', from: 'your edits', to: 'The service did not accept your edits.' }], 'USD', 'ru')).toEqual([
      'The service did not accept your edits.',
    ]);
    const t = ru.getFixedT(null, 'common');
    expect(['notSent', 'conflictResolved', 'serviceUpdate'].map((a) => actionLabel(t, a))).toEqual([
      'Не отправлена',
      'Конфликт решён',
      'Обновлена сервисом',
    ]);
  });
});
