import type { RuOf } from '../../ruShape';
import type { settings as en } from '../en/settings';

export const settings = {
  title: 'Настройки',
  open: 'Настройки',
  openTip: 'Настройки (Ctrl+,)',
  serviceUrl: 'Адрес сервиса заявок',
  serviceUrlHint:
    'Оставьте пустым, чтобы работать только офлайн. Смена адреса означает выход из учётной записи: вход передаётся только тому адресу, для которого он выполнен.',
  closeToTray: 'Не закрывать приложение, а сворачивать в трей при закрытии окна (настольная версия)',
  theme: 'Тема',
  'theme.system': 'Как в системе',
  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  language: 'Язык',
  languageHint: 'Применяется сразу. «Как в системе» — язык вашего компьютера (или браузера).',
  saved: 'Настройки сохранены',
} satisfies RuOf<typeof en>;
