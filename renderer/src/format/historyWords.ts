import type { TFunction } from 'i18next';
import {
  closeReasonSchema,
  contactSchema,
  inviteContextSchema,
  registrationSchema,
  solutionSchema,
  stageOf,
  statusSchema,
  substatusSchema,
  type FieldChange,
} from '../../../shared/domain';
import { sayMessage, type Formatter, type Translate } from '../../../shared/i18n';
import { fieldLabel, stageText } from './labels';
import { formatChangeValue } from './values';

/**
 * A deal's history in a seller's words (issue 14): who joined or left the team, which solution was added, money
 * and dates formatted, the stage names the list shows; never a field path or JSON. One change record can give
 * several lines (a team change names each person) and some give none on their own (status and substatus make
 * one "Stage" line).
 */
type T = TFunction<['common', 'detail']>;

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

function stageLine(t: T, changes: readonly FieldChange[]): string | null {
  const status = changes.find((c) => c.field === 'status');
  const substatus = changes.find((c) => c.field === 'substatus');
  if (!status && !substatus) return null;
  const text = (statusValue: unknown, substatusValue: unknown) => {
    const s = statusSchema.safeParse(statusValue);
    const sub = substatusSchema.safeParse(substatusValue);
    return s.success && sub.success ? stageText(t, stageOf(s.data), sub.data) : formatChangeValue(t, substatusValue ?? statusValue);
  };
  // A field that did not change is the same on both sides: the other change's record has no value for it, so the
  // stage shown is the one it ended in.
  const from = text(status?.from ?? status?.to, substatus?.from ?? substatus?.to);
  const to = text(status?.to, substatus?.to);
  return from === to ? null : t('detail:history.stage', { from, to });
}

/** The lines describing one history entry's changes. `currency`: the deal's, for values whose record has none. */
export function describeChanges(t: T, fmt: Formatter, changes: readonly FieldChange[], currency: string): string[] {
  const currencyChange = changes.find((c) => c.field === 'details.currency');
  const money = (value: unknown, side: 'from' | 'to') =>
    typeof value === 'string' && value
      ? fmt.money(value, typeof currencyChange?.[side] === 'string' ? currencyChange[side] : currency)
      : none;
  const change = (field: string, from: string, to: string) => t('detail:history.change', { field: fieldLabel(t, field), from, to });
  const lines: string[] = [];
  const stage = stageLine(t, changes);
  if (stage) lines.push(stage);
  for (const c of changes) {
    switch (c.field) {
      case 'status':
      case 'substatus':
        break;
      case 'team': {
        const { added, removed } = listDiff(contacts(c.from), contacts(c.to), (m) => m.email.toLowerCase());
        lines.push(
          ...added.map((m) => t('detail:history.added', { who: who(m) })),
          ...removed.map((m) => t('detail:history.removed', { who: who(m) })),
        );
        break;
      }
      case 'customerProfile.team':
        lines.push(
          ...listDiff(contacts(c.from), contacts(c.to), (m) => m.email.toLowerCase()).added.map((m) =>
            t('detail:history.customerContact', { who: who(m) }),
          ),
        );
        break;
      case 'details.requirements.solutions': {
        const { added, removed } = listDiff(solutions(c.from), solutions(c.to), (s) => s.id);
        lines.push(
          ...added.map((x) => t('detail:history.solutionAdded', { name: x.name })),
          ...removed.map((x) => t('detail:history.solutionRemoved', { name: x.name })),
        );
        break;
      }
      case 'details.dealValue':
        lines.push(change(c.field, money(c.from, 'from'), money(c.to, 'to')));
        break;
      case 'details.closingDateTime':
        lines.push(
          change(c.field, typeof c.from === 'string' ? fmt.closeDate(c.from) : none, typeof c.to === 'string' ? fmt.closeDate(c.to) : none),
        );
        break;
      case 'statusReason': {
        const label = (v: unknown) => {
          const r = closeReasonSchema.safeParse(v);
          return r.success ? t(`common:closeReason.${r.data}`) : formatChangeValue(t, v);
        };
        lines.push(change(c.field, label(c.from), label(c.to)));
        break;
      }
      case 'consent.consentToShareReferralWithMicrosoftSellers':
        lines.push(c.to === true ? t('detail:history.sharedWithMicrosoft') : t('detail:history.notSharedWithMicrosoft'));
        break;
      case 'consent.consentToShareCustomerContact':
        if (c.to === true) lines.push(t('detail:history.contactConsent'));
        break;
      case 'inviteContext': {
        const before = inviteContextSchema.safeParse(c.from);
        const after = inviteContextSchema.safeParse(c.to);
        if (!after.success) break;
        if (!before.success) {
          lines.push(t('detail:history.askedForHelp', { help: t(`common:helpType.${after.data.helpType}`) }));
          if (after.data.notes) lines.push(t('detail:history.helpNotes', { notes: quoteShort(after.data.notes) }));
        } else if (before.data.microsoftResponse !== after.data.microsoftResponse) {
          lines.push(
            t('detail:history.microsoftAnswer', {
              from: t(`common:microsoftResponse.${before.data.microsoftResponse}`),
              to: t(`common:microsoftResponse.${after.data.microsoftResponse}`),
            }),
          );
        }
        break;
      }
      case 'registration': {
        const r = registrationSchema.safeParse(c.to);
        if (r.success)
          lines.push(
            t('detail:history.registration', { value: fmt.money(r.data.contractValue, r.data.currency), count: r.data.termMonths }),
          );
        break;
      }
      case 'reason':
        // Why a change could not be sent (sync's dropped changes): encoded words, or an older record's English text.
        lines.push(sayMessage(t as unknown as Translate, typeof c.to === 'string' ? c.to : formatChangeValue(t, c.to)));
        break;
      case 'favorite':
        lines.push(c.to === true ? t('detail:history.favoriteOn') : t('detail:history.favoriteOff'));
        break;
      case 'details.notes':
      case 'statusReasonNotes':
        lines.push(change(c.field, quote(c.from), quote(c.to)));
        break;
      default:
        lines.push(change(c.field, formatChangeValue(t, c.from), formatChangeValue(t, c.to)));
    }
  }
  return lines;
}

const quote = (v: unknown) => (typeof v === 'string' && v ? `“${quoteShort(v)}”` : none);
