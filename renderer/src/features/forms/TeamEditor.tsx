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
import type { Contact } from '../../../../shared/domain';
import type { FieldMessages } from '../detail/formErrors';
import { ContactFields } from './ContactFields';
import { addMember, contactName, emptyContact, isBlankContact, type ContactForm } from './contactForm';
import { RecentContacts } from './RecentContacts';

type Props = {
  /** People already added in this form. */
  members: readonly Contact[];
  onMembersChange: (members: Contact[]) => void;
  draft: ContactForm;
  onDraftChange: (draft: ContactForm) => void;
  /** Messages for the person being typed (kept by the parent, which also checks a half-typed person on submit). */
  errors: FieldMessages;
  onErrorsChange: (errors: FieldMessages) => void;
  /** People already on the deal: not offered again, and refused as duplicates. */
  existing?: readonly Contact[];
  /** A message about the list as a whole ("Add at least one team member"). */
  listError?: string;
  title?: string;
};

/**
 * Add team members: type one (first name, last name, phone and email, all mandatory) and press Add, or
 * pick a recent contact with one click. Added people show above with a remove button.
 */
export function TeamEditor(props: Props) {
  const { members, onMembersChange, draft, onDraftChange, errors, onErrorsChange, existing = [], listError, title = 'Add someone' } = props;
  const taken = [...existing, ...members];

  const add = (contact: Contact | ContactForm, clearDraft: boolean) => {
    const result = addMember(members, contact, existing);
    if (!result.ok) {
      onErrorsChange(result.fields);
      return;
    }
    onErrorsChange({});
    onMembersChange(result.members);
    if (clearDraft) onDraftChange(emptyContact);
  };

  return (
    <Box>
      {members.length > 0 && (
        <List dense disablePadding aria-label="Added team members" sx={{ mb: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          {members.map((m) => (
            <ListItem
              key={m.email}
              secondaryAction={
                <IconButton
                  edge="end"
                  size="small"
                  aria-label={`Remove ${contactName(m)}`}
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
      <RecentContacts exclude={taken} onPick={(c) => add(c, false)} />
      <Typography variant="caption" color="text.secondary" component="h3" sx={{ display: 'block', mb: 1 }}>
        {title}
      </Typography>
      <ContactFields value={draft} onChange={onDraftChange} errors={errors} required />
      <Button startIcon={<PersonAddAlt1OutlinedIcon />} onClick={() => add(draft, true)} disabled={isBlankContact(draft)} size="small">
        Add to team
      </Button>
    </Box>
  );
}
