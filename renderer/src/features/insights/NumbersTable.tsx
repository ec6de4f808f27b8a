import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';

/** The numbers behind a chart, as a table a screen reader can walk (and anyone can read exactly). */
export function NumbersTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  const { t } = useTranslation('insights');
  return (
    <Table size="small" aria-label={caption} sx={{ '& td, & th': { py: 0.25 } }}>
      <TableHead>
        <TableRow>
          {head.map((h, i) => (
            <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={head.length}>{t('noDeals')}</TableCell>
          </TableRow>
        )}
        {rows.map((r) => (
          <TableRow key={r.join('|')}>
            {r.map((cell, i) => (
              <TableCell
                key={head[i]}
                align={i === 0 ? 'left' : 'right'}
                component={i === 0 ? 'th' : 'td'}
                scope={i === 0 ? 'row' : undefined}
              >
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
