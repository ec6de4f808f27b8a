import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/ipc';
import { BAD_CURSOR_MESSAGE, decodeCursor, encodeCursor } from './cursor';

const sort = { column: 'name', direction: 'asc' } as const;

describe('keyset cursor', () => {
  it('round-trips the last row position and is URL-safe', () => {
    const c = encodeCursor(sort, 'Azure / migration + "quotes"', 'id-1');
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, sort, 'text')).toEqual({ value: 'Azure / migration + "quotes"', id: 'id-1' });
    expect(
      decodeCursor(
        encodeCursor({ column: 'dealValue', direction: 'desc' }, 1234500, 'x'),
        { column: 'dealValue', direction: 'desc' },
        'int',
      ),
    ).toEqual({ value: 1234500, id: 'x' });
  });

  it('refuses garbage, tampered values and cursors from another sort with a sentence to act on', () => {
    const bad = [
      'not base64!',
      '',
      Buffer.from('{"c":"name"').toString('base64url'),
      Buffer.from('[]').toString('base64url'),
      encodeCursor({ column: 'name', direction: 'desc' }, 'a', 'b'),
      encodeCursor({ column: 'customerName', direction: 'asc' }, 'a', 'b'),
      Buffer.from(JSON.stringify({ c: 'name', d: 'asc', v: 5, id: 'x' })).toString('base64url'),
      Buffer.from(JSON.stringify({ c: 'name', d: 'asc', v: 'a', id: '' })).toString('base64url'),
      Buffer.from(JSON.stringify({ c: 'name', d: 'asc', v: null, id: 'x' })).toString('base64url'),
    ];
    for (const c of bad) {
      let error: unknown;
      try {
        decodeCursor(c, sort, 'text');
      } catch (err) {
        error = err;
      }
      expect(error, c).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_INPUT');
      expect((error as AppError).message).toBe('That page link is no longer valid; reload the list.');
      expect((error as AppError).fields).toEqual({ cursor: BAD_CURSOR_MESSAGE });
    }
    expect(() =>
      decodeCursor(
        Buffer.from(JSON.stringify({ c: 'dealValue', d: 'asc', v: 1.5, id: 'x' })).toString('base64url'),
        { column: 'dealValue', direction: 'asc' },
        'int',
      ),
    ).toThrow(AppError);
  });
});
