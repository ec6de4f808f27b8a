import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { expiryOf, type ReferralDetail } from '../../../../shared/domain';
import { ValueWithEquivalent } from './ValueWithEquivalent';
import { useNow } from '../../app/useNow';
import { stageText } from '../../format/labels';
import { useFormat } from '../../i18n';
import { ExpiryChip } from '../list/ExpiryChip';
import { EmailLink } from '../../ui/EmailLink';
import { FieldList, Section } from './Section';
import { useTranslation } from 'react-i18next';

/** Every field of the deal and its customer. */
export function DealOverview({ detail }: { detail: ReferralDetail }) {
  const { referral: r, stage } = detail;
  const { t } = useTranslation(['detail', 'common']);
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const address = r.customerProfile.address;
  const place = [address.city, address.region, address.postalCode].filter(Boolean).join(', ');

  return (
    <>
      <Section title={t('section.deal')}>
        <FieldList
          fields={[
            { label: t('field.value'), value: <ValueWithEquivalent detail={detail} /> },
            { label: t('field.closeDate'), value: fmt.closeDate(r.details.closingDateTime) },
            { label: t('field.type'), value: t(`common:dealType.${detail.dealType}`) },
            { label: t('field.stage'), value: stageText(tc, stage, r.substatus) },
            ...(r.statusReason ? [{ label: t('field.reason'), value: t(`common:closeReason.${r.statusReason}`) }] : []),
            ...(r.statusReasonNotes ? [{ label: t('field.reasonNotes'), value: r.statusReasonNotes }] : []),
            ...(stage === 'received'
              ? [
                  {
                    label: t('field.expires'),
                    value: (
                      <>
                        <ExpiryChip expiresAt={expiryOf(r)} now={now} /> {fmt.dateTime(expiryOf(r))}
                      </>
                    ),
                  },
                ]
              : []),
            ...(r.salesStage ? [{ label: t('field.salesStage'), value: t(`common:salesStage.${r.salesStage}`) }] : []),
            { label: t('field.crmId'), value: r.externalReferenceId },
            { label: t('field.campaignId'), value: r.campaignId },
            ...(r.direction === 'inbound'
              ? [
                  { label: t('field.sentBy'), value: r.senderName },
                  // How to reach the sender, where the service gives it.
                  ...(r.senderEmail ? [{ label: t('field.senderEmail'), value: <EmailLink email={r.senderEmail} /> }] : []),
                  ...(r.senderPhone
                    ? [{ label: t('field.senderPhone'), value: <Link href={`tel:${r.senderPhone}`}>{r.senderPhone}</Link> }]
                    : []),
                ]
              : [{ label: t('field.direction'), value: t('field.outbound') }]),
            { label: t('field.created'), value: fmt.dateTime(r.createdDateTime) },
            { label: t('field.updated'), value: fmt.dateTime(r.updatedDateTime) },
            {
              label: t('field.sync'),
              value:
                detail.pendingChanges > 0
                  ? t('syncWaiting', { state: t(`common:syncState.${detail.syncState}`), count: detail.pendingChanges })
                  : t(`common:syncState.${detail.syncState}`),
            },
          ]}
        />
      </Section>
      <Section title={t('section.customer')}>
        <FieldList
          fields={[
            { label: t('field.name'), value: r.customerProfile.name },
            { label: t('field.address'), value: [address.addressLine1, place, address.country].filter(Boolean).join(' · ') },
            { label: 'D-U-N-S', value: r.customerProfile.ids.duns },
            ...r.customerProfile.team.map((c, i) => ({
              label: i === 0 ? t('field.contact') : t('field.contactN', { n: i + 1 }),
              value: `${c.firstName} ${c.lastName} · ${c.email} · ${c.phoneNumber}`,
            })),
          ]}
        />
      </Section>
      {r.registration && (
        <Section title={t('section.registration')}>
          <FieldList
            fields={[
              { label: t('field.contractValue'), value: fmt.money(r.registration.contractValue, r.registration.currency) },
              { label: t('field.term'), value: t('termMonths', { count: r.registration.termMonths }) },
              { label: t('field.start'), value: fmt.closeDate(r.registration.startDate) },
              { label: t('field.end'), value: fmt.closeDate(r.registration.endDate) },
              { label: t('field.signed'), value: fmt.closeDate(r.registration.signDate) },
              ...r.registration.deployments.map((d, i) => ({
                label: i === 0 ? t('field.deployment') : t('field.deploymentN', { n: i + 1 }),
                value: `${r.details.requirements.solutions.find((s) => s.id === d.solutionId)?.name ?? d.solutionId}: ${d.deploymentDetails}`,
              })),
            ]}
          />
        </Section>
      )}
      <Section title={t('section.notes')}>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} color={r.details.notes ? 'text.primary' : 'text.secondary'}>
          {r.details.notes || t('noNotes')}
        </Typography>
      </Section>
    </>
  );
}
