import { z } from 'zod';
import type { Contact, contactSchema } from '../../../../shared/domain';

export const contactKeys = ['firstName', 'lastName', 'phoneNumber', 'email'] as const;
export type ContactKey = (typeof contactKeys)[number];

/** A contact as typed into a form: what the shared contactSchema takes in (it checks and trims). */
export type ContactForm = z.input<typeof contactSchema>;
/** The shape alone, for data read back from storage (a saved draft): any four strings. */
export const contactFormShape = z.object({ firstName: z.string(), lastName: z.string(), phoneNumber: z.string(), email: z.string() });
export const emptyContact: ContactForm = { firstName: '', lastName: '', phoneNumber: '', email: '' };

export const isBlankContact = (c: Partial<ContactForm>) => contactKeys.every((k) => (c[k] ?? '').trim() === '');

/** The form paths of a contact's four fields: at the top of a form, or under `prefix` ("customerContact.email"). */
export function contactPaths(): { [K in ContactKey]: K };
export function contactPaths<P extends string>(prefix: P): { [K in ContactKey]: `${P}.${K}` };
export function contactPaths(prefix?: string): Record<ContactKey, string> {
  return {
    firstName: at(prefix, 'firstName'),
    lastName: at(prefix, 'lastName'),
    phoneNumber: at(prefix, 'phoneNumber'),
    email: at(prefix, 'email'),
  };
}
const at = (prefix: string | undefined, key: ContactKey) => (prefix ? `${prefix}.${key}` : key);

export const contactName = (c: Pick<Contact, 'firstName' | 'lastName'>) => `${c.firstName} ${c.lastName}`.trim();
export const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
