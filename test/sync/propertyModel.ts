import fc from 'fast-check';
import type { FaultRuleInput } from '../fake-partner-center';

// The same seeded PRNG as the demo data; re-exported for the sync tests' own choices (conflict picks, jitter).
export { mulberry32 } from '../../main/core/demo/prng';

/** One step of a property run: something the seller does, the service does, or the network does. */
export type Step =
  | { kind: 'local'; action: LocalAction; pick: number; variant: number }
  | { kind: 'service'; change: 'edit' | 'close' | 'newInbound' | 'answer'; pick: number; variant: number }
  | { kind: 'fault'; rule: FaultRuleInput }
  /** The seller and the service change one deal before a sync: the same field (conflict) or another one (merge). */
  | { kind: 'race'; pick: number; sameField: boolean }
  | { kind: 'sync' };

export const localActions = ['accept', 'decline', 'edit', 'favorite', 'create', 'requestHelp', 'win', 'lose'] as const;
export type LocalAction = (typeof localActions)[number];

const faultRules: FaultRuleInput[] = [
  { kind: 'drop', phase: 'before', count: 1 },
  { kind: 'drop', phase: 'after', count: 1 },
  { kind: 'drop', phase: 'midResponse', count: 1 },
  { kind: 'drop', phase: 'after', methods: ['POST', 'PATCH'], count: 2 },
  { kind: 'error503', retryAfterSeconds: 2, count: 1 },
  { kind: 'error500', count: 2 },
  { kind: 'rateLimit', retryAfterSeconds: 1, count: 2 },
  { kind: 'malformedJson', count: 1 },
  { kind: 'badRecord', count: 1 },
  { kind: 'repeatPage', count: 1 },
];

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('local' as const),
      action: fc.constantFrom(...localActions),
      pick: fc.nat(50),
      variant: fc.nat(7),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('service' as const),
      change: fc.constantFrom('edit' as const, 'close' as const, 'newInbound' as const, 'answer' as const),
      pick: fc.nat(50),
      variant: fc.nat(7),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fault' as const), rule: fc.constantFrom(...faultRules) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'sync' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('race' as const), pick: fc.nat(50), sameField: fc.boolean() }) },
);
