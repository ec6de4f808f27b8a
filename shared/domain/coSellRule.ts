import { errorMessage } from '../i18n/messageKey';
import type { Contact } from './referral';

/**
 * The rule for every path to co-sell (SPEC F3 step 1, F1 "asking for help"): the wizard's "Would you like
 * Microsoft's help?" and "Request Microsoft help" on an existing private deal both need a help type, a customer
 * contact and the customer's consent to share that contact. One rule, one set of messages, at the same field names.
 */
export const coSellMessages = {
  helpType: errorMessage('coSell.helpType'),
  customerContact: errorMessage('coSell.customerContact'),
  consentToShareCustomerContact: errorMessage('coSell.consent'),
} as const;

export type CoSellField = keyof typeof coSellMessages;

export type CoSellRequest = {
  helpType?: string | undefined;
  customerContact?: Contact | undefined;
  consentToShareCustomerContact: boolean;
};

/** What is missing for a request of Microsoft's help, field → encoded message (empty when nothing is). */
export function coSellProblems(request: CoSellRequest): Partial<Record<CoSellField, string>> {
  const problems: Partial<Record<CoSellField, string>> = {};
  if (!request.helpType) problems.helpType = coSellMessages.helpType;
  if (!request.customerContact) problems.customerContact = coSellMessages.customerContact;
  if (!request.consentToShareCustomerContact) problems.consentToShareCustomerContact = coSellMessages.consentToShareCustomerContact;
  return problems;
}
