import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { helpTypeLabels, type NewDeal } from '../../../../shared/domain';
import { formatCloseDate } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { countryName } from './countries';

type Props = { deal: NewDeal; goTo: (step: number) => void };

const person = (c: { firstName: string; lastName: string; email: string }) => `${c.firstName} ${c.lastName} (${c.email})`;

/** The last step: the whole deal as it will be created, each part with Change to go back to its step. */
export function ReviewStep({ deal, goTo }: Props) {
  const a = deal.customer.address;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="body2" color="text.secondary">
        Check the deal before you create it. Nothing is sent until you press Create deal.
      </Typography>
      <Part title="Customer" step={0} goTo={goTo}>
        <Line>{deal.customer.name}</Line>
        <Line>{[a.addressLine1, a.postalCode, a.city, a.region, countryName(a.country)].filter(Boolean).join(', ')}</Line>
        <Line>
          {deal.customerContact
            ? `Contact: ${person(deal.customerContact)}${deal.consentToShareCustomerContact ? ', agreed to be shared with Microsoft' : ''}`
            : 'No customer contact'}
        </Line>
      </Part>
      <Part title="Deal details" step={1} goTo={goTo}>
        <Line>{deal.name}</Line>
        <Line>
          {formatMoney(deal.dealValue, deal.currency)}, closing {formatCloseDate(deal.closingDateTime)}
        </Line>
        {deal.externalReferenceId && <Line>CRM ID: {deal.externalReferenceId}</Line>}
        {deal.campaignId && <Line>Marketing campaign ID: {deal.campaignId}</Line>}
        {deal.notes && <Line>Notes: {deal.notes}</Line>}
      </Part>
      <Part title="Team" step={2} goTo={goTo}>
        {deal.team.map((m) => (
          <Line key={m.email}>{person(m)}</Line>
        ))}
      </Part>
      <Part title="Solutions" step={3} goTo={goTo}>
        <Line>{deal.solutions.map((s) => s.name).join(', ')}</Line>
      </Part>
      <Part title="Selling type" step={4} goTo={goTo}>
        <Line>
          {deal.wantsMicrosoftHelp && deal.helpType
            ? `Co-sell: asks Microsoft for help with ${helpTypeLabels[deal.helpType].toLowerCase()}`
            : 'Private pipeline: Microsoft is not asked for help'}
        </Line>
        {deal.wantsMicrosoftHelp && deal.helpNotes && <Line>Notes for Microsoft: {deal.helpNotes}</Line>}
      </Part>
    </Box>
  );
}

function Part({ title, step, goTo, children }: { title: string; step: number; goTo: (step: number) => void; children: ReactNode }) {
  const id = `review-${step}`;
  return (
    <Box
      component="section"
      aria-labelledby={id}
      sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', borderBottom: 1, borderColor: 'divider', pb: 1.5 }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography id={id} variant="subtitle2" component="h3">
          {title}
        </Typography>
        {children}
      </Box>
      <Button size="small" onClick={() => goTo(step)} aria-label={`Change ${title.toLowerCase()}`}>
        Change
      </Button>
    </Box>
  );
}

const Line = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
    {children}
  </Typography>
);
