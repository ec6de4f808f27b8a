import { describe, expect, it } from 'vitest';
import { decideOnPrecondition, opsAfterChoice } from './conflictPolicy';
import type { JsonPatchOp } from './remoteApi';
import { sampleReferral } from './testReferral';

const base = sampleReferral();
const ours: JsonPatchOp[] = [
  { op: 'replace', path: '/details/notes', value: 'ours' },
  { op: 'replace', path: '/salesStage', value: 'Develop' },
];
const moved = (patch: Parameters<typeof sampleReferral>[0]) => sampleReferral({ ...patch, eTag: '"e2"' });

describe('after a 412', () => {
  it('our values already there (our earlier attempt landed) → applied', () => {
    expect(decideOnPrecondition(base, ours, moved({ salesStage: 'Develop', details: { ...base.details, notes: 'ours' } }))).toEqual({
      kind: 'applied',
    });
  });

  it('the service closed the deal → the service wins, whatever we changed', () => {
    expect(decideOnPrecondition(base, ours, moved({ status: 'Closed', substatus: 'Won' })).kind).toBe('serviceClosed');
  });

  it('disjoint fields → rebase with our ops', () => {
    expect(decideOnPrecondition(base, ours, moved({ name: 'Renamed by Microsoft' }))).toEqual({ kind: 'rebase', ops: ours });
  });

  it('one op already equal on the service is dropped from the rebase', () => {
    expect(decideOnPrecondition(base, ours, moved({ salesStage: 'Develop', name: 'x' }))).toEqual({ kind: 'rebase', ops: [ours[0]] });
  });

  it('the same field changed on both sides → conflict with both values', () => {
    const current = moved({ details: { ...base.details, notes: 'theirs' } });
    expect(decideOnPrecondition(base, ours, current)).toEqual({
      kind: 'conflict',
      ops: ours,
      fields: [{ field: 'details.notes', path: '/details/notes', local: 'ours', server: 'theirs' }],
    });
  });

  it('without a base every differing field is treated as changed there (ask rather than overwrite)', () => {
    expect(decideOnPrecondition(null, ours, moved({})).kind).toBe('conflict');
  });

  it('the seller\'s choice: "server" drops our op, "local" keeps it', () => {
    const current = moved({ details: { ...base.details, notes: 'theirs' } });
    expect(opsAfterChoice(ours, current, { 'details.notes': 'server' })).toEqual([ours[1]]);
    expect(opsAfterChoice(ours, current, { 'details.notes': 'local' })).toEqual(ours);
  });
});
