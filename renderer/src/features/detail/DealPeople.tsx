import PersonRemoveOutlinedIcon from '@mui/icons-material/PersonRemoveOutlined';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { helpTypeLabels, type InviteContext, type Referral, type ReferralDetail } from '../../../../shared/domain';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { errorMessage } from '../../api/baseQuery';
import { useActMutation } from '../../api/workspaceApi';
import { formatDateTime } from '../../format/dates';
import { microsoftResponseLabels, solutionKindLabels } from '../../format/labels';
import { FieldList, Section } from './Section';

const dense = { py: 0.25, px: 0 } as const;

const words = {
  remove: (name: string) => `Remove ${name} from the team`,
  lastMember: 'A deal needs at least one team member: add someone before removing the last one',
  removed: (name: string) => `${name} was removed from the team`,
  closedUnanswered: 'No answer before the deal closed',
  engagedBy: 'Engaged by',
  askedBy: 'Asked by',
  answerDue: 'Answer due',
};

/**
 * Who asked for help, in a name: the service (and older versions of the app) record an email; a team member with
 * that email is named instead.
 */
export function askedByName(help: Pick<InviteContext, 'invitedBy'>, team: Referral['team']): string {
  const by = help.invitedBy.trim();
  const member = team.find((m) => m.email.toLowerCase() === by.toLowerCase());
  return member ? `${member.firstName} ${member.lastName}` : by || '—';
}

const personLine = (p: { name: string; email: string; phoneNumber: string }) =>
  [p.name, p.email, p.phoneNumber].filter(Boolean).join(' · ');

/** Microsoft's help request, our team and the solutions on the deal. */
export function DealPeople({ detail }: { detail: ReferralDetail }) {
  const { referral: r } = detail;
  const help = r.inviteContext;
  const solutions = r.details.requirements.solutions;
  // A closed deal no longer waits for Microsoft: an unanswered request ended with the deal.
  const closedUnanswered = detail.stage === 'archived' && help?.microsoftResponse === 'pending';

  return (
    <>
      {!help && (
        <Section title="Microsoft's help">
          <Typography variant="body2" color="text.secondary">
            {detail.dealType === 'privatePipeline'
              ? 'Not requested: this is a private pipeline deal, not shared with Microsoft.'
              : 'No help request on this deal.'}
          </Typography>
        </Section>
      )}
      {help && (
        <Section title="Microsoft's help">
          <FieldList
            fields={[
              {
                label: 'Status',
                value: (
                  <Chip
                    size="small"
                    label={closedUnanswered ? words.closedUnanswered : microsoftResponseLabels[help.microsoftResponse]}
                    color={help.microsoftResponse === 'engaged' ? 'success' : help.microsoftResponse === 'pending' ? 'default' : 'warning'}
                  />
                ),
              },
              ...(help.engagedBy ? [{ label: words.engagedBy, value: personLine(help.engagedBy) }] : []),
              { label: 'Help with', value: helpTypeLabels[help.helpType] },
              { label: words.askedBy, value: `${askedByName(help, r.team)} on ${formatDateTime(help.invitedDateTime)}` },
              ...(help.microsoftResponse === 'pending' && !closedUnanswered
                ? [{ label: words.answerDue, value: formatDateTime(help.respondByDateTime) }]
                : []),
              { label: 'Notes', value: help.notes },
            ]}
          />
        </Section>
      )}
      <Section title="Team">
        {r.team.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            Nobody on the team yet.
          </Typography>
        ) : (
          <List dense disablePadding aria-label="Team members">
            {r.team.map((m) => (
              <ListItem
                key={m.email}
                sx={dense}
                secondaryAction={
                  detail.stage === 'accepted' ? (
                    <RemoveMemberButton referral={r} email={m.email} name={`${m.firstName} ${m.lastName}`} />
                  ) : null
                }
              >
                <ListItemText primary={`${m.firstName} ${m.lastName}`} secondary={`${m.email} · ${m.phoneNumber}`} />
              </ListItem>
            ))}
          </List>
        )}
      </Section>
      <Section title="Solutions">
        {solutions.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No solutions yet.
          </Typography>
        ) : (
          <List dense disablePadding>
            {solutions.map((s) => (
              <ListItem key={s.id} sx={dense}>
                <ListItemText primary={s.name} secondary={`${s.publisher} · ${solutionKindLabels[s.kind]}`} />
              </ListItem>
            ))}
          </List>
        )}
      </Section>
    </>
  );
}

/** Removes one person from an Accepted deal's team (SPEC F1: edit the team); the last one stays, and the button says why. */
function RemoveMemberButton({ referral, email, name }: { referral: Referral; email: string; name: string }) {
  const dispatch = useAppDispatch();
  const [act, { isLoading }] = useActMutation();
  const last = referral.team.length <= 1;
  const remove = async () => {
    try {
      await act({ id: referral.id, action: { type: 'removeTeamMember', email } }).unwrap();
      dispatch(showNotice({ message: words.removed(name) }));
    } catch (error) {
      dispatch(showNotice({ message: errorMessage(error), severity: 'error' }));
    }
  };
  return (
    <Tooltip title={last ? words.lastMember : words.remove(name)}>
      {/* A disabled button gets no hover: the span carries the tooltip. */}
      <span>
        <IconButton edge="end" size="small" aria-label={words.remove(name)} disabled={last || isLoading} onClick={() => void remove()}>
          <PersonRemoveOutlinedIcon fontSize="small" />
        </IconButton>
      </span>
    </Tooltip>
  );
}
