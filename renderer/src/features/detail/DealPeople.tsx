import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { helpTypeLabels, type ReferralDetail } from '../../../../shared/domain';
import { formatDateTime } from '../../format/dates';
import { microsoftResponseLabels, solutionKindLabels } from '../../format/labels';
import { FieldList, Section } from './Section';

const dense = { py: 0.25, px: 0 } as const;

/** Microsoft's help request, our team and the solutions on the deal. */
export function DealPeople({ detail }: { detail: ReferralDetail }) {
  const { referral: r } = detail;
  const help = r.inviteContext;
  const solutions = r.details.requirements.solutions;

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
                    label={microsoftResponseLabels[help.microsoftResponse]}
                    color={help.microsoftResponse === 'engaged' ? 'success' : help.microsoftResponse === 'pending' ? 'default' : 'warning'}
                  />
                ),
              },
              { label: 'Help with', value: helpTypeLabels[help.helpType] },
              { label: 'Asked by', value: `${help.invitedBy || '—'} on ${formatDateTime(help.invitedDateTime)}` },
              { label: 'Answer due', value: formatDateTime(help.respondByDateTime) },
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
          <List dense disablePadding>
            {r.team.map((m) => (
              <ListItem key={m.email} sx={dense}>
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
