import type { RuOf } from '../../ruShape';
import type { csv as en } from '../en/csv';

export const csv = {
  'header.name': 'Название сделки',
  'header.customer': 'Клиент',
  'header.country': 'Страна',
  'header.value': 'Сумма',
  'header.currency': 'Валюта',
  'header.closeDate': 'Дата закрытия',
  'header.dealType': 'Тип',
  'header.stage': 'Этап',
  'header.status': 'Статус',
  'header.expires': 'Истекает (UTC)',
  'header.crmId': 'ID в CRM',
  'header.campaignId': 'ID маркетинговой кампании',
  'header.notes': 'Заметки',
  'header.favorite': 'Избранное',
  'header.created': 'Создано (UTC)',
  'header.updated': 'Изменено (UTC)',
  'header.id': 'ID рекомендации',
  'dealType.coSell': 'Совместная продажа',
  'dealType.privatePipeline': 'Собственная воронка',
} satisfies RuOf<typeof en>;
