import { useTranslation } from 'react-i18next';
import { closeReasonSchema, helpTypeSchema } from '../../../../shared/domain';
import type { Option } from './FormTextField';

/** The SPEC's close reasons (Decline, Lost), in their order, with their words in the language shown. */
export function useCloseReasonOptions(): Option[] {
  const { t } = useTranslation();
  return closeReasonSchema.options.map((value) => ({ value, label: t(`closeReason.${value}`) }));
}

/** The help types (Request help, the wizard), in their order, with their words in the language shown. */
export function useHelpTypeOptions(): Option[] {
  const { t } = useTranslation();
  return helpTypeSchema.options.map((value) => ({ value, label: t(`helpType.${value}`) }));
}
