import { errorMessage } from '../../../../shared/i18n';
import { AppError, type SortColumn } from '../../../../shared/ipc';

export type SortValue = string | number;
type CursorPayload = { c: SortColumn; d: 'asc' | 'desc'; v: SortValue; id: string };

/** The cursor field's message (encoded words); the refusal's English says the same. */
export const BAD_CURSOR_MESSAGE = errorMessage('input.badCursor');

/** Opaque to the renderer: base64url JSON of the sort it belongs to and the last row's sort value and id. */
export function encodeCursor(sort: { column: SortColumn; direction: 'asc' | 'desc' }, value: SortValue, id: string): string {
  const payload: CursorPayload = { c: sort.column, d: sort.direction, v: value, id };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back, refusing anything this build did not write for this sort: a cursor is
 * only a position, and a stale or tampered one must give a clear error, never a wrong page.
 */
export function decodeCursor(
  cursor: string,
  sort: { column: SortColumn; direction: 'asc' | 'desc' },
  valueKind: 'text' | 'int',
): { value: SortValue; id: string } {
  const bad = () => new AppError('BAD_INPUT', 'input.badCursor', { cursor: BAD_CURSOR_MESSAGE });
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (typeof payload !== 'object' || payload === null) throw bad();
  const p = payload as Partial<CursorPayload>;
  if (p.c !== sort.column || p.d !== sort.direction) throw bad();
  if (typeof p.id !== 'string' || p.id.length === 0 || p.id.length > 128) throw bad();
  const valueOk = valueKind === 'int' ? Number.isSafeInteger(p.v) : typeof p.v === 'string' && p.v.length <= 400;
  if (!valueOk || p.v === undefined) throw bad();
  return { value: p.v, id: p.id };
}
