import { closeReasonLabels, closeReasonSchema, helpTypeLabels, helpTypeSchema } from '../../../../shared/domain';
import { optionsOf } from './FormTextField';

/** The SPEC's close reasons (Decline, Lost) and help types (Request help, the wizard), in their order, with their words. */
export const closeReasonOptions = optionsOf(closeReasonSchema.options, closeReasonLabels);
export const helpTypeOptions = optionsOf(helpTypeSchema.options, helpTypeLabels);
