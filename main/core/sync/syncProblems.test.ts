import { describe, expect, it } from 'vitest';
import { RemoteError } from './remoteApi';
import { RetryLater } from './retry';
import { createI18n, errorMessage, sayMessage, sayWords, type Translate } from '../../../shared/i18n';
import { cannotReach, issuesProblem, lastErrorOf, problemOf } from './syncProblems';

const unreachable = (ms: number) => new RetryLater(new RemoteError('network', 'connect ECONNREFUSED 127.0.0.1:4010'), ms);

describe('the sync error the seller reads', () => {
  it('says one cause once, even when the pull and three pushes all failed on it with different waits', () => {
    const problems = [unreachable(2_000), unreachable(4_000), unreachable(4_000), unreachable(8_000)].map(problemOf);
    const error = lastErrorOf(problems, '2026-03-01T10:00:00.000Z');
    const sentence = 'The referrals service cannot be reached right now';
    expect(error?.message).toContain(sentence);
    // The headline is not repeated in the details, which hold the service's own words once.
    expect(error?.details.split(sentence).length).toBe(1);
    expect(error?.details).toBe('network: connect ECONNREFUSED 127.0.0.1:4010');
  });

  it('keeps different causes apart, each with its sentence after the headline', () => {
    const busy = new RetryLater(new RemoteError('http', 'Service Unavailable', 503), 30_000);
    const error = lastErrorOf([problemOf(unreachable(1_000)), problemOf(busy)], '2026-03-01T10:00:00.000Z');
    expect(error?.details).toBe(
      'network: connect ECONNREFUSED 127.0.0.1:4010\n\nThe referrals service is busy and asked us to wait. Trying again in about 30 s.\nHTTP 503 http: Service Unavailable',
    );
  });

  it('gives each later cause and each unreadable record as words, so the details read in Russian too (issue 13)', () => {
    const ru = createI18n({ language: 'ru' }).getFixedT('ru') as unknown as Translate;
    const busy = new RetryLater(new RemoteError('http', 'Service Unavailable', 503), 30_000);
    const issue = {
      id: 1,
      referralId: 'r7',
      at: '2026-03-01T10:00:00.000Z',
      message: errorMessage('sync.issue.skipped', { id: 'r7' }),
      details: 'substatus: Unknown',
    };
    const error = lastErrorOf([problemOf(unreachable(1_000)), problemOf(busy), issuesProblem([issue])!], '2026-03-01T10:00:00.000Z');
    const said = (error?.causes ?? []).map((c) => [
      ...(c.key ? [sayWords(ru, { key: c.key, params: c.params ?? {} })] : []),
      ...c.lines.map((l) => sayMessage(ru, l)),
    ]);
    expect(said).toEqual([
      ['network: connect ECONNREFUSED 127.0.0.1:4010'],
      ['Сервис заявок перегружен и попросил подождать. Повтор примерно через 30 с.', 'HTTP 503 http: Service Unavailable'],
      [
        '1 заявку из сервиса не удалось прочитать, она пропущена; всё остальное актуально.',
        'Сервис прислал заявку r7 в виде, который это приложение не может прочитать; она пропущена.',
        'substatus: Unknown',
      ],
    ]);
    // The English text keeps the same causes, for logs and older windows.
    expect(error?.details).toContain('The service sent referral r7 in a shape this app cannot read; it was skipped.\nsubstatus: Unknown');
  });

  it('tells "cannot reach" (network, time-out) from an answer of the service', () => {
    expect(cannotReach(unreachable(1_000))).toBe(true);
    expect(cannotReach(new RetryLater(new RemoteError('timeout', 'timed out'), 1_000))).toBe(true);
    expect(cannotReach(new RetryLater(new RemoteError('http', 'Too Many Requests', 429), 1_000))).toBe(false);
    expect(cannotReach(null)).toBe(false);
  });

  it('gives the status bar a key and params, so the seller reads it in their language', () => {
    const ru = createI18n({ language: 'ru' }).getFixedT('ru') as unknown as Translate;
    const said = (problem: ReturnType<typeof problemOf> | null) => {
      const error = lastErrorOf(problem ? [problem] : [], '2026-03-01T10:00:00.000Z');
      return sayWords(ru, { key: error?.key ?? '', params: error?.params ?? {} });
    };
    expect(said(problemOf(unreachable(4_000)))).toBe(
      'Сервис заявок сейчас недоступен; ваши изменения сохранены и будут отправлены позже. Повтор примерно через 4 с.',
    );
    const issue = (id: number) => ({ id, referralId: `r${id}`, at: '2026-03-01T10:00:00.000Z', message: 'Unreadable', details: '' });
    expect(said(issuesProblem([1, 2, 3, 4, 5].map(issue)))).toBe(
      '5 заявок из сервиса не удалось прочитать, они пропущены; всё остальное актуально.',
    );
    expect(lastErrorOf([problemOf(unreachable(4_000))], '2026-03-01T10:00:00.000Z')?.message).toBe(
      'The referrals service cannot be reached right now; your changes are kept and will be sent later. Trying again in about 4 s.',
    );
  });
});
