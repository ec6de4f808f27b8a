import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import type { Contact } from '../../../../shared/domain';
import { ContactFields } from './ContactFields';
import { contactName, contactPaths, isBlankContact } from './contactForm';
import { RecentContacts } from './RecentContacts';
import type { TeamDraft } from './useTeamDraft';
import { useTranslation } from 'react-i18next';

type Props = {
  /** People already added in this form. */
  members: readonly Contact[];
  onMembersChange: (members: Contact[]) => void;
  /** The person being typed, and the people already on the deal (not offered again, refused as duplicates). */
  draft: TeamDraft;
  /** A message about the list as a whole ("Add at least one team member"). */
  listError?: string;
  title?: string;
};

/**
 * Add team members: type one (first name, last name, phone and email, all mandatory) and press Add, or
 * pick a recent contact with one click. Added people show above with a remove button.
 */
export function TeamEditor(props: Props) {
  const { t } = useTranslation('forms');
  const { members, onMembersChange, draft, listError, title = t('addSomeone') } = props;
  const typed = useWatch({ control: draft.form.control });
  const taken = [...draft.existing, ...members];

  const addTyped = async () => {
    const team = await draft.take(members);
    if (team) onMembersChange(team);
  };
  return (
    <Box>
      {members.length > 0 && (
        <List dense disablePadding aria-label={t('addedMembers')} sx={{ mb: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          {members.map((m) => (
            <ListItem
              key={m.email}
              secondaryAction={
                <IconButton
                  edge="end"
                  size="small"
                  aria-label={t('remove', { name: contactName(m) })}
                  onClick={() => onMembersChange(members.filter((x) => x !== m))}
                >
                  <DeleteOutlineIcon fontSize="small" />
                </IconButton>
              }
            >
              <ListItemText primary={contactName(m)} secondary={`${m.email} · ${m.phoneNumber}`} />
            </ListItem>
          ))}
        </List>
      )}
      {listError && (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          {listError}
        </Alert>
      )}
      {/* Recent contacts are people of other deals, not on this one (they are left out): added as they are. */}
      <RecentContacts exclude={taken} onPick={(c) => onMembersChange([...members, c])} />
      <Typography variant="caption" color="text.secondary" component="h3" sx={{ display: 'block', mb: 1 }}>
        {title}
      </Typography>
      <ContactFields control={draft.form.control} names={contactPaths()} required />
      <Button startIcon={<PersonAddAlt1OutlinedIcon />} onClick={() => void addTyped()} disabled={isBlankContact(typed)} size="small">
        {t('addToTeam')}
      </Button>
    </Box>
  );
}
