import PersonRemoveOutlinedIcon from '@mui/icons-material/PersonRemoveOutlined';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { InviteContext, Referral, ReferralDetail, TeamMember } from '../../../../shared/domain';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { errorMessage } from '../../api/baseQuery';
import { useActMutation } from '../../api/workspaceApi';
import { useFormat } from '../../i18n';
import { FieldList, Section } from './Section';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { actorLabel } from '../../format/labels';

const dense = { py: 0.25, px: 0 } as const;

/**
 * Who asked for help, in a name: the service (and older versions of the app) record an email; a team member with
 * that email is named instead, and this app's own "You" is said in the language shown.
 */
export function askedByName(t: TFunction, help: Pick<InviteContext, 'invitedBy'>, team: Referral['team']): string {
  const by = help.invitedBy.trim();
  const member = team.find((m) => m.email.toLowerCase() === by.toLowerCase());
  return member ? `${member.firstName} ${member.lastName}` : by ? actorLabel(t, by) : '—';
}

const personLine = (p: { name: string; email: string; phoneNumber: string }) =>
  [p.name, p.email, p.phoneNumber].filter(Boolean).join(' · ');

/** Microsoft's help request, our team and the solutions on the deal. */
export function DealPeople({ detail }: { detail: ReferralDetail }) {
  const { referral: r } = detail;
  const { t } = useTranslation(['detail', 'common']);
  const { t: tc } = useTranslation('common');
  const fmt = useFormat();
  const help = r.inviteContext;
  const solutions = r.details.requirements.solutions;
  // A closed deal no longer waits for Microsoft: an unanswered request ended with the deal.
  const closedUnanswered = detail.stage === 'archived' && help?.microsoftResponse === 'pending';

  return (
    <>
      {!help && (
        <Section title={t('section.help')}>
          <Typography variant="body2" color="text.secondary">
            {detail.dealType === 'privatePipeline' ? t('help.notRequestedPrivate') : t('help.none')}
          </Typography>
        </Section>
      )}
      {help && (
        <Section title={t('section.help')}>
          <FieldList
            fields={[
              {
                label: t('help.status'),
                value: (
                  <Chip
                    size="small"
                    label={closedUnanswered ? t('help.closedUnanswered') : t(`common:microsoftResponse.${help.microsoftResponse}`)}
                    color={help.microsoftResponse === 'engaged' ? 'success' : help.microsoftResponse === 'pending' ? 'default' : 'warning'}
                  />
                ),
              },
              ...(help.engagedBy ? [{ label: t('help.engagedBy'), value: personLine(help.engagedBy) }] : []),
              { label: t('help.helpWith'), value: t(`common:helpType.${help.helpType}`) },
              {
                label: t('help.askedBy'),
                value: t('help.askedByOn', { who: askedByName(tc, help, r.team), when: fmt.dateTime(help.invitedDateTime) }),
              },
              ...(help.microsoftResponse === 'pending' && !closedUnanswered
                ? [{ label: t('help.answerDue'), value: fmt.dateTime(help.respondByDateTime) }]
                : []),
              { label: t('help.notes'), value: help.notes },
            ]}
          />
        </Section>
      )}
      <Section title={t('section.team')}>
        {r.team.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('noTeam')}
          </Typography>
        ) : (
          <List dense disablePadding aria-label={t('teamMembers')}>
            {r.team.map((m) => (
              <ListItem
                key={m.email}
                // The remove button sits over the row's right end: room for it, or it covers the phone number.
                sx={detail.stage === 'accepted' ? { ...dense, pr: 6 } : dense}
                secondaryAction={detail.stage === 'accepted' ? <RemoveMemberButton referral={r} member={m} /> : null}
              >
                <ListItemText primary={`${m.firstName} ${m.lastName}`} secondary={`${m.email} · ${m.phoneNumber}`} />
              </ListItem>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('section.solutions')}>
        {solutions.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('noSolutions')}
          </Typography>
        ) : (
          <List dense disablePadding>
            {solutions.map((s) => (
              <ListItem key={s.id} sx={dense}>
                <ListItemText primary={s.name} secondary={`${s.publisher} · ${t(`common:solutionKind.${s.kind}`)}`} />
              </ListItem>
            ))}
          </List>
        )}
      </Section>
    </>
  );
}

/**
 * Removes one person from an Accepted deal's team (SPEC F1: edit the team) in one click, so the snackbar offers Undo
 * (issue 14, point 9); the last one stays, and the button says why.
 */
function RemoveMemberButton({ referral, member }: { referral: Referral; member: TeamMember }) {
  const { t } = useTranslation('detail');
  const dispatch = useAppDispatch();
  const [act, { isLoading }] = useActMutation();
  const last = referral.team.length <= 1;
  const name = `${member.firstName} ${member.lastName}`;
  const remove = async () => {
    try {
      await act({ id: referral.id, action: { type: 'removeTeamMember', email: member.email } }).unwrap();
      dispatch(showNotice({ message: t('team.removed', { name }), undo: { kind: 'teamMember', id: referral.id, member } }));
    } catch (error) {
      dispatch(showNotice({ message: errorMessage(error), severity: 'error' }));
    }
  };
  return (
    <Tooltip title={last ? t('team.lastMember') : t('team.remove', { name })}>
      {/* A disabled button gets no hover: the span carries the tooltip. */}
      <span>
        <IconButton
          edge="end"
          size="small"
          aria-label={t('team.remove', { name })}
          disabled={last || isLoading}
          onClick={() => void remove()}
        >
          <PersonRemoveOutlinedIcon fontSize="small" />
        </IconButton>
      </span>
    </Tooltip>
  );
}
