import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import EmojiEventsOutlinedIcon from '@mui/icons-material/EmojiEventsOutlined';
import GroupAddOutlinedIcon from '@mui/icons-material/GroupAddOutlined';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import ThumbDownOffAltOutlinedIcon from '@mui/icons-material/ThumbDownOffAltOutlined';
import WidgetsOutlinedIcon from '@mui/icons-material/WidgetsOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { allowedActions, expiryOf, type LifecycleActionType, type ReferralDetail } from '../../../../shared/domain';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectDialog } from '../../app/selectors';
import { useNow } from '../../app/useNow';
import { closeDialog, openDialog, type ActionDialog } from '../../app/workspaceSlice';
import { AcceptDialog } from './AcceptDialog';
import { AddTeamDialog } from './AddTeamDialog';
import { CloseReasonDialog } from './CloseReasonDialog';
import { EditDialog } from './EditDialog';
import { RequestHelpDialog } from './RequestHelpDialog';
import { SalesStageSelect } from './SalesStageSelect';
import { SolutionsDialog } from './SolutionsDialog';
import { WinDialog } from './WinDialog';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';

/** The lifecycle action each dialog ends in: a dialog opens only where its stage allows that action. */
const actionOf: Record<ActionDialog, LifecycleActionType> = {
  accept: 'accept',
  decline: 'decline',
  edit: 'edit',
  addTeam: 'addTeamMember',
  solutions: 'setSolutions',
  requestHelp: 'requestHelp',
  win: 'win',
  lose: 'lose',
};

/** Only what the stage allows is clickable (shared `allowedActions`); Archived is read-only. */
export function DealActions({ detail }: { detail: ReferralDetail }) {
  const { referral, stage } = detail;
  const { t } = useTranslation(['detail', 'common']);
  const fmt = useFormat();
  const dispatch = useAppDispatch();
  const now = useNow();
  const dialog = useAppSelector(selectDialog);
  const allowed = allowedActions[stage];
  const kind = dialog?.id === referral.id && allowed.includes(actionOf[dialog.kind]) ? dialog.kind : null;
  const open = (k: ActionDialog) => dispatch(openDialog({ id: referral.id, kind: k }));
  const close = () => dispatch(closeDialog());

  if (stage === 'archived') {
    return (
      <Alert severity="info" variant="outlined">
        <AlertTitle>{t('archived.title')}</AlertTitle>
        {t('archived.outcome', { outcome: t(`common:substatus.${referral.substatus}`) })}
        {referral.statusReason && <> · {t('archived.reason', { reason: t(`common:closeReason.${referral.statusReason}`) })}</>}
        {referral.statusReasonNotes && <> · “{referral.statusReasonNotes}”</>}
        {referral.registration && <> · {t('archived.registered')}</>}
      </Alert>
    );
  }

  if (stage === 'received') {
    if (referral.direction !== 'inbound') return null;
    if (Date.parse(expiryOf(referral)) <= now) {
      return (
        <Alert severity="warning" variant="outlined">
          {t('expiredNotice', { date: fmt.dateTime(expiryOf(referral)) })}
        </Alert>
      );
    }
    return (
      <>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button variant="contained" onClick={() => open('accept')} aria-keyshortcuts="A">
            {t('accept')}
          </Button>
          <Button variant="outlined" color="error" onClick={() => open('decline')} aria-keyshortcuts="D">
            {t('decline')}
          </Button>
        </Box>
        {kind === 'accept' && <AcceptDialog referral={referral} onClose={close} />}
        {kind === 'decline' && <CloseReasonDialog referral={referral} kind="decline" onClose={close} />}
      </>
    );
  }

  // Accepted: edit, team, solutions, sales stage, help (only while the deal is private: a co-sell deal, and a co-sell
  // referral Microsoft itself sent, is shared with Microsoft already), Won, Lost.
  const canAskForHelp = detail.dealType === 'privatePipeline';
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Button variant="contained" color="success" startIcon={<EmojiEventsOutlinedIcon />} onClick={() => open('win')}>
          {t('won')}
        </Button>
        <Button variant="outlined" color="error" startIcon={<ThumbDownOffAltOutlinedIcon />} onClick={() => open('lose')}>
          {t('lost')}
        </Button>
        <SalesStageSelect referral={referral} />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
        <Button size="small" startIcon={<EditOutlinedIcon />} onClick={() => open('edit')}>
          {t('edit')}
        </Button>
        <Button size="small" startIcon={<GroupAddOutlinedIcon />} onClick={() => open('addTeam')}>
          {t('addEmployees')}
        </Button>
        <Button size="small" startIcon={<WidgetsOutlinedIcon />} onClick={() => open('solutions')}>
          {t('solutions')}
        </Button>
        {canAskForHelp && (
          <Button size="small" startIcon={<HandshakeOutlinedIcon />} onClick={() => open('requestHelp')}>
            {t('requestHelp')}
          </Button>
        )}
      </Box>
      {kind === 'edit' && <EditDialog referral={referral} onClose={close} />}
      {kind === 'addTeam' && <AddTeamDialog referral={referral} onClose={close} />}
      {kind === 'solutions' && <SolutionsDialog referral={referral} onClose={close} />}
      {kind === 'requestHelp' && canAskForHelp && <RequestHelpDialog referral={referral} onClose={close} />}
      {kind === 'win' && <WinDialog referral={referral} onClose={close} />}
      {kind === 'lose' && <CloseReasonDialog referral={referral} kind="lose" onClose={close} />}
    </>
  );
}
