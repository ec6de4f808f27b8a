import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Contact } from '../../../../shared/domain';
import { useRecentContactsQuery } from '../../api/workspaceApi';
import { contactName, sameEmail } from './contactForm';

type Props = { exclude: readonly Pick<Contact, 'email'>[]; onPick: (contact: Contact) => void };

/** People from earlier deals, one click to add; those already on the team are left out. */
export function RecentContacts({ exclude, onPick }: Props) {
  const { data } = useRecentContactsQuery();
  const offered = (data ?? []).filter((c) => !exclude.some((e) => sameEmail(e.email, c.email)));
  if (offered.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="recent-contacts-title" sx={{ mb: 1.5 }}>
      <Typography id="recent-contacts-title" variant="caption" color="text.secondary" component="h3" sx={{ display: 'block', mb: 0.75 }}>
        Recent contacts: click to add
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
        {offered.map((c) => (
          <Chip
            key={c.email}
            icon={<PersonAddAlt1OutlinedIcon />}
            label={contactName(c)}
            title={`${c.email} · ${c.phoneNumber}`}
            aria-label={`Add ${contactName(c)} (${c.email})`}
            onClick={() => onPick(c)}
            variant="outlined"
            size="small"
          />
        ))}
      </Box>
    </Box>
  );
}
