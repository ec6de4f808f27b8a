import Box from '@mui/material/Box';
import Link from '@mui/material/Link';

/** One part of the address: never broken inside; cut with an ellipsis when even it is wider than the column. */
const part = {
  display: 'inline-block',
  maxWidth: '100%',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  verticalAlign: 'bottom',
} as const;

/**
 * An e-mail address as a mailto link that stays readable in a narrow column: it wraps only after the "@" (the name
 * on one line, the domain on the next), a part too long for the column ends in "…", and the whole address is the
 * link's title (shown on hover) and its accessible name (said whole, not as two parts).
 */
export function EmailLink({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  const name = at > 0 ? email.slice(0, at + 1) : email;
  const domain = at > 0 ? email.slice(at + 1) : '';
  return (
    <Link href={`mailto:${email}`} title={email} aria-label={email} sx={{ overflowWrap: 'normal', wordBreak: 'normal' }}>
      <Box component="span" sx={part}>
        {name}
      </Box>
      {domain && (
        <>
          <wbr />
          <Box component="span" sx={part}>
            {domain}
          </Box>
        </>
      )}
    </Link>
  );
}
