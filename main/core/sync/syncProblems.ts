import { errorWords, inEnglish, type MessageWords } from '../../../shared/i18n';
import type { SyncStatus } from '../../../shared/ipc';
import { LAUNCH_TOKEN_REFUSED, NOT_SIGNED_IN, SIGN_IN_AGAIN } from '../auth/authWords';
import { RemoteError, ROLE_MISSING_MESSAGE } from './remoteApi';
import { RetryLater } from './retry';
import type { SyncIssue } from './syncRecords';

/**
 * Something the seller should see in the status bar after a pass; the first one is the headline. `words`: what
 * the seller reads (the renderer says them in the language shown), `message`: the same in English (logs, the
 * details of later causes). `same`: the sentence without its retry time, so one cause reported by several steps
 * of a pass is said once.
 */
export type SyncProblem = { words: MessageWords; message: string; details: string; same?: string };

const problem = (words: MessageWords, details: string, same?: string): SyncProblem =>
  same === undefined ? { words, message: inEnglish(words), details } : { words, message: inEnglish(words), details, same };

/** The auth service's sentences have keys; anything else it says is passed on as it is. */
const authWords: Record<string, MessageWords> = {
  [SIGN_IN_AGAIN]: errorWords('sync.signInAgain'),
  [NOT_SIGNED_IN]: errorWords('sync.notSignedIn'),
  [LAUNCH_TOKEN_REFUSED]: errorWords('sync.launchTokenRefused'),
};
const saidAs = (message: string): MessageWords => authWords[message] ?? errorWords('input.problem', { problem: message });

/** A 403's message is ROLE_MISSING_MESSAGE and the service's own words (referralsClient.ts). */
function forbiddenWords(message: string): MessageWords {
  const prefix = `${ROLE_MISSING_MESSAGE} The service said: `;
  return message.startsWith(prefix) ? errorWords('sync.roleMissing', { message: message.slice(prefix.length) }) : saidAs(message);
}

const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

/** Plain words for what went wrong, the service's own words in the details. */
export function problemOf(e: unknown): SyncProblem {
  if (e instanceof RetryLater) {
    const inner = problemOf(e.failure);
    return problem(errorWords('sync.retrying', { problem: inner.words, seconds: seconds(e.delayMs) }), inner.details, inner.message);
  }
  if (e instanceof RemoteError) {
    // No credential for this service (nothing was sent): the sentence is the auth service's own.
    if (e.kind === 'auth') return problem(saidAs(e.message), '');
    if (e.unauthorized) return problem(errorWords('sync.refusedSignIn'), e.message);
    // 403: the message already joins "no Referrals role" with the service's own words.
    if (e.forbidden) return problem(forbiddenWords(e.message), `HTTP 403 ${e.code}: ${e.message}`);
    const where = e.status ? `HTTP ${e.status} ${e.code}` : e.kind;
    const details = [`${where}: ${e.message}`, ...e.details.map((x) => `${x.target}: ${x.message}`)].join('\n');
    if (e.kind === 'network' || e.kind === 'timeout') return problem(errorWords('sync.unreachable'), details);
    if (e.status === 429 || e.status === 503) return problem(errorWords('sync.busy'), details);
    return problem(errorWords('sync.serviceError', { message: e.message }), details);
  }
  return problem(errorWords('sync.unexpected'), e instanceof Error ? e.message : String(e));
}

export function issuesProblem(issues: readonly SyncIssue[]): SyncProblem | null {
  if (issues.length === 0) return null;
  return problem(
    errorWords('sync.skipped', { count: issues.length }),
    issues
      .flatMap((i) => [i.message, i.details])
      .filter(Boolean)
      .join('\n'),
  );
}

/** Deals changed both here and on the service: the seller chooses in the conflict dialog. */
export function conflictsProblem(referralIds: readonly string[]): SyncProblem | null {
  if (referralIds.length === 0) return null;
  return problem(errorWords('sync.conflicts', { count: referralIds.length }), referralIds.join('\n'));
}

/**
 * The status bar's last error: the first problem's sentence, and in the details each distinct cause once (the
 * headline's own sentence is not repeated there), with every different detail the service gave for it. `details` is
 * that text in English (logs, older windows); `causes` the same as words (each later cause's sentence as its key and
 * params, each line encoded words or the service's own text), for the window to say in the language shown.
 */
export function lastErrorOf(problems: readonly SyncProblem[], at: string): SyncStatus['lastError'] {
  const [first] = problems;
  if (!first) return null;
  const causes = new Map<string, { words: MessageWords; message: string; lines: string[] }>();
  for (const p of problems) {
    const key = p.same ?? p.message;
    const cause = causes.get(key) ?? { words: p.words, message: p.message, lines: [] };
    for (const line of p.details.split('\n')) if (line && !cause.lines.includes(line)) cause.lines.push(line);
    causes.set(key, cause);
  }
  const list = [...causes.values()];
  const details = list
    .map((c, i) => (i === 0 ? c.lines.map((l) => inEnglish(l)) : [c.message, ...c.lines.map((l) => inEnglish(l))]).join('\n'))
    .filter(Boolean)
    .join('\n\n');
  const parts = list
    .map((c, i) => (i === 0 ? { lines: c.lines } : { ...c.words, lines: c.lines }))
    .filter((c) => 'key' in c || c.lines.length > 0);
  return {
    at,
    message: first.message,
    details,
    causes: parts,
    key: first.words.key,
    ...(first.words.params ? { params: first.words.params } : {}),
  };
}

/** Whether a pass's failure was the service out of reach (network, time-out), not an answer from it. */
export const cannotReach = (e: RetryLater | null): boolean => e !== null && (e.failure.kind === 'network' || e.failure.kind === 'timeout');
