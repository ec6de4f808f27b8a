import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { contactSchema, type Contact } from '../../../../shared/domain';
import { emptyContact, isBlankContact, sameEmail, type ContactForm } from './contactForm';

const nobody: readonly Contact[] = [];

const words = {
  alreadyOnTeam: (email: string) => `${email} is already on the team`,
};

/**
 * The person being typed into a team editor: a small form of its own, checked with the shared contactSchema.
 * `take(team)` is what "Add to team" and the surrounding dialog's own submit do, so nobody typed is lost:
 * a blank form adds nobody; a half-typed person, or one already on the team (`existing` or `team`, by email),
 * gets messages at the fields and null; otherwise the team with the person added, and the form emptied.
 */
export function useTeamDraft(existing: readonly Contact[] = nobody) {
  const form = useForm<ContactForm, unknown, Contact>({ defaultValues: emptyContact, resolver: zodResolver(contactSchema) });

  const take = useCallback(
    (team: readonly Contact[]): Promise<Contact[] | null> => {
      if (isBlankContact(form.getValues())) return Promise.resolve([...team]);
      return new Promise((resolve) => {
        const added = (person: Contact) => {
          if ([...existing, ...team].some((m) => sameEmail(m.email, person.email))) {
            form.setError('email', { type: 'duplicate', message: words.alreadyOnTeam(person.email) }, { shouldFocus: true });
            resolve(null);
            return;
          }
          form.reset(emptyContact);
          resolve([...team, person]);
        };
        void form.handleSubmit(added, () => resolve(null))();
      });
    },
    [form, existing],
  );

  return useMemo(() => ({ form, take, existing }), [form, take, existing]);
}

export type TeamDraft = ReturnType<typeof useTeamDraft>;
