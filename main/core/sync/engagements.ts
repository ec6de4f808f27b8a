import { applyServerRecord } from './pull';
import { withRetry } from './retry';
import { withoutFsync, type SyncDeps } from './syncDeps';
import { readReferral } from './wire/read';
import { answerOf } from './wire/toDomain';
import { isMicrosoftReferral, wireReferralSchema } from './wire/wireSchema';

/** Engagements read per pass: a first sync with many shared deals spreads these reads over its passes. */
export const ENGAGEMENTS_PER_PASS = 50;

/**
 * Microsoft's answer to a help request is the state of Microsoft's referral in the same engagement, not
 * a field of ours: after the delta pull, the engagements of our co-sell deals that changed (or whose
 * answer is still pending) are read with `$filter=engagementId eq …`, Microsoft's referral is stored as
 * received, and our deal is mapped again with it (inviteContext, "Microsoft engaged"…).
 */
export async function pullEngagements(d: SyncDeps, limit = ENGAGEMENTS_PER_PASS): Promise<number> {
  let read = 0;
  for (const { engagement_id: engagementId, referral_id: referralId } of d.sync.engagementsDue(limit)) {
    if (d.retry.signal?.aborted) break;
    const records = await withRetry(() => d.api.listEngagement(engagementId, d.retry.signal), d.retry);
    read += 1;
    const theirs = records
      .map((raw) => ({ raw, parsed: wireReferralSchema.safeParse(raw) }))
      .filter((x) => x.parsed.success && x.parsed.data.id !== referralId && isMicrosoftReferral(x.parsed.data))
      .sort((a, b) => String(b.parsed.data?.updatedDateTime).localeCompare(String(a.parsed.data?.updatedDateTime)));
    const microsoft = theirs[0];
    // Service data read again on the next pass if a power cut takes this commit: no fsync of its own (syncDeps.ts).
    const changed = withoutFsync(d.db, () =>
      d.db
        .transaction(() => {
          if (microsoft?.parsed.success)
            d.sync.putMicrosoftReferral(engagementId, JSON.stringify(microsoft.raw), answerOf(microsoft.parsed.data));
          else d.sync.markEngagementChecked(engagementId);
          const wire = d.sync.serverWire(referralId);
          const mapped = wire ? readReferral(d.sync, wire) : null;
          if (!mapped?.ok || d.sync.serverCopyRaw(referralId)?.json === JSON.stringify(mapped.referral)) return false;
          return applyServerRecord(d, mapped.referral, { force: true });
        })
        .immediate(),
    );
    if (changed) d.changed([referralId]);
  }
  return read;
}
