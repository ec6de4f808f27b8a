import type { RuOf } from '../../ruShape';
import type { forms as en } from '../en/forms';

export const forms = {
  addSomeone: 'Добавить человека',
  addedMembers: 'Добавленные участники команды',
  remove: 'Убрать: {{name}}',
  addToTeam: 'Добавить в команду',
  'contact.firstName': 'Имя',
  'contact.lastName': 'Фамилия',
  'contact.phoneNumber': 'Телефон',
  'contact.email': 'Почта',
  recentContacts: 'Недавние контакты: нажмите, чтобы добавить',
  addContact: 'Добавить: {{name}} ({{email}})',
  'solutions.own': 'Наши решения для совместных продаж',
  'solutions.microsoft': 'Решения Microsoft',
  'solutions.thirdParty': 'Решения других партнёров',
  loadingSolutions: 'Загрузка решений',
  catalogEmpty: 'Каталог решений пуст. Выполните синхронизацию в сети, чтобы загрузить его.',
  nonePicked: 'Решения пока не выбраны.',
  picked_one: 'Выбрано {{count}}: {{names}}',
  picked_few: 'Выбрано {{count}}: {{names}}',
  picked_many: 'Выбрано {{count}}: {{names}}',
  picked_other: 'Выбрано {{count}}: {{names}}',
  registration: 'Регистрация сделки',
  currency: 'Валюта',
  chooseCurrency: 'Выберите валюту',
} satisfies RuOf<typeof en>;
