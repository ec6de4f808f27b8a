import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewDeal } from '../../../../shared/domain';
import { useFormat } from '../../i18n';
import { countryName } from './countries';
import { stepKeys, type StepKey } from './wizardForm';

type Props = { deal: NewDeal; goTo: (step: number) => void };

/** The last step: the whole deal as it will be created, each part with Change to go back to its step. */
export function ReviewStep({ deal, goTo }: Props) {
  const { t } = useTranslation(['wizard', 'common']);
  const fmt = useFormat();
  const a = deal.customer.address;
  const contact = deal.customerContact;
  const helpType = deal.wantsMicrosoftHelp ? deal.helpType : undefined;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {t('reviewIntro')}
      </Typography>
      <Part part="customer" goTo={goTo}>
        <Line>{deal.customer.name}</Line>
        <Line>{[a.addressLine1, a.postalCode, a.city, a.region, countryName(a.country, fmt.locale)].filter(Boolean).join(', ')}</Line>
        <Line>
          {contact
            ? t(deal.consentToShareCustomerContact ? 'contactShared' : 'contactLine', { person: t('person', contact) })
            : t('noContact')}
        </Line>
      </Part>
      <Part part="deal" goTo={goTo}>
        <Line>{deal.name}</Line>
        <Line>{t('valueClosing', { value: fmt.money(deal.dealValue, deal.currency), date: fmt.closeDate(deal.closingDateTime) })}</Line>
        {deal.externalReferenceId && <Line>{t('crmIdLine', { id: deal.externalReferenceId })}</Line>}
        {deal.campaignId && <Line>{t('campaignIdLine', { id: deal.campaignId })}</Line>}
        {deal.notes && <Line>{t('notesLine', { notes: deal.notes })}</Line>}
      </Part>
      <Part part="team" goTo={goTo}>
        {deal.team.map((m) => (
          <Line key={m.email}>{t('person', m)}</Line>
        ))}
      </Part>
      <Part part="solutions" goTo={goTo}>
        <Line>{deal.solutions.map((s) => s.name).join(', ')}</Line>
      </Part>
      <Part part="selling" goTo={goTo}>
        <Line>{helpType ? t('coSellLine', { help: t(`common:helpType.${helpType}`) }) : t('privateLine')}</Line>
        {deal.wantsMicrosoftHelp && deal.helpNotes && <Line>{t('helpNotesLine', { notes: deal.helpNotes })}</Line>}
      </Part>
    </Box>
  );
}

type PartProps = { part: Exclude<StepKey, 'review'>; goTo: (step: number) => void; children: ReactNode };

function Part({ part, goTo, children }: PartProps) {
  const { t } = useTranslation('wizard');
  const step = stepKeys.indexOf(part);
  const id = `review-${part}`;
  return (
    <Box
      component="section"
      aria-labelledby={id}
      sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', borderBottom: 1, borderColor: 'divider', pb: 1.5 }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography id={id} variant="subtitle2" component="h3">
          {t(`step.${part}`)}
        </Typography>
        {children}
      </Box>
      <Button size="small" onClick={() => goTo(step)} aria-label={t(`change.${part}`)}>
        {t('change')}
      </Button>
    </Box>
  );
}

const Line = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
    {children}
  </Typography>
);
