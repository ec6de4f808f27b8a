import type { Referral, ReferralStatus, ReferralSubstatus } from '../../shared/domain';
import { badRequest } from './errors';

/** Which substatus goes with which status (SPEC F1 table). */
const substatusesOf: Record<ReferralStatus, readonly ReferralSubstatus[]> = {
  New: ['Pending', 'Received'],
  Active: ['Accepted'],
  Closed: ['Won', 'Lost', 'Declined', 'Expired'],
};

const illegal = (message: string) => badRequest('IllegalTransition', message);

function checkPair(r: Pick<Referral, 'status' | 'substatus'>): void {
  if (!substatusesOf[r.status].includes(r.substatus)) {
    throw illegal(
      `Status ${r.status} goes with substatus ${substatusesOf[r.status].join(' or ')}, not ${r.substatus}: change /status and /substatus together.`,
    );
  }
}

/**
 * The state machine a partner's PATCH must follow: New → Active/Accepted or Closed/Declined (inbound),
 * Active → Closed/Won or Closed/Lost, Closed is terminal. Only the service expires referrals.
 */
export function checkTransition(before: Referral, after: Referral): void {
  if (before.status === 'Closed') {
    throw badRequest('ReferralClosed', `Referral ${before.id} is Closed (${before.substatus}); a closed referral cannot be changed.`);
  }
  checkPair(after);
  const from = `${before.status}/${before.substatus}`;
  const to = `${after.status}/${after.substatus}`;
  if (from !== to) {
    if (after.substatus === 'Expired')
      throw illegal('Only the service expires a referral (at its expirationDateTime); it cannot be set to Expired.');
    const legal =
      (before.status === 'New' && before.direction === 'inbound' && (to === 'Active/Accepted' || to === 'Closed/Declined')) ||
      (before.status === 'Active' && (to === 'Closed/Won' || to === 'Closed/Lost'));
    if (!legal) {
      const allowed =
        before.status === 'New'
          ? before.direction === 'inbound'
            ? 'Active/Accepted or Closed/Declined'
            : 'nothing: the receiver answers it'
          : 'Closed/Won or Closed/Lost';
      throw illegal(`A referral cannot move from ${from} to ${to}. From ${from} it can move to ${allowed}.`);
    }
  }
  if ((after.substatus === 'Declined' || after.substatus === 'Lost') && from !== to) {
    if (!after.statusReason)
      throw illegal(`${after.substatus} needs a statusReason (one of the close reasons); add /statusReason to the patch.`);
    if (after.statusReason === 'Others' && !after.statusReasonNotes?.trim()) {
      throw illegal('The reason "Others" needs an explanation: send /statusReason as "Others: <why>".');
    }
  }
  checkCoSell(before, after);
}

/** A co-sell deal is never downgraded, and a help request is made once (SPEC F1). */
function checkCoSell(before: Referral | undefined, after: Referral): void {
  if (before?.consent.consentToShareReferralWithMicrosoftSellers && !after.consent.consentToShareReferralWithMicrosoftSellers) {
    throw badRequest(
      'CoSellDowngrade',
      'A co-sell referral cannot go back to private: consentToShareReferralWithMicrosoftSellers stays true.',
    );
  }
  if (before?.inviteContext && JSON.stringify(before.inviteContext) !== JSON.stringify(after.inviteContext)) {
    throw badRequest('HelpAlreadyRequested', "Microsoft's help was already requested on this referral; inviteContext cannot be changed.");
  }
  if (!before?.inviteContext && after.inviteContext) {
    if (!after.consent.consentToShareReferralWithMicrosoftSellers) {
      throw badRequest(
        'ConsentRequired',
        "Asking for Microsoft's help (inviteContext) needs consentToShareReferralWithMicrosoftSellers = true.",
      );
    }
    if (after.inviteContext.microsoftResponse !== 'pending') {
      throw badRequest('ServiceOwnedField', 'inviteContext.microsoftResponse is set by the service; send "pending" or leave it out.');
    }
  }
}

/** What a partner may create: an outbound deal in Active/Accepted (SPEC F1), nothing the service owns. */
export function checkCreate(r: Referral): void {
  if (r.direction !== 'outbound')
    throw badRequest('InvalidDirection', 'A partner creates outbound referrals only; inbound ones come from the sender.');
  if (r.status !== 'Active' || r.substatus !== 'Accepted') {
    throw illegal(`An outbound referral is created in Active/Accepted, not ${r.status}/${r.substatus}.`);
  }
  if (r.statusReason) throw illegal('A new referral has no statusReason.');
  if (r.expirationDateTime) throw badRequest('ServiceOwnedField', 'expirationDateTime is set by the service for inbound referrals only.');
  checkCoSell(undefined, r);
}

/** Co-sell with a help request: the trigger for Microsoft's side of the engagement. */
export const asksForHelp = (r: Referral) => r.consent.consentToShareReferralWithMicrosoftSellers && r.inviteContext !== undefined;
