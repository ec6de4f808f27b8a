import type { SyncStore } from '../syncStore';
import { toDomain, type Mapped } from './toDomain';

/** A record from the service, mapped with what this computer knows of it: Microsoft's referral in its engagement, local-only fields. */
export const readReferral = (sync: Pick<SyncStore, 'engagement' | 'localFields'>, raw: unknown): Mapped =>
  toDomain(raw, (w) => ({ microsoft: w.engagementId ? sync.engagement(w.engagementId)?.microsoft : null, local: sync.localFields(w.id) }));
