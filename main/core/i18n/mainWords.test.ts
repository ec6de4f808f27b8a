import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import { silentLogger } from '../logger';
import { planExpiryNotifications } from '../notifications/expiryPolicy';
import { planSyncNotifications } from '../notifications/syncNotificationPolicy';
import { createSettingsService, memorySettingsBackend } from '../settings/settingsService';
import { createMainWords, wordsIn, type Words } from './mainWords';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const referral = (id: string, hoursLeft: number) => ({
  id,
  name: `Сделка ${id}`,
  customerName: 'ООО «Ромашка»',
  expiresAt: new Date(NOW.getTime() + hoursLeft * HOUR_MS).toISOString(),
});
const expiry = (words: Words, referrals = [referral('a', 3)], startup = false) =>
  planExpiryNotifications({
    referrals,
    sent: new Set(),
    now: NOW,
    thresholdsMs: [72 * HOUR_MS, 24 * HOUR_MS, 4 * HOUR_MS],
    quietHours: null,
    timeZone: 'UTC',
    startup,
    words,
  }).notifications;

describe("main's notifications in Russian", () => {
  const ru = wordsIn('ru');

  it('words an expiry reminder with the time left from the shared formatter', () => {
    expect(expiry(ru)[0]).toMatchObject({
      title: 'До истечения срока заявки: 3 часа',
      body: 'Сделка a — ООО «Ромашка». Примите или отклоните заявку, пока не истёк срок.',
    });
    expect(expiry(wordsIn('en'))[0]?.title).toBe('Referral expires in 3 hours');
  });

  it('counts with real Russian plurals in the start-up summary', () => {
    const two = expiry(ru, [referral('a', 2), referral('b', 3)], true);
    expect(two[0]?.title).toBe('2 заявки скоро истекут');
    const five = expiry(
      ru,
      ['a', 'b', 'c', 'd', 'e'].map((id) => referral(id, 2)),
      true,
    );
    expect(five[0]).toMatchObject({
      title: '5 заявок скоро истекут',
      body: 'Сделка a, Сделка b, Сделка c и ещё 2. До истечения ближайшей: 2 часа.',
    });
  });

  it('words new referrals, help answers and conflicts', () => {
    const { notifications } = planSyncNotifications({
      outcome: {
        newInbound: [referral('n', 50)],
        helpAnswers: [{ referralId: 'h', name: 'Сделка h', customerName: 'Клиент', answer: 'engaged' }],
        conflicts: ['x', 'y', 'z'].map((id) => ({ referralId: id, name: `Сделка ${id}`, detectedAt: NOW.toISOString() })),
      },
      toggles: { newInbound: true, helpAnswers: true, conflicts: true },
      sent: new Set(),
      now: NOW,
      quietHours: null,
      timeZone: 'UTC',
      words: ru,
    });
    expect(notifications.map((n) => [n.title, n.body])).toEqual([
      ['3 изменения требуют вашего решения', 'Сделка x, Сделка y, Сделка z: ваши изменения пересекаются с изменениями в сервисе.'],
      ['Microsoft подключилась: Сделка h', 'Сделка h — Клиент. Откройте сделку, чтобы увидеть ответ Microsoft на запрос о помощи.'],
      ['Новая входящая заявка', 'Сделка n — ООО «Ромашка». Время на ответ: 2 дня 2 часа.'],
    ]);
  });
});

describe('the language setting in main', () => {
  it('follows the OS for "system", a choice otherwise, and tells listeners when it changes', () => {
    const settings = createSettingsService(memorySettingsBackend(), silentLogger);
    let system = ['ru-RU'];
    const words = createMainWords(settings, () => system);
    expect(words.current().t('notify:tray.quit')).toBe('Выйти');
    const heard: string[] = [];
    words.onChange((w) => heard.push(w.language));
    settings.set({ language: 'en' });
    expect(words.current().t('notify:tray.quit')).toBe('Quit');
    expect(words.current().t('notify:tray.expiring', { count: 5 })).toBe('5 referrals expire within 24 hours');
    system = ['en-US'];
    settings.set({ language: 'ru' });
    expect(words.current().t('notify:tray.expiring', { count: 5 })).toBe('5 заявок истекают в ближайшие 24 часа');
    expect(words.current().fmt.money('1500', 'EUR')).toBe('1\u00a0500,00\u00a0€');
    expect(heard).toEqual(['en', 'ru']);
    words.dispose();
  });
});
