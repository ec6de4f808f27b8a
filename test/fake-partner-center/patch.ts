import type { Referral } from '../../shared/domain';
import { badRequest } from './errors';

/**
 * The paths a partner may change with PATCH (README "PATCH"). The first fourteen are the team's contract;
 * the last four are needed by SPEC F1 (rename on accept/edit, decline/lost notes, asking for help on
 * an existing deal, registration on Won) and are marked as our additions in the README.
 */
export const patchablePaths = [
  '/status',
  '/substatus',
  '/statusReason',
  '/details/dealValue',
  '/details/currency',
  '/details/closingDateTime',
  '/details/notes',
  '/details/requirements/solutions',
  '/team',
  '/externalReferenceId',
  '/campaignId',
  '/salesStage',
  '/consent/consentToShareReferralWithMicrosoftSellers',
  '/customerProfile/team',
  '/name',
  '/statusReasonNotes',
  '/inviteContext',
  '/registration',
] as const;

export type PatchOp = { op: 'replace' | 'add'; path: (typeof patchablePaths)[number]; value: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the document is a JSON Patch array limited to replace/add on the allowed paths. */
export function parsePatch(body: unknown): PatchOp[] {
  if (!Array.isArray(body))
    throw badRequest('InvalidPatch', 'The body must be a JSON Patch array: [{ "op": "replace", "path": "/status", "value": "Active" }].');
  if (body.length === 0) throw badRequest('InvalidPatch', 'The patch is empty: send at least one operation.');
  return body.map((raw, i) => {
    if (!isRecord(raw)) throw badRequest('InvalidPatch', `Operation ${i} is not an object.`);
    const extra = Object.keys(raw).filter((k) => k !== 'op' && k !== 'path' && k !== 'value');
    if (extra.length > 0) throw badRequest('InvalidPatch', `Operation ${i} has unsupported member(s): ${extra.join(', ')}.`);
    if (raw.op !== 'replace' && raw.op !== 'add') {
      throw badRequest('UnsupportedPatchOperation', `Operation ${i}: "${String(raw.op)}" is not supported; only "replace" and "add" are.`);
    }
    if (typeof raw.path !== 'string' || !(patchablePaths as readonly string[]).includes(raw.path)) {
      throw badRequest(
        'PathNotPatchable',
        `Operation ${i}: path "${String(raw.path)}" cannot be changed. Patchable paths: ${patchablePaths.join(', ')}.`,
      );
    }
    if (!('value' in raw) || raw.value === undefined) throw badRequest('InvalidPatch', `Operation ${i} (${raw.path}) has no value.`);
    return { op: raw.op, path: raw.path as PatchOp['path'], value: raw.value };
  });
}

/**
 * Applies operations to a deep copy. `replace` on an absent optional member (statusReason, salesStage,
 * inviteContext...) behaves like `add` instead of failing as RFC 6902 says: simpler for clients, and the
 * result is validated as a whole afterwards anyway.
 */
export function applyPatch(referral: Referral, ops: readonly PatchOp[]): unknown {
  const doc = structuredClone(referral) as unknown as Record<string, unknown>;
  for (const { path, value } of ops) {
    const keys = path.slice(1).split('/');
    let parent: Record<string, unknown> = doc;
    for (const key of keys.slice(0, -1)) {
      const child = parent[key];
      if (!isRecord(child)) throw badRequest('InvalidPatch', `Path ${path}: /${key} does not exist on this referral.`);
      parent = child;
    }
    parent[keys[keys.length - 1]!] = structuredClone(value);
  }
  return doc;
}
