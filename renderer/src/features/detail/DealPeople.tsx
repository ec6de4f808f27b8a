import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { ReferralDetail } from '../../../../shared/domain';
import { useFormat } from '../../i18n';
import { FieldList, Section } from './Section';
import { useTranslation } from 'react-i18next';

const dense = { py: 0.25, px: 0 } as const;

/** Microsoft's help request, our team and the solutions on the deal. */
export function DealPeople({ detail }: { detail: ReferralDetail }) {
  const { referral: r } = detail;
  const { t } = useTranslation(['detail', 'common']);
  const fmt = useFormat();
  const help = r.inviteContext;
  const solutions = r.details.requirements.solutions;

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
                    label={t(`common:microsoftResponse.${help.microsoftResponse}`)}
                    color={help.microsoftResponse === 'engaged' ? 'success' : help.microsoftResponse === 'pending' ? 'default' : 'warning'}
                  />
                ),
              },
              { label: t('help.helpWith'), value: t(`common:helpType.${help.helpType}`) },
              {
                label: t('help.askedBy'),
                value: t('help.askedByOn', { who: help.invitedBy || '—', when: fmt.dateTime(help.invitedDateTime) }),
              },
              { label: t('help.answerDue'), value: fmt.dateTime(help.respondByDateTime) },
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
          <List dense disablePadding>
            {r.team.map((m) => (
              <ListItem key={m.email} sx={dense}>
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
