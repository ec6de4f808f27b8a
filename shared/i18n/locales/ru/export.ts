import type { RuOf } from '../../ruShape';
import type { export_ as en } from '../en/export';

export const export_ = {
  button: 'Экспорт в CSV',
  // "из N сделки / сделок": the genitive after «из» (из 1 сделки, из 3 сделок, из 5 сделок, из 21 сделки).
  progress_one: 'Выгружено {{rows}} из {{total}} сделки',
  progress_few: 'Выгружено {{rows}} из {{total}} сделок',
  progress_many: 'Выгружено {{rows}} из {{total}} сделок',
  progress_other: 'Выгружено {{rows}} из {{total}} сделки',
  cancelled: 'Экспорт отменён: файл не записан.',
  done_one: 'В файл {{file}} выгружена {{rows}} сделка.',
  done_few: 'В файл {{file}} выгружены {{rows}} сделки.',
  done_many: 'В файл {{file}} выгружено {{rows}} сделок.',
  done_other: 'В файл {{file}} выгружено {{rows}} сделки.',
  failed: 'Экспорт не удался. Попробуйте ещё раз.',
} satisfies RuOf<typeof en>;
