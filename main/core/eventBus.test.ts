import { describe, expect, it } from 'vitest';
import { createEventBus } from './eventBus';

const show = (id: string) => ({ id, title: 't', body: 'b', referralId: 'r' });

describe('event bus', () => {
  it('delivers to every listener, and not after unsubscribe', () => {
    const bus = createEventBus();
    const got: string[][] = [];
    const off = bus.on('referrals:changed', ({ ids }) => got.push(ids));
    bus.emit('referrals:changed', { ids: ['a'] });
    off();
    bus.emit('referrals:changed', { ids: ['b'] });
    expect(got).toEqual([['a']]);
  });

  it('keeps a retained event raised while nobody listens and hands it to the first listener only', () => {
    const bus = createEventBus({ retain: ['notification:show'], retainMax: 2 });
    bus.emit('notification:show', show('1'));
    bus.emit('notification:show', show('2'));
    bus.emit('notification:show', show('3'));
    bus.emit('referrals:changed', { ids: ['not retained'] });
    const first: string[] = [];
    const second: string[] = [];
    bus.on('notification:show', (n) => first.push(n.id));
    bus.on('notification:show', (n) => second.push(n.id));
    expect(first).toEqual(['2', '3']);
    expect(second).toEqual([]);
    bus.emit('notification:show', show('4'));
    expect([first, second]).toEqual([['2', '3', '4'], ['4']]);
  });
});
