import type { RuOf } from '../../ruShape';
import type { account as en } from '../en/account';

export const account = {
  workAccount: 'Рабочая учётная запись',
  openSignInPage: 'Открыть страницу входа',
  signIn: 'Войти',
  signInAgain: 'Войти снова',
  cancelSignIn: 'Отменить вход',
  signOut: 'Выйти',
  managed: 'Задано ИТ-отделом',
  fromPolicy: 'Задано ИТ-отделом в файле политики.',
  fromEnvironment: 'Задано ИТ-отделом (переменные среды).',
  authority: 'Служба входа',
  notSetUp: 'Не настроено',
  signInNotSetUp: 'Вход на этом компьютере ещё не настроен.',
  updateServer: 'Сервер обновлений',
  none: 'Нет',
} satisfies RuOf<typeof en>;
