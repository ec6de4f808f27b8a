import { describe, expect, it } from 'vitest';
import type { LifecycleAction } from '../../../shared/domain';
import { createI18n, inEnglish, sayWords, type Translate } from '../../../shared/i18n';
import { describeIntents } from './dropIntents';
import type { Intent } from './intents';

const ru = createI18n({ language: 'ru' }).getFixedT('ru') as unknown as Translate;
let seq = 0;
const action = (payload: LifecycleAction): Intent => {
  seq += 1;
  return { seq, requestId: `req-${seq}`, referralId: 'r1', kind: 'action', payload, created: '2026-03-01T10:00:00.000Z', attempts: 0 };
};

describe('what a dropped change was, in words (issue 13)', () => {
  it('names each action once, joined as each language joins a list', () => {
    const intents = [
      action({ type: 'accept', acceptedBy: 'Alex' } as unknown as LifecycleAction),
      action({ type: 'edit', edits: { notes: 'a' } }),
      action({ type: 'edit', edits: { notes: 'b' } }),
      action({ type: 'lose', reason: 'Price' } as unknown as LifecycleAction),
    ];
    const words = describeIntents(intents);
    expect(inEnglish(words)).toBe('accepting, your edits and marking it lost');
    expect(sayWords(ru, words)).toBe('принятие, ваши правки и отметка «проиграно»');
    expect(sayWords(ru, describeIntents(intents.slice(0, 2)))).toBe('принятие и ваши правки');
    expect(sayWords(ru, describeIntents([]))).toBe('ваше изменение');
  });
});
