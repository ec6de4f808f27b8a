import { contactSchema, type Contact } from '../../../../shared/domain';
import type { FieldMessages } from '../detail/formErrors';

export type ContactForm = { firstName: string; lastName: string; phoneNumber: string; email: string };
export const emptyContact: ContactForm = { firstName: '', lastName: '', phoneNumber: '', email: '' };

export const isBlankContact = (c: ContactForm) => Object.values(c).every((v) => v.trim() === '');

/** A contact typed into the form, checked with the shared schema: the contact, or messages per field. */
export function parseContact(form: ContactForm): { ok: true; contact: Contact } | { ok: false; fields: FieldMessages } {
  const parsed = contactSchema.safeParse(form);
  if (parsed.success) return { ok: true, contact: parsed.data };
  const fields: FieldMessages = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !(key in fields)) fields[key] = issue.message;
  }
  return { ok: false, fields };
}

export const contactName = (c: Pick<Contact, 'firstName' | 'lastName'>) => `${c.firstName} ${c.lastName}`.trim();
export const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export type TakeResult = { ok: true; members: Contact[] } | { ok: false; fields: FieldMessages };

/**
 * Adds a contact to the members being added, refusing a person already on the team (same email).
 * A blank draft adds nothing; a half-typed one gets its messages.
 */
export function addMember(members: readonly Contact[], contact: Contact | ContactForm, existing: readonly Contact[] = []): TakeResult {
  if (isBlankContact(contact)) return { ok: true, members: [...members] };
  const parsed = parseContact(contact);
  if (!parsed.ok) return parsed;
  if ([...existing, ...members].some((m) => sameEmail(m.email, parsed.contact.email))) {
    return { ok: false, fields: { email: `${parsed.contact.email} is already on the team` } };
  }
  return { ok: true, members: [...members, parsed.contact] };
}
