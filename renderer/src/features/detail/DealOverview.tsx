import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { closeReasonLabels, expiryOf, type ReferralDetail } from '../../../../shared/domain';
import { ValueWithEquivalent } from './ValueWithEquivalent';
import { useNow } from '../../app/useNow';
import { formatCloseDate, formatDateTime } from '../../format/dates';
import { dealTypeLabels, stageText, syncStateLabels } from '../../format/labels';
import { formatMoney } from '../../format/money';
import { ExpiryChip } from '../list/ExpiryChip';
import { FieldList, Section } from './Section';

/** Every field of the deal and its customer. */
export function DealOverview({ detail }: { detail: ReferralDetail }) {
  const { referral: r, stage } = detail;
  const now = useNow();
  const address = r.customerProfile.address;
  const place = [address.city, address.region, address.postalCode].filter(Boolean).join(', ');

  return (
    <>
      <Section title="Deal">
        <FieldList
          fields={[
            { label: 'Value', value: <ValueWithEquivalent detail={detail} /> },
            { label: 'Close date', value: formatCloseDate(r.details.closingDateTime) },
            { label: 'Type', value: dealTypeLabels[detail.dealType] },
            { label: 'Stage', value: stageText(stage, r.substatus) },
            ...(r.statusReason ? [{ label: 'Reason', value: closeReasonLabels[r.statusReason] }] : []),
            ...(r.statusReasonNotes ? [{ label: 'Reason notes', value: r.statusReasonNotes }] : []),
            ...(stage === 'received'
              ? [
                  {
                    label: 'Expires',
                    value: (
                      <>
                        <ExpiryChip expiresAt={expiryOf(r)} now={now} /> {formatDateTime(expiryOf(r))}
                      </>
                    ),
                  },
                ]
              : []),
            ...(r.salesStage ? [{ label: 'Sales stage', value: r.salesStage }] : []),
            { label: 'CRM ID', value: r.externalReferenceId },
            { label: 'Campaign ID', value: r.campaignId },
            ...(r.direction === 'inbound'
              ? [
                  { label: 'Sent by', value: r.senderName },
                  // How to reach the sender, where the service gives it.
                  ...(r.senderEmail
                    ? [{ label: 'Sender email', value: <Link href={`mailto:${r.senderEmail}`}>{r.senderEmail}</Link> }]
                    : []),
                  ...(r.senderPhone ? [{ label: 'Sender phone', value: <Link href={`tel:${r.senderPhone}`}>{r.senderPhone}</Link> }] : []),
                ]
              : [{ label: 'Direction', value: 'Outbound' }]),
            { label: 'Created', value: formatDateTime(r.createdDateTime) },
            { label: 'Updated', value: formatDateTime(r.updatedDateTime) },
            {
              label: 'Sync',
              value:
                detail.pendingChanges > 0
                  ? `${syncStateLabels[detail.syncState]} (${detail.pendingChanges} waiting)`
                  : syncStateLabels[detail.syncState],
            },
          ]}
        />
      </Section>
      <Section title="Customer">
        <FieldList
          fields={[
            { label: 'Name', value: r.customerProfile.name },
            { label: 'Address', value: [address.addressLine1, place, address.country].filter(Boolean).join(' · ') },
            { label: 'D-U-N-S', value: r.customerProfile.ids.duns },
            ...r.customerProfile.team.map((c, i) => ({
              label: i === 0 ? 'Contact' : `Contact ${i + 1}`,
              value: `${c.firstName} ${c.lastName} · ${c.email} · ${c.phoneNumber}`,
            })),
          ]}
        />
      </Section>
      {r.registration && (
        <Section title="Deal registration">
          <FieldList
            fields={[
              { label: 'Contract value', value: formatMoney(r.registration.contractValue, r.registration.currency) },
              { label: 'Term', value: `${r.registration.termMonths} months` },
              { label: 'Start', value: formatCloseDate(r.registration.startDate) },
              { label: 'End', value: formatCloseDate(r.registration.endDate) },
              { label: 'Signed', value: formatCloseDate(r.registration.signDate) },
              ...r.registration.deployments.map((d, i) => ({
                label: i === 0 ? 'Deployment' : `Deployment ${i + 1}`,
                value: `${r.details.requirements.solutions.find((s) => s.id === d.solutionId)?.name ?? d.solutionId}: ${d.deploymentDetails}`,
              })),
            ]}
          />
        </Section>
      )}
      <Section title="Notes">
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} color={r.details.notes ? 'text.primary' : 'text.secondary'}>
          {r.details.notes || 'No notes.'}
        </Typography>
      </Section>
    </>
  );
}
