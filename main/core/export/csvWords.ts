import { stageSchema, substatusSchema, type DealType, type ReferralSubstatus, type Stage } from '../../../shared/domain';
import type { Words } from '../i18n/mainWords';

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

/** What a person reads in an exported file, in one language, looked up once per export (not per cell). */
export type CsvWords = {
  headers: Record<CsvColumn, string>;
  stages: Record<Stage, string>;
  statuses: Record<ReferralSubstatus, string>;
  dealTypes: Record<DealType, string>;
  yes: string;
};

const table = <K extends string>(keys: readonly K[], word: (key: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;

/**
 * The file's words from main's words (shared/i18n: the csv namespace for headers and deal types, common for
 * stages, statuses and "Yes"): headers and cells follow the UI language (issue 13).
 */
export function csvWordsOf({ t }: Words): CsvWords {
  return {
    headers: table(csvColumns, (c) => t(`csv:header.${c}`)),
    stages: table(stageSchema.options, (s) => t(`common:stage.${s}`)),
    statuses: table(substatusSchema.options, (s) => t(`common:substatus.${s}`)),
    dealTypes: { coSell: t('csv:dealType.coSell'), privatePipeline: t('csv:dealType.privatePipeline') },
    yes: t('common:yes'),
  };
}
