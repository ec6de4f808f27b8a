import { closeReasonLabels, closeReasonSchema, type CloseReason } from '../../../../shared/domain';

/**
 * Decline and lost reasons travel as `statusReason` free text (the contract has no reason enum): we send
 * the reason's label, "Others: <note>" for Others, and on read match a label (or our enum name)
 * case-insensitively; any other text is "Others" with the text as its note.
 */

const byText = new Map<string, CloseReason>();
for (const reason of closeReasonSchema.options) {
  byText.set(closeReasonLabels[reason].toLowerCase(), reason);
  byText.set(reason.toLowerCase(), reason);
}

export function reasonText(reason: CloseReason, notes: string | undefined): string {
  const note = notes?.trim() ?? '';
  if (reason === 'Others') return note ? `Others: ${note}` : 'Others';
  return note ? `${closeReasonLabels[reason]}: ${note}` : closeReasonLabels[reason];
}

export function reasonOf(text: string): { reason: CloseReason; notes: string } {
  const t = text.trim();
  const whole = byText.get(t.toLowerCase());
  if (whole) return { reason: whole, notes: '' };
  const colon = t.indexOf(':');
  if (colon > 0) {
    const head = byText.get(t.slice(0, colon).trim().toLowerCase());
    if (head) return { reason: head, notes: t.slice(colon + 1).trim() };
  }
  return { reason: 'Others', notes: t };
}
