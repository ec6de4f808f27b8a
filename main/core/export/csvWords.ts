import type { DealType, ReferralSubstatus, Stage } from '../../../shared/domain';
import type { ExportLanguage } from '../../../shared/ipc';

/** The columns of an exported file, in order. */
export const csvColumns = [
  'name',
  'customer',
  'country',
  'value',
  'currency',
  'closeDate',
  'dealType',
  'stage',
  'status',
  'expires',
  'crmId',
  'campaignId',
  'notes',
  'favorite',
  'created',
  'updated',
  'id',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

type Words = {
  headers: Record<CsvColumn, string>;
  stages: Record<Stage, string>;
  statuses: Record<ReferralSubstatus, string>;
  dealTypes: Record<DealType, string>;
  yes: string;
};

/** What a person reads in an exported file, in the UI's language (issue 13: headers follow the UI language). */
export const csvWords: Record<ExportLanguage, Words> = {
  en: {
    headers: {
      name: 'Deal name',
      customer: 'Customer',
      country: 'Country',
      value: 'Value',
      currency: 'Currency',
      closeDate: 'Close date',
      dealType: 'Type',
      stage: 'Stage',
      status: 'Status',
      expires: 'Expires (UTC)',
      crmId: 'CRM ID',
      campaignId: 'Marketing campaign ID',
      notes: 'Notes',
      favorite: 'Favorite',
      created: 'Created (UTC)',
      updated: 'Updated (UTC)',
      id: 'Referral ID',
    },
    stages: { received: 'Received', accepted: 'Accepted', archived: 'Archived' },
    statuses: {
      Pending: 'Pending',
      Received: 'Received',
      Accepted: 'Accepted',
      Won: 'Won',
      Lost: 'Lost',
      Declined: 'Declined',
      Expired: 'Expired',
    },
    dealTypes: { coSell: 'Co-sell', privatePipeline: 'Private pipeline' },
    yes: 'Yes',
  },
  ru: {
    headers: {
      name: 'Название сделки',
      customer: 'Клиент',
      country: 'Страна',
      value: 'Сумма',
      currency: 'Валюта',
      closeDate: 'Дата закрытия',
      dealType: 'Тип',
      stage: 'Этап',
      status: 'Статус',
      expires: 'Истекает (UTC)',
      crmId: 'ID в CRM',
      campaignId: 'ID маркетинговой кампании',
      notes: 'Заметки',
      favorite: 'Избранное',
      created: 'Создано (UTC)',
      updated: 'Изменено (UTC)',
      id: 'ID рекомендации',
    },
    stages: { received: 'Получено', accepted: 'Принято', archived: 'В архиве' },
    statuses: {
      Pending: 'Ожидает',
      Received: 'Получено',
      Accepted: 'Принято',
      Won: 'Выиграно',
      Lost: 'Проиграно',
      Declined: 'Отклонено',
      Expired: 'Истёк срок',
    },
    dealTypes: { coSell: 'Совместная продажа', privatePipeline: 'Собственная воронка' },
    yes: 'Да',
  },
};
