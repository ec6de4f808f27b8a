import type { SortColumn } from '../../../../shared/ipc';

export type Column = {
  key: 'name' | 'customer' | 'value' | 'close' | 'type' | 'stage' | 'expiry' | 'sync' | 'favorite';
  /** Its key in the list namespace. */
  label: `col.${Column['key']}`;
  /** Shown in the header; the label stays the accessible name either way. */
  hideLabel?: boolean;
  sort?: SortColumn;
  width: string;
  align?: 'right' | 'center';
};

export const ROW_HEIGHT = 48;
export const HEADER_HEIGHT = 40;

export const columns: readonly Column[] = [
  // The heart leads, so it stays in view when the detail panel narrows the list.
  { key: 'favorite', label: 'col.favorite', hideLabel: true, width: '36px', align: 'center' },
  { key: 'name', label: 'col.name', sort: 'name', width: 'minmax(180px, 2fr)' },
  { key: 'sync', label: 'col.sync', hideLabel: true, width: '24px', align: 'center' },
  { key: 'customer', label: 'col.customer', sort: 'customerName', width: 'minmax(120px, 1.4fr)' },
  { key: 'value', label: 'col.value', sort: 'dealValue', width: '120px', align: 'right' },
  { key: 'close', label: 'col.close', sort: 'closingDateTime', width: '100px' },
  { key: 'type', label: 'col.type', sort: 'dealType', width: '76px' },
  { key: 'stage', label: 'col.stage', sort: 'stage', width: '140px' },
  { key: 'expiry', label: 'col.expiry', sort: 'expirationDateTime', width: '108px' },
];

/** Header and rows share one CSS grid template so the columns line up without a <table>. */
export const gridTemplate = columns.map((c) => c.width).join(' ');

export const rowLayout = {
  display: 'grid',
  gridTemplateColumns: gridTemplate,
  alignItems: 'center',
  columnGap: 1,
  pl: 1,
  pr: 2,
  minWidth: 'fit-content',
} as const;
