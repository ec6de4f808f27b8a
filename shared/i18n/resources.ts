import { common as enCommon } from './locales/en/common';
import { detail as enDetail } from './locales/en/detail';
import { forms as enForms } from './locales/en/forms';
import { list as enList } from './locales/en/list';
import { notify as enNotify } from './locales/en/notify';
import { settings as enSettings } from './locales/en/settings';
import { common as ruCommon } from './locales/ru/common';
import { detail as ruDetail } from './locales/ru/detail';
import { forms as ruForms } from './locales/ru/forms';
import { list as ruList } from './locales/ru/list';
import { notify as ruNotify } from './locales/ru/notify';
import { settings as ruSettings } from './locales/ru/settings';
import type { Language } from './languages';

/**
 * Every namespace in every language. One file per namespace per language (locales/<lang>/<ns>.ts): to add a
 * namespace, write both files and add one line to each map below (see docs/i18n.md).
 */
export const en = {
  common: enCommon,
  detail: enDetail,
  forms: enForms,
  list: enList,
  notify: enNotify,
  settings: enSettings,
};

export const resources = {
  en,
  ru: {
    common: ruCommon,
    detail: ruDetail,
    forms: ruForms,
    list: ruList,
    notify: ruNotify,
    settings: ruSettings,
  },
} satisfies Record<Language, Record<keyof typeof en, Record<string, string>>>;

export type Namespace = keyof typeof en;
export const namespaces = Object.keys(en) as Namespace[];
