import CloudUploadOutlinedIcon from '@mui/icons-material/CloudUploadOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { styled } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { memo, type KeyboardEvent } from 'react';
import type { ReferralRow } from '../../../../shared/domain';
import { formatCloseDate } from '../../format/dates';
import { dealTypeLabels, stageText } from '../../format/labels';
import { formatMoney } from '../../format/money';
import { ROW_HEIGHT, rowLayout } from './columns';
import { ExpiryChip } from './ExpiryChip';
import { FavoriteButton } from './FavoriteButton';

const Cell = styled('div')({ minWidth: 0, overflow: 'hidden', display: 'flex', alignItems: 'center' });

type Props = {
  row: ReferralRow;
  index: number;
  /** Pixels from the top of the row group (the virtualizer's offset). */
  top: number;
  selected: boolean;
  now: number;
  onSelect: (id: string) => void;
};

/** One deal in the virtualized list. Memoized: scrolling re-renders only the rows that move in. */
export const ReferralRowView = memo(function ReferralRowView({ row, index, top, selected, now, onSelect }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onSelect(row.id);
    }
  };

  return (
    <Box
      role="row"
      data-testid="deal-row"
      data-deal-id={row.id}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-label={`${row.name}, ${row.customerName}`}
      tabIndex={0}
      onClick={() => onSelect(row.id)}
      onKeyDown={onKeyDown}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      sx={{
        ...rowLayout,
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        borderBottom: 1,
        borderColor: 'divider',
        cursor: 'pointer',
        bgcolor: selected ? 'action.selected' : 'background.paper',
        '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
      }}
    >
      <Cell role="gridcell" sx={{ justifyContent: 'center' }}>
        <FavoriteButton id={row.id} favorite={row.favorite} />
      </Cell>
      <Cell role="gridcell">
        <Typography variant="body2" noWrap title={row.name} sx={{ fontWeight: 600 }}>{row.name}</Typography>
      </Cell>
      <Cell role="gridcell" sx={{ justifyContent: 'center' }}>
        {row.pendingChanges > 0 && (
          <CloudUploadOutlinedIcon
            fontSize="small"
            color="action"
            titleAccess="Not yet synced"
            aria-label="Not yet synced"
          />
        )}
      </Cell>
      <Cell role="gridcell">
        <Typography variant="body2" noWrap title={row.customerName} color="text.secondary">{row.customerName}</Typography>
      </Cell>
      <Cell role="gridcell" sx={{ justifyContent: 'flex-end', fontVariantNumeric: 'tabular-nums' }}>
        <Typography variant="body2" noWrap>{formatMoney(row.dealValue, row.currency)}</Typography>
      </Cell>
      <Cell role="gridcell">
        <Typography variant="body2" noWrap>{formatCloseDate(row.closingDateTime)}</Typography>
      </Cell>
      <Cell role="gridcell">
        <Chip
          size="small"
          label={dealTypeLabels[row.dealType]}
          color={row.dealType === 'coSell' ? 'primary' : 'default'}
          variant="outlined"
        />
      </Cell>
      <Cell role="gridcell">
        <Typography variant="body2" noWrap>{stageText(row.stage, row.substatus)}</Typography>
      </Cell>
      <Cell role="gridcell">
        {row.stage === 'received' && row.expirationDateTime && <ExpiryChip expiresAt={row.expirationDateTime} now={now} />}
      </Cell>
    </Box>
  );
});
