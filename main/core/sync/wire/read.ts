import type { SyncStore } from '../syncStore';
import { toDomain, type Mapped } from './toDomain';

/** A record from the service, mapped with what this computer knows of it: Microsoft's referral in its engagement, local-only fields. */
export const readReferral = (sync: Pick<SyncStore, 'engagement' | 'localFields'>, raw: unknown): Mapped =>
  toDomain(raw, (w) => ({ microsoft: w.engagementId ? sync.engagement(w.engagementId)?.microsoft : null, local: sync.localFields(w.id) }));

const textOf = (raw: unknown, key: string): string | null => {
  const v = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v !== '' ? v : null;
};

/**
 * The reader of one page: maps its records as readReferral maps one, with two queries for the whole page
 * instead of two per record (the pull's hot path). The records are mapped one by one, so the caller may
 * yield between them.
 */
export function pageReader(
  sync: Pick<SyncStore, 'microsoftReferralsOf' | 'localFieldsOf'>,
  raws: readonly unknown[],
): (raw: unknown) => Mapped {
  const ids = raws.map((r) => textOf(r, 'id')).filter((x): x is string => x !== null);
  const engagementIds = raws.map((r) => textOf(r, 'engagementId')).filter((x): x is string => x !== null);
  const microsoft = sync.microsoftReferralsOf(engagementIds);
  const local = sync.localFieldsOf(ids);
  return (raw) =>
    toDomain(raw, (w) => ({ microsoft: w.engagementId ? microsoft.get(w.engagementId) : null, local: local.get(w.id) ?? null }));
}
