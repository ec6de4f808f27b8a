import {
  closeReasonLabels,
  closeReasonSchema,
  contactSchema,
  helpTypeLabels,
  inviteContextSchema,
  registrationSchema,
  solutionSchema,
  stageOf,
  statusSchema,
  substatusSchema,
  type FieldChange,
} from '../../../shared/domain';
import { formatCloseDate } from './dates';
import { fieldLabel, microsoftResponseLabels, stageText } from './labels';
import { formatMoney } from './money';
import { formatChangeValue } from './values';

/**
 * A deal's history in a seller's words (issue 14): who joined or left the team, which solution was added, money
 * and dates formatted, the stage names the list shows; never a field path or JSON. One change record can give
 * several lines (a team change names each person) and some give none on their own (status and substatus make
 * one "Stage" line).
 */
const words = {
  stage: (from: string, to: string) => `Stage: ${from} → ${to}`,
  added: (who: string) => `Added ${who} to the team`,
  removed: (who: string) => `Removed ${who} from the team`,
  customerContact: (who: string) => `Customer contact: ${who}`,
  solutionAdded: (name: string) => `Added the solution ${name}`,
  solutionRemoved: (name: string) => `Removed the solution ${name}`,
  askedForHelp: (help: string) => `Asked Microsoft for help with ${help}`,
  helpNotes: (notes: string) => `Notes for Microsoft: “${notes}”`,
  microsoftAnswer: (from: string, to: string) => `Microsoft's answer: ${from} → ${to}`,
  sharedWithMicrosoft: 'Shared with Microsoft: it is a co-sell deal now',
  notSharedWithMicrosoft: 'No longer shared with Microsoft',
  contactConsent: 'The customer agreed to share their contact with Microsoft',
  registration: (value: string, months: number) => `Deal registration submitted: ${value}, ${months} months`,
  favoriteOn: 'Added to favorites',
  favoriteOff: 'Removed from favorites',
  value: (label: string, from: string, to: string) => `${label}: ${from} → ${to}`,
};

const none = '—';
const who = (c: { firstName: string; lastName: string; email: string }) => `${c.firstName} ${c.lastName} (${c.email})`;
const quoteShort = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

function contacts(value: unknown) {
  return Array.isArray(value) ? value.flatMap((c) => (contactSchema.safeParse(c).success ? [contactSchema.parse(c)] : [])) : [];
}
function solutions(value: unknown) {
  return Array.isArray(value) ? value.flatMap((s) => (solutionSchema.safeParse(s).success ? [solutionSchema.parse(s)] : [])) : [];
}

/** The people or solutions in `to` but not in `from`, and the other way round, by `key`. */
function listDiff<T>(from: readonly T[], to: readonly T[], key: (x: T) => string) {
  const before = new Set(from.map(key));
  const after = new Set(to.map(key));
  return { added: to.filter((x) => !before.has(key(x))), removed: from.filter((x) => !after.has(key(x))) };
}

function stageLine(changes: readonly FieldChange[]): string | null {
  const status = changes.find((c) => c.field === 'status');
  const substatus = changes.find((c) => c.field === 'substatus');
  if (!status && !substatus) return null;
  const text = (statusValue: unknown, substatusValue: unknown) => {
    const s = statusSchema.safeParse(statusValue);
    const sub = substatusSchema.safeParse(substatusValue);
    return s.success && sub.success ? stageText(stageOf(s.data), sub.data) : formatChangeValue(substatusValue ?? statusValue);
  };
  // A field that did not change is the same on both sides: the other change's record has no value for it, so the
  // stage shown is the one it ended in.
  const from = text(status?.from ?? status?.to, substatus?.from ?? substatus?.to);
  const to = text(status?.to, substatus?.to);
  return from === to ? null : words.stage(from, to);
}

/** The lines describing one history entry's changes. `currency`: the deal's, for values whose record has none. */
export function describeChanges(changes: readonly FieldChange[], currency: string, locale?: string): string[] {
  const currencyChange = changes.find((c) => c.field === 'details.currency');
  const money = (value: unknown, side: 'from' | 'to') =>
    typeof value === 'string' && value
      ? formatMoney(value, typeof currencyChange?.[side] === 'string' ? currencyChange[side] : currency, locale)
      : none;
  const lines: string[] = [];
  const stage = stageLine(changes);
  if (stage) lines.push(stage);
  for (const c of changes) {
    switch (c.field) {
      case 'status':
      case 'substatus':
        break;
      case 'team': {
        const { added, removed } = listDiff(contacts(c.from), contacts(c.to), (m) => m.email.toLowerCase());
        lines.push(...added.map((m) => words.added(who(m))), ...removed.map((m) => words.removed(who(m))));
        break;
      }
      case 'customerProfile.team':
        lines.push(
          ...listDiff(contacts(c.from), contacts(c.to), (m) => m.email.toLowerCase()).added.map((m) => words.customerContact(who(m))),
        );
        break;
      case 'details.requirements.solutions': {
        const { added, removed } = listDiff(solutions(c.from), solutions(c.to), (s) => s.id);
        lines.push(...added.map((s) => words.solutionAdded(s.name)), ...removed.map((s) => words.solutionRemoved(s.name)));
        break;
      }
      case 'details.dealValue':
        lines.push(words.value(fieldLabel(c.field), money(c.from, 'from'), money(c.to, 'to')));
        break;
      case 'details.closingDateTime':
        lines.push(
          words.value(
            fieldLabel(c.field),
            typeof c.from === 'string' ? formatCloseDate(c.from, locale) : none,
            typeof c.to === 'string' ? formatCloseDate(c.to, locale) : none,
          ),
        );
        break;
      case 'statusReason': {
        const label = (v: unknown) => {
          const r = closeReasonSchema.safeParse(v);
          return r.success ? closeReasonLabels[r.data] : formatChangeValue(v);
        };
        lines.push(words.value(fieldLabel(c.field), label(c.from), label(c.to)));
        break;
      }
      case 'consent.consentToShareReferralWithMicrosoftSellers':
        lines.push(c.to === true ? words.sharedWithMicrosoft : words.notSharedWithMicrosoft);
        break;
      case 'consent.consentToShareCustomerContact':
        if (c.to === true) lines.push(words.contactConsent);
        break;
      case 'inviteContext': {
        const before = inviteContextSchema.safeParse(c.from);
        const after = inviteContextSchema.safeParse(c.to);
        if (!after.success) break;
        if (!before.success) {
          lines.push(words.askedForHelp(helpTypeLabels[after.data.helpType].toLowerCase()));
          if (after.data.notes) lines.push(words.helpNotes(quoteShort(after.data.notes)));
        } else if (before.data.microsoftResponse !== after.data.microsoftResponse) {
          lines.push(
            words.microsoftAnswer(
              microsoftResponseLabels[before.data.microsoftResponse],
              microsoftResponseLabels[after.data.microsoftResponse],
            ),
          );
        }
        break;
      }
      case 'registration': {
        const r = registrationSchema.safeParse(c.to);
        if (r.success) lines.push(words.registration(formatMoney(r.data.contractValue, r.data.currency, locale), r.data.termMonths));
        break;
      }
      case 'favorite':
        lines.push(c.to === true ? words.favoriteOn : words.favoriteOff);
        break;
      case 'details.notes':
      case 'statusReasonNotes':
        lines.push(words.value(fieldLabel(c.field), quote(c.from), quote(c.to)));
        break;
      default:
        lines.push(words.value(fieldLabel(c.field), formatChangeValue(c.from), formatChangeValue(c.to)));
    }
  }
  return lines;
}

const quote = (v: unknown) => (typeof v === 'string' && v ? `“${quoteShort(v)}”` : none);
