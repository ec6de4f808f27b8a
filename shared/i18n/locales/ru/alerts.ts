import type { RuOf } from '../../ruShape';
import type { alerts as en } from '../en/alerts';

export const alerts = {
  legend: 'Уведомления',
  enabled: 'Показывать уведомления',
  'kind.expiringReferrals': 'Рекомендации, срок которых скоро истечёт',
  'kind.newInbound': 'Новые входящие рекомендации',
  'kind.helpAnswers': 'Ответы Microsoft на запросы помощи',
  'kind.conflicts': 'Изменения, которые ждут вашего решения',
  thresholds: 'Напоминать до истечения срока рекомендации',
  hours: 'Часов до истечения',
  add: 'Добавить',
  hoursShort_one: '{{count}} ч',
  hoursShort_few: '{{count}} ч',
  hoursShort_many: '{{count}} ч',
  hoursShort_other: '{{count}} ч',
  hoursWithDays: '{{hours}} ({{days}})',
  notWhole: 'Укажите целое число часов, например 48',
  tooSmall: 'Напоминание — не меньше чем за 1 час',
  tooBig: 'Напоминание — не больше чем за 14 дней (336 часов)',
  duplicate: '{{hours}} уже в списке',
  quiet: 'Тихие часы (уведомления ждут их окончания)',
  from: 'С',
  until: 'До',
  quietTimeEmpty: 'Укажите часы и минуты',
} satisfies RuOf<typeof en>;
