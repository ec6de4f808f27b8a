import type { Referral } from '../../../shared/domain';
import { syncedPaths, type JsonPatchOp, type SyncedPath } from './remoteApi';

/**
 * Turning local intents into JSON Patch. The engine replays the intents on the server copy with the
 * same lifecycle rules the seller's action went through, then sends the difference on the paths the
 * service lets a partner change: accept becomes /status + /substatus (+ the edits made with it),
 * decline /status, /substatus, /statusReason, /statusReasonNotes, requestHelp the consent flag and
 * /inviteContext, and so on. Diffing keeps one source of truth (applyAction) for what an action does.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality on JSON values; key order is ignored and an absent member equals undefined. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** '/details/notes' → 'details.notes', the field names history and conflicts use. */
export const fieldOf = (path: SyncedPath): string => path.slice(1).replaceAll('/', '.');

export const pathOfField = (field: string): SyncedPath | undefined => syncedPaths.find((p) => fieldOf(p) === field);

export function valueAt(r: Referral, path: SyncedPath): unknown {
  return path
    .slice(1)
    .split('/')
    .reduce<unknown>((v, k) => (isRecord(v) ? v[k] : undefined), r);
}

/** The operations that turn `base` into `target` on the synced paths; a member the target lacks is left alone. */
export function diffOps(base: Referral, target: Referral): JsonPatchOp[] {
  const ops: JsonPatchOp[] = [];
  for (const path of syncedPaths) {
    const to = valueAt(target, path);
    const from = valueAt(base, path);
    if (to === undefined || sameValue(from, to)) continue;
    ops.push({ op: from === undefined ? 'add' : 'replace', path, value: structuredClone(to) });
  }
  return ops;
}

/** Applies operations the way the service does (replace on an absent member adds it). */
export function applyOps(r: Referral, ops: readonly JsonPatchOp[]): Referral {
  const doc = structuredClone(r) as unknown as Record<string, unknown>;
  for (const { path, value } of ops) {
    const keys = path.slice(1).split('/');
    const last = keys.pop() ?? '';
    let parent = doc;
    for (const key of keys) {
      const child = parent[key];
      if (!isRecord(child)) throw new Error(`${path}: /${key} is missing`);
      parent = child;
    }
    parent[last] = structuredClone(value);
  }
  return doc as unknown as Referral;
}

/** Which ops the service already holds (an earlier attempt got through, or someone made the same change). */
export const opsAlreadyApplied = (r: Referral, ops: readonly JsonPatchOp[]): boolean =>
  ops.every((o) => sameValue(valueAt(r, o.path), o.value));

/** POST body for a new deal: the service owns id, eTag, the timestamps and (for a new engagement) engagementId. */
export function createBody(r: Referral): Record<string, unknown> {
  const { id: _id, eTag: _eTag, createdDateTime: _c, updatedDateTime: _u, engagementId: _e, ...rest } = r;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}
