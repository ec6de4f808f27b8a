import type { SyncStatus } from '../../../shared/ipc';
import { AUTH_MESSAGE, RemoteError } from './remoteApi';
import { RetryLater } from './retry';
import type { SyncIssue } from './syncRecords';

/**
 * Something the seller should see in the status bar after a pass; the first one is the headline. `same`: the
 * sentence without its retry time, so one cause reported by several steps of a pass is said once.
 */
export type SyncProblem = { message: string; details: string; same?: string };

const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

/** Plain words for what went wrong, the service's own words in the details. */
export function problemOf(e: unknown): SyncProblem {
  if (e instanceof RetryLater) {
    const inner = problemOf(e.failure);
    return { message: `${inner.message} Trying again in about ${seconds(e.delayMs)} s.`, details: inner.details, same: inner.message };
  }
  if (e instanceof RemoteError) {
    // No credential for this service (nothing was sent): the sentence is the auth service's own.
    if (e.kind === 'auth') return { message: e.message, details: '' };
    if (e.unauthorized) return { message: AUTH_MESSAGE, details: e.message };
    // 403: the message already joins "no Referrals role" with the service's own words.
    if (e.forbidden) return { message: e.message, details: `HTTP 403 ${e.code}: ${e.message}` };
    const where = e.status ? `HTTP ${e.status} ${e.code}` : e.kind;
    const details = [`${where}: ${e.message}`, ...e.details.map((x) => `${x.target}: ${x.message}`)].join('\n');
    if (e.kind === 'network' || e.kind === 'timeout')
      return { message: 'The referrals service cannot be reached right now; your changes are kept and will be sent later.', details };
    if (e.status === 429 || e.status === 503) return { message: 'The referrals service is busy and asked us to wait.', details };
    return { message: `The referrals service answered with an error: ${e.message}`, details };
  }
  return {
    message: 'Sync stopped because of an unexpected error; it will try again.',
    details: e instanceof Error ? e.message : String(e),
  };
}

export function issuesProblem(issues: readonly SyncIssue[]): SyncProblem | null {
  if (issues.length === 0) return null;
  const n = issues.length;
  return {
    message: `${n} referral${n === 1 ? '' : 's'} from the service could not be read and ${n === 1 ? 'was' : 'were'} skipped; everything else is up to date.`,
    details: issues.map((i) => `${i.message} ${i.details}`).join('\n'),
  };
}

/**
 * The status bar's last error: the first problem's sentence, and in the details each distinct cause once (the
 * headline's own sentence is not repeated there), with every different detail the service gave for it.
 */
export function lastErrorOf(problems: readonly SyncProblem[], at: string): SyncStatus['lastError'] {
  const [first] = problems;
  if (!first) return null;
  const causes = new Map<string, { message: string; details: string[] }>();
  for (const p of problems) {
    const key = p.same ?? p.message;
    const cause = causes.get(key) ?? { message: p.message, details: [] };
    for (const line of p.details.split('\n')) if (line && !cause.details.includes(line)) cause.details.push(line);
    causes.set(key, cause);
  }
  const details = [...causes.values()]
    .map((c, i) => (i === 0 ? c.details : [c.message, ...c.details]).join('\n'))
    .filter(Boolean)
    .join('\n\n');
  return { at, message: first.message, details };
}

/** Whether a pass's failure was the service out of reach (network, time-out), not an answer from it. */
export const cannotReach = (e: RetryLater | null): boolean => e !== null && (e.failure.kind === 'network' || e.failure.kind === 'timeout');
