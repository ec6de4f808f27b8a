import type { RuOf } from '../../ruShape';
import type { localOnly as en } from '../en/localOnly';

export const localOnly = {
  dealName: 'Новое название сохраняется только на этом компьютере: в Partner Center остаётся исходное.',
  favorite: 'Избранное хранится только на этом компьютере и в Partner Center не передаётся.',
  registration: 'Данные о регистрации сохраняются только на этом компьютере и в Partner Center не отправляются.',
} satisfies RuOf<typeof en>;
