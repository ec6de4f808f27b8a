import { account as enAccount } from './locales/en/account';
import { alerts as enAlerts } from './locales/en/alerts';
import { common as enCommon } from './locales/en/common';
import { errors as enErrors } from './locales/en/errors';
import { csv as enCsv } from './locales/en/csv';
import { detail as enDetail } from './locales/en/detail';
import { export_ as enExport } from './locales/en/export';
import { forms as enForms } from './locales/en/forms';
import { insights as enInsights } from './locales/en/insights';
import { list as enList } from './locales/en/list';
import { notify as enNotify } from './locales/en/notify';
import { settings as enSettings } from './locales/en/settings';
import { shortcuts as enShortcuts } from './locales/en/shortcuts';
import { values as enValues } from './locales/en/values';
import { wizard as enWizard } from './locales/en/wizard';
import { account as ruAccount } from './locales/ru/account';
import { alerts as ruAlerts } from './locales/ru/alerts';
import { common as ruCommon } from './locales/ru/common';
import { errors as ruErrors } from './locales/ru/errors';
import { csv as ruCsv } from './locales/ru/csv';
import { detail as ruDetail } from './locales/ru/detail';
import { export_ as ruExport } from './locales/ru/export';
import { forms as ruForms } from './locales/ru/forms';
import { insights as ruInsights } from './locales/ru/insights';
import { list as ruList } from './locales/ru/list';
import { notify as ruNotify } from './locales/ru/notify';
import { settings as ruSettings } from './locales/ru/settings';
import { shortcuts as ruShortcuts } from './locales/ru/shortcuts';
import { values as ruValues } from './locales/ru/values';
import { wizard as ruWizard } from './locales/ru/wizard';
import type { Language } from './languages';

/**
 * Every namespace in every language. One file per namespace per language (locales/<lang>/<ns>.ts): to add a
 * namespace, write both files and add one line to each map below (see docs/i18n.md).
 */
export const en = {
  account: enAccount,
  alerts: enAlerts,
  common: enCommon,
  errors: enErrors,
  csv: enCsv,
  detail: enDetail,
  export: enExport,
  forms: enForms,
  insights: enInsights,
  list: enList,
  notify: enNotify,
  settings: enSettings,
  shortcuts: enShortcuts,
  values: enValues,
  wizard: enWizard,
};

export const resources = {
  en,
  ru: {
    account: ruAccount,
    alerts: ruAlerts,
    common: ruCommon,
    errors: ruErrors,
    csv: ruCsv,
    detail: ruDetail,
    export: ruExport,
    forms: ruForms,
    insights: ruInsights,
    list: ruList,
    notify: ruNotify,
    settings: ruSettings,
    shortcuts: ruShortcuts,
    values: ruValues,
    wizard: ruWizard,
  },
} satisfies Record<Language, Record<keyof typeof en, Record<string, string>>>;

export type Namespace = keyof typeof en;
export const namespaces = Object.keys(en) as Namespace[];
