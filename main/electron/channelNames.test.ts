import { describe, expect, it } from 'vitest';
import { channels, eventNames } from '../../shared/ipc';
import { channelNames, eventNameList } from '../../shared/ipc/channelNames';

// The preload's allow-list is a plain copy of the contract's keys (no zod in the sandbox); they must never drift.
describe('channelNames', () => {
  it('lists exactly the contract channels', () => {
    expect([...channelNames].sort()).toEqual([...channels].sort());
    expect(new Set(channelNames).size).toBe(channelNames.length);
  });

  it('lists exactly the contract events', () => {
    expect([...eventNameList].sort()).toEqual([...eventNames].sort());
    expect(new Set(eventNameList).size).toBe(eventNameList.length);
  });
});
