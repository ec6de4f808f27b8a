import { describe, expect, it } from 'vitest';
import type { LifecycleAction } from '../../../shared/domain';
import { localView, nextBatch, replay, type Intent } from './intents';
import { sampleReferral } from './testReferral';

let seq = 0;
const action = (payload: LifecycleAction): Intent => ({
  seq: ++seq,
  requestId: `r${seq}`,
  referralId: 'ref-1',
  kind: 'action',
  payload,
  created: '2026-11-24T12:00:00.000Z',
  attempts: 0,
});
const edit = (notes: string) => action({ type: 'edit', edits: { notes } });
const create = (): Intent => ({
  seq: ++seq,
  requestId: `r${seq}`,
  referralId: 'local-1',
  kind: 'create',
  payload: sampleReferral({ id: 'local-1' }),
  created: '2026-11-24T12:00:00.000Z',
  attempts: 0,
});

describe('nextBatch', () => {
  it('coalesces consecutive edits and stops before a status move', () => {
    const q = [edit('a'), action({ type: 'setSalesStage', salesStage: 'Develop' }), edit('b'), action({ type: 'win' }), edit('c')];
    expect(nextBatch(q, true)).toEqual(q.slice(0, 3));
    expect(nextBatch(q.slice(3), true)).toEqual([q[3]]);
    expect(nextBatch(q, false)).toEqual([q[0]]);
  });

  it('an accept takes the edits after it; a create, decline, win or lose go alone', () => {
    const accept = action({ type: 'accept', edits: {}, addTeam: [] });
    const e = edit('x');
    expect(nextBatch([accept, e], true)).toEqual([accept, e]);
    const c = create();
    expect(nextBatch([c, e], true)).toEqual([c]);
    const decline = action({ type: 'decline', reason: 'NotACustomer' });
    expect(nextBatch([decline, e], true)).toEqual([decline]);
    expect(nextBatch([], true)).toEqual([]);
  });
});

describe('replay and the local view', () => {
  const base = sampleReferral();
  it('replays in order, notes no-ops, and stops at the first refusal', () => {
    const same = action({ type: 'setSalesStage', salesStage: 'Develop' });
    const win = action({ type: 'win' });
    const after = edit('after win');
    const r = replay(base, [edit('one'), same, same, win, after], 'Test Seller');
    expect(r.referral).toMatchObject({ substatus: 'Won', details: { notes: 'one' }, salesStage: 'Develop' });
    expect(r.noChange).toEqual([same]);
    expect(r.refused?.intent).toBe(after);
    expect(r.refused?.refusal.code).toBe('ARCHIVED_READ_ONLY');
  });

  it('view = server copy + pending intents; a deal not created yet shows its create payload', () => {
    expect(localView(base, [edit('local')], null, 'x')?.details.notes).toBe('local');
    const c = create();
    expect(localView(null, [c, edit('draft')], null, 'x')).toMatchObject({ id: 'local-1', details: { notes: 'draft' } });
    expect(localView(null, [], null, 'x')).toBeNull();
  });

  it('a resolved conflict shows the chosen ops instead of replaying its intents', () => {
    const e = edit('ours');
    const view = localView(
      base,
      [e, edit('later')],
      { seqs: [e.seq], ops: [{ op: 'replace', path: '/campaignId', value: 'CHOSEN' }] },
      'x',
    );
    expect(view).toMatchObject({ campaignId: 'CHOSEN', details: { notes: 'later' } });
  });
});
