import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Contact } from '../../../../shared/domain';
import { useRecentContactsQuery } from '../../api/workspaceApi';
import { contactName, sameEmail } from './contactForm';
import { useTranslation } from 'react-i18next';

type Props = { exclude: readonly Pick<Contact, 'email'>[]; onPick: (contact: Contact) => void };

/** People from earlier deals, one click to add; those already on the team are left out. */
export function RecentContacts({ exclude, onPick }: Props) {
  const { t } = useTranslation('forms');
  const { data } = useRecentContactsQuery();
  const offered = (data ?? []).filter((c) => !exclude.some((e) => sameEmail(e.email, c.email)));
  if (offered.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="recent-contacts-title" sx={{ mb: 1.5 }}>
      <Typography id="recent-contacts-title" variant="caption" color="text.secondary" component="h3" sx={{ display: 'block', mb: 0.75 }}>
        {t('recentContacts')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
        {offered.map((c) => (
          <Chip
            key={c.email}
            icon={<PersonAddAlt1OutlinedIcon />}
            label={contactName(c)}
            title={`${c.email} · ${c.phoneNumber}`}
            aria-label={t('addContact', { name: contactName(c), email: c.email })}
            onClick={() => onPick(c)}
            variant="outlined"
            size="small"
          />
        ))}
      </Box>
    </Box>
  );
}
