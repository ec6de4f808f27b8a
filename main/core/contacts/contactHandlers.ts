import type { Contact } from '../../../shared/domain';
import type { HandlersOf } from '../../../shared/ipc';
import type { ReferralStore } from '../store/referralStore';

/** How many of the newest deals are read for recent contacts. */
const DEALS_READ = 200;

/** contacts:recent: team members from earlier deals, offered for one-click add (newest deals first, once per email). */
export function createContactHandlers(store: Pick<ReferralStore, 'newestTeams'>): HandlersOf<'contacts'> {
  return {
    'contacts:recent': ({ limit }) => {
      const seen = new Map<string, Contact>();
      for (const team of store.newestTeams(DEALS_READ)) {
        for (const member of team) {
          const email = member.email.toLowerCase();
          if (!seen.has(email)) seen.set(email, member);
          if (seen.size >= limit) return [...seen.values()];
        }
      }
      return [...seen.values()];
    },
  };
}
