import GlobalStyles from '@mui/material/GlobalStyles';
import { alpha, type Theme } from '@mui/material/styles';
import { memo } from 'react';
import { ROW_HEIGHT, type ColumnKey } from './columns';

const hideable: readonly ColumnKey[] = ['type', 'updated', 'close', 'direction', 'customer'];

/**
 * Every style of the list's rows, as nested rules on the grid element: rows themselves are plain elements
 * with class names, so mounting one while scrolling costs no style serialization at all.
 */
export function rowStyles(theme: Theme) {
  const { palette, typography } = theme;
  const chipBorder = palette.mode === 'light' ? palette.grey[400] : palette.grey[700];
  return {
    '& .deal-row': {
      display: 'grid',
      gridTemplateColumns: 'var(--deal-columns)',
      alignItems: 'center',
      columnGap: theme.spacing(1),
      paddingLeft: theme.spacing(1),
      paddingRight: theme.spacing(2),
      minWidth: 'fit-content',
      position: 'absolute',
      top: 0,
      left: 0,
      width: '100%',
      height: ROW_HEIGHT,
      boxSizing: 'border-box',
      // Each row lays out and styles on its own: inserting one while scrolling does not touch the others.
      contain: 'layout style',
      borderBottom: `1px solid ${palette.divider}`,
      cursor: 'pointer',
      backgroundColor: palette.background.paper,
      ...typography.body2,
      '&:hover': { backgroundColor: palette.action.hover },
      '&[aria-selected="true"]': { backgroundColor: palette.action.selected },
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -2 },
    },
    // Columns that give way on a narrow list (columns.ts): the grid names them in data-hide.
    ...Object.fromEntries(hideable.map((k) => [`&[data-hide~="${k}"] [data-col="${k}"]`, { display: 'none' }])),
    '& .deal-row--pending': { cursor: 'default', '&:hover': { backgroundColor: palette.background.paper } },
    '& .deal-pending-cell': { gridColumn: '1 / -1', gap: theme.spacing(1.5), paddingLeft: theme.spacing(1) },
    '& .deal-placeholder': {
      display: 'block',
      width: '40%',
      maxWidth: 420,
      height: 12,
      borderRadius: 6,
      backgroundColor: palette.action.hover,
    },
    '& .deal-sr-only': { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    '& .deal-cell': { minWidth: 0, overflow: 'hidden', display: 'flex', alignItems: 'center' },
    '& .deal-cell--center': { justifyContent: 'center' },
    // Text cells are blocks (an ellipsis needs a block); numbers line up on the right.
    '& .deal-text': { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    // A long name wraps onto a second line (a row holds two) before it is cut: names alike at the start stay apart.
    // So does a long stage ("В архиве · Истёк срок").
    '& .deal-text.deal-name, & .deal-text.deal-wrap': {
      display: '-webkit-box',
      WebkitLineClamp: 2,
      WebkitBoxOrient: 'vertical',
      whiteSpace: 'normal',
      lineHeight: 1.3,
      overflowWrap: 'anywhere',
    },
    '& .deal-cell--end': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    '& .deal-name': { fontWeight: 600 },
    '& .deal-muted': { color: palette.text.secondary },
    '& .row-icon': { width: 20, height: 20, fill: 'currentColor', flexShrink: 0 },
    '& .deal-sync': { color: palette.action.active },
    '& .deal-heart': {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: 30,
      height: 30,
      padding: 0,
      border: 0,
      borderRadius: '50%',
      background: 'none',
      cursor: 'pointer',
      color: palette.action.active,
      '&:hover': { backgroundColor: palette.action.hover },
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}` },
      '&[data-on="true"]': { color: palette.error.main },
      '& .row-icon': { width: 18, height: 18 },
    },
    '& .deal-chip': {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 4,
      maxWidth: '100%',
      height: 24,
      padding: '0 8px',
      boxSizing: 'border-box',
      borderRadius: 12,
      border: `1px solid ${chipBorder}`,
      fontSize: typography.pxToRem(12),
      fontWeight: 500,
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      color: palette.text.primary,
      '& .row-icon': { width: 16, height: 16, marginLeft: -2 },
    },
    '& .deal-chip--cosell': { color: palette.primary.main, borderColor: alpha(palette.primary.main, 0.7) },
    '& .deal-chip[data-severity="warning"]': {
      backgroundColor: palette.warning.main,
      borderColor: palette.warning.main,
      color: palette.warning.contrastText,
    },
    '& .deal-chip[data-severity="error"]': {
      backgroundColor: palette.error.main,
      borderColor: palette.error.main,
      color: palette.error.contrastText,
    },
  } as const;
}

/** The row rules, inserted once per theme (not on every render of the list as an sx prop would be). */
export const RowStyles = memo(function RowStyles() {
  return <GlobalStyles styles={(theme: Theme) => ({ '.deal-grid': rowStyles(theme) })} />;
});
