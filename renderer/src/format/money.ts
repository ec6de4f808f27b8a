// Money through the shared formatter (shared/i18n/format.ts): the list and main's notifications use the same.
export { formatMoney } from '../../../shared/i18n';
