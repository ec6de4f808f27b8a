import type { SortColumn } from '../../../../shared/ipc';

export type Column = {
  key: 'name' | 'customer' | 'value' | 'close' | 'type' | 'stage' | 'expiry' | 'sync' | 'favorite';
  label: string;
  /** Shown in the header; the label stays the accessible name either way. */
  hideLabel?: boolean;
  sort?: SortColumn;
  width: string;
  align?: 'right' | 'center';
};

export const ROW_HEIGHT = 48;
export const HEADER_HEIGHT = 40;

export const columns: readonly Column[] = [
  { key: 'name', label: 'Deal', sort: 'name', width: 'minmax(180px, 2fr)' },
  { key: 'customer', label: 'Customer', sort: 'customerName', width: 'minmax(140px, 1.5fr)' },
  { key: 'value', label: 'Value', sort: 'dealValue', width: '120px', align: 'right' },
  { key: 'close', label: 'Close date', sort: 'closingDateTime', width: '108px' },
  { key: 'type', label: 'Type', sort: 'dealType', width: '84px' },
  { key: 'stage', label: 'Stage', sort: 'stage', width: '104px' },
  { key: 'expiry', label: 'Expires', sort: 'expirationDateTime', width: '112px' },
  { key: 'sync', label: 'Sync state', hideLabel: true, width: '28px', align: 'center' },
  { key: 'favorite', label: 'Favorite', hideLabel: true, width: '40px', align: 'center' },
];

/** Header and rows share one CSS grid template so the columns line up without a <table>. */
export const gridTemplate = columns.map((c) => c.width).join(' ');

export const rowLayout = {
  display: 'grid',
  gridTemplateColumns: gridTemplate,
  alignItems: 'center',
  columnGap: 1.5,
  px: 2,
  minWidth: 'fit-content',
} as const;
