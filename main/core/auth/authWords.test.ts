import { describe, expect, it } from 'vitest';
import { authStatusSchema } from '../../../shared/ipc';
import { wordsIn } from '../i18n/mainWords';
import { authStateOf, NO_SERVICE_FOR_SIGN_IN, type AuthFacts } from './authWords';

const account = { name: 'Alex Wilber', username: 'alex@contoso.example' };
const origin = 'https://api.partner.example';

/** Every state the auth service can be in, with each way the sign-in can be kept. */
const everyState: AuthFacts[] = [
  ...authStatusSchema.options.flatMap((status) =>
    (['os-encrypted', 'file', 'memory'] as const).map((kept) => ({ status, account, serviceOrigin: origin, kept })),
  ),
  { status: 'unavailable', account: null, serviceOrigin: null, kept: 'os-encrypted', unavailable: NO_SERVICE_FOR_SIGN_IN },
];

describe('sign-in words', () => {
  const en = wordsIn('en');
  const ru = wordsIn('ru');
  const worded = (t: typeof en.t, f: AuthFacts) => {
    const { say } = authStateOf(f);
    if (!say) throw new Error('main always says which sentence it means');
    const params = { name: account.name, username: account.username, origin };
    return { message: t(`account:message.${say.message}`, params), storage: t(`account:storage.${say.storage}`) };
  };

  it("says which sentence each state means, and the window's English is main's own", () => {
    for (const f of everyState) {
      const state = authStateOf(f);
      expect(worded(en.t, f), `${f.status} ${f.kept}`).toEqual({ message: state.message, storage: state.storage });
    }
  });

  it('has every one of those sentences in Russian', () => {
    const signedIn = everyState.find((f) => f.status === 'signedIn' && f.kept === 'file');
    expect(signedIn && worded(ru.t, signedIn)).toEqual({
      message: 'Вы вошли как Alex Wilber (alex@contoso.example) в https://api.partner.example.',
      storage: 'Вход сохранён в файле в папке данных, который может прочитать только ваша учётная запись. Он не зашифрован.',
    });
    const noService = everyState[everyState.length - 1];
    expect(noService && worded(ru.t, noService).message).toBe(
      'Сначала укажите в настройках адрес сервиса рекомендаций, затем войдите с рабочей учётной записью.',
    );
  });
});
