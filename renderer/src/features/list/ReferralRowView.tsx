import { memo, type KeyboardEvent } from 'react';
import type { ReferralRow } from '../../../../shared/domain';
import type { Tab } from '../../../../shared/ipc';
import { ClockIcon, CloudUploadIcon, HeartIcon, HeartOutlineIcon } from './rowIcons';
import type { RowWords } from './rowWords';

type Props = {
  row: ReferralRow;
  /** The tab decides the columns (columns.ts): Expires in Inbound and Favorites, Direction in Favorites, Updated off Inbound. */
  tab: Tab;
  index: number;
  /** Pixels from the top of the row group (the virtualizer's offset). */
  top: number;
  selected: boolean;
  now: number;
  words: RowWords;
  onSelect: (id: string) => void;
  onFavorite: (id: string, favorite: boolean) => void;
};

/**
 * One deal in the virtualized list. Memoized, and built from plain elements styled by the grid's rules
 * (rowStyles.ts): scrolling mounts rows every frame, so a row does no style or formatter work of its own.
 */
export const ReferralRowView = memo(function ReferralRowView({ row, tab, index, top, selected, now, words, onSelect, onFavorite }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onSelect(row.id);
    }
  };
  const heartLabel = row.favorite ? words.removeFavorite : words.addFavorite;

  return (
    <div
      role="row"
      className="deal-row"
      data-testid="deal-row"
      data-deal-id={row.id}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-label={`${row.name}, ${row.customerName}`}
      tabIndex={0}
      onClick={() => onSelect(row.id)}
      onKeyDown={onKeyDown}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" data-col="favorite" className="deal-cell deal-cell--center">
        <button
          type="button"
          className="deal-heart"
          aria-label={heartLabel}
          data-on={row.favorite}
          title={heartLabel}
          onClick={(event) => {
            event.stopPropagation();
            onFavorite(row.id, !row.favorite);
          }}
          onKeyDown={(event) => event.stopPropagation()}
        >
          {row.favorite ? <HeartIcon /> : <HeartOutlineIcon />}
        </button>
      </div>
      <div role="gridcell" data-col="name" className="deal-cell deal-text deal-name" title={row.name}>
        {row.name}
      </div>
      <div role="gridcell" data-col="sync" className="deal-cell deal-cell--center">
        {row.pendingChanges > 0 && <CloudUploadIcon className="deal-sync" label={words.notSynced} />}
      </div>
      {tab === 'favorites' && (
        <div role="gridcell" data-col="direction" className="deal-cell">
          <span className="deal-chip" data-direction={row.direction}>
            {words.direction(row.direction)}
          </span>
        </div>
      )}
      <div role="gridcell" data-col="customer" className="deal-cell deal-text deal-muted" title={row.customerName}>
        {row.customerName}
      </div>
      <div role="gridcell" data-col="value" className="deal-cell deal-text deal-cell--end" title={valueTitle(row, words)}>
        {words.fmt.money(row.dealValue, row.currency)}
      </div>
      <div role="gridcell" data-col="close" className="deal-cell deal-text">
        {words.fmt.closeDate(row.closingDateTime)}
      </div>
      <div role="gridcell" data-col="type" className="deal-cell">
        <span className={row.dealType === 'coSell' ? 'deal-chip deal-chip--cosell' : 'deal-chip'}>{words.dealType(row.dealType)}</span>
      </div>
      <div role="gridcell" data-col="stage" className="deal-cell deal-text deal-wrap">
        {words.stage(row.stage, row.substatus)}
      </div>
      {tab !== 'outbound' && (
        <div role="gridcell" data-col="expiry" className="deal-cell">
          {row.stage === 'received' && row.expirationDateTime && <RowExpiry expiresAt={row.expirationDateTime} now={now} words={words} />}
        </div>
      )}
      {tab !== 'inbound' && (
        <div role="gridcell" data-col="updated" className="deal-cell deal-text deal-muted" title={words.fmt.dateTime(row.updatedDateTime)}>
          {words.fmt.day(row.updatedDateTime)}
        </div>
      )}
    </div>
  );
});

/** The expiry countdown: warning-coloured under 3 days, error-coloured under 1 day (same rule as ExpiryChip). */
function RowExpiry({ expiresAt, now, words }: { expiresAt: string; now: number; words: RowWords }) {
  const countdown = words.countdown(expiresAt, now);
  return (
    <span className="deal-chip" data-severity={countdown.severity} title={words.expiryTitle(expiresAt, countdown.expired)}>
      <ClockIcon />
      <span className="deal-text">{countdown.label}</span>
    </span>
  );
}

/** The hover over a value: its US-dollar equivalent, which sorting by value compares (none for a dollar deal). */
function valueTitle(row: ReferralRow, words: RowWords): string | undefined {
  if (!row.valueUsd || row.currency === 'USD') return undefined;
  return words.usdEquivalent(row.valueUsd);
}
