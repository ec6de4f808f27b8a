/**
 * Who a history entry (or a help request's "Asked by") names when it is not a person: stored as these words, said
 * by the renderer in the language shown (detail namespace, `actor.*`). A person's name or email is kept as it came.
 */
export const ACTORS = {
  /** The seller using this app (every local action). */
  you: 'You',
  /** The clock: local expiry. */
  system: 'system',
  /** What the service (or Microsoft) changed, read by a sync pull. */
  service: 'Partner Center',
  /** What sync did on the seller's behalf (a change it could not send). */
  sync: 'sync',
} as const;
export type KnownActor = keyof typeof ACTORS;

/** The known actor a stored name stands for, or null for a person's name. */
export function knownActor(stored: string): KnownActor | null {
  for (const [kind, word] of Object.entries(ACTORS)) if (word === stored) return kind as KnownActor;
  return null;
}
