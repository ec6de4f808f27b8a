import { describe, expect, it } from 'vitest';
import { MAX_WAITING, notificationDone, notificationQueued, notificationsSlice } from './notificationsSlice';

const note = (id: string) => ({ id, title: `Title ${id}`, body: 'body', referralId: `deal-${id}` });
const reduce = notificationsSlice.reducer;

describe('notifications slice', () => {
  it('queues in order, keeps the one on screen and the newest waiting ones, and drops the one that was dealt with', () => {
    let state = reduce(undefined, { type: 'init' });
    for (let i = 1; i <= MAX_WAITING + 3; i++) state = reduce(state, notificationQueued(note(String(i))));
    expect(state.queue.map((n) => n.id)).toEqual(['3', '4', '5', '6', '7', '8']);
    state = reduce(state, notificationDone('6'));
    expect(state.queue.map((n) => n.id)).toEqual(['3', '4', '5', '7', '8']);
    expect(reduce(state, notificationDone('unknown')).queue).toHaveLength(5);
  });
});
