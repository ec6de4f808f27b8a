import type { en } from './resources';

// t() knows every key of every namespace (from the English files): a mistyped key is a compile error.
declare module 'i18next' {
  // Module augmentation merges into i18next's interface: `type` cannot.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
    keySeparator: false;
    nsSeparator: ':';
  }
}
