import type { SortColumn, Tab } from '../../../../shared/ipc';

export type ColumnKey =
  'name' | 'customer' | 'value' | 'close' | 'type' | 'stage' | 'expiry' | 'sync' | 'favorite' | 'direction' | 'updated';

export type Column = {
  key: ColumnKey;
  /** Its key in the list namespace. */
  label: `col.${ColumnKey}`;
  /** Shown in the header; the label stays the accessible name either way. */
  hideLabel?: boolean;
  sort?: SortColumn;
  width: string;
  align?: 'right' | 'center';
};

export const ROW_HEIGHT = 48;
export const HEADER_HEIGHT = 40;

const all: Record<ColumnKey, Column> = {
  favorite: { key: 'favorite', label: 'col.favorite', hideLabel: true, width: '36px', align: 'center' },
  name: { key: 'name', label: 'col.name', sort: 'name', width: 'minmax(160px, 2fr)' },
  sync: { key: 'sync', label: 'col.sync', hideLabel: true, width: '24px', align: 'center' },
  direction: { key: 'direction', label: 'col.direction', width: '92px' },
  customer: { key: 'customer', label: 'col.customer', sort: 'customerName', width: 'minmax(110px, 1.4fr)' },
  // Wide enough for "CHF 1,808,031.25" and "207 447 000,00 ₹" whole (116 px cut them to "CHF 1,808,031.…").
  value: { key: 'value', label: 'col.value', sort: 'dealValue', width: '140px', align: 'right' },
  close: { key: 'close', label: 'col.close', sort: 'closingDateTime', width: '120px' },
  type: { key: 'type', label: 'col.type', sort: 'dealType', width: '92px' },
  stage: { key: 'stage', label: 'col.stage', sort: 'stage', width: '128px' },
  expiry: { key: 'expiry', label: 'col.expiry', sort: 'expirationDateTime', width: '128px' },
  updated: { key: 'updated', label: 'col.updated', sort: 'updatedDateTime', width: '120px' },
};

/**
 * The columns of each tab. The heart leads, so it stays in view when the detail panel narrows the list.
 * Outbound deals never expire: no Expires column there, and the last update (its default sort) instead.
 * Favorites mixes both: a Direction column says which each deal is.
 */
const keysOf: Record<Tab, readonly ColumnKey[]> = {
  inbound: ['favorite', 'name', 'sync', 'customer', 'value', 'close', 'type', 'stage', 'expiry'],
  outbound: ['favorite', 'name', 'sync', 'customer', 'value', 'close', 'type', 'stage', 'updated'],
  favorites: ['favorite', 'name', 'sync', 'direction', 'customer', 'value', 'close', 'type', 'stage', 'expiry', 'updated'],
};

export const columnsOf = (tab: Tab): readonly Column[] => keysOf[tab].map((k) => all[k]);

/**
 * Columns that give way when the list is narrow (a laptop screen with the detail open), least needed first:
 * the list then keeps the deal's name readable and the Expires countdown in view. Each step applies below its
 * width of the list (a CSS container query, see rowStyles.tsx); the detail panel shows everything they held.
 */
export const givesWay: readonly { below: number; hide: readonly ColumnKey[] }[] = [
  { below: 1080, hide: ['type', 'updated'] },
  { below: 960, hide: ['type', 'updated', 'close'] },
  { below: 780, hide: ['type', 'updated', 'close', 'direction', 'customer'] },
];

/** The CSS grid template of a tab's rows, without the hidden columns. */
export const gridTemplateOf = (tab: Tab, hidden: readonly ColumnKey[] = []): string =>
  columnsOf(tab)
    .filter((c) => !hidden.includes(c.key))
    .map((c) => c.width)
    .join(' ');

/** Which columns give way at this width of the list (none when it is wide enough); the sorted column never does. */
export function hiddenAt(width: number, sorted?: SortColumn): readonly ColumnKey[] {
  let hidden: readonly ColumnKey[] = [];
  for (const step of givesWay) if (width > 0 && width < step.below) hidden = step.hide;
  return hidden.filter((k) => all[k].sort === undefined || all[k].sort !== sorted);
}

/** Header and rows share one CSS grid template (the grid's --deal-columns) so the columns line up without a <table>. */
export const rowLayout = {
  display: 'grid',
  gridTemplateColumns: 'var(--deal-columns)',
  alignItems: 'center',
  columnGap: 1,
  pl: 1,
  pr: 2,
  minWidth: 'fit-content',
} as const;
