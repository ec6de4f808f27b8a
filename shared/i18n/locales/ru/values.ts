import type { RuOf } from '../../ruShape';
import type { values as en } from '../en/values';

export const values = {
  equivalent: '≈ {{amount}} по курсу на {{date}}',
} satisfies RuOf<typeof en>;
