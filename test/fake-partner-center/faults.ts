import { z } from 'zod';
import type { Rng } from './prng';

/**
 * Faults on demand, for the client's error paths. A rule hits matching requests with a probability
 * (seeded, so a seed replays the same hits) and/or for the next `count` matches, then removes itself.
 * Faults never touch /__admin endpoints: the test driving the fault must keep control.
 */
export const faultKinds = ['latency', 'drop', 'error500', 'error503', 'rateLimit', 'malformedJson', 'badRecord', 'repeatPage'] as const;
export type FaultKind = (typeof faultKinds)[number];

export const faultRuleSchema = z
  .object({
    kind: z.enum(faultKinds),
    /** Chance per matching request, 0..1. Default 1 (every matching request). */
    probability: z.number().min(0).max(1).default(1),
    /** Apply to this many hits, then remove the rule. Default: until cleared. */
    count: z.number().int().min(1).optional(),
    /** Only these methods (GET, POST, PATCH). Default: all. */
    methods: z.array(z.enum(['GET', 'POST', 'PATCH'])).optional(),
    /** Only request paths containing this text, e.g. "/engagements/referrals". Default: every API path. */
    path: z.string().optional(),
    /** latency: delay before handling, in ms. */
    latencyMs: z.number().int().min(0).max(120_000).default(0),
    /** rateLimit (default 1) and error503 (default none): the Retry-After header, in seconds. */
    retryAfterSeconds: z.number().int().min(0).optional(),
    /**
     * drop: "before" handling (nothing applied), "after" handling (a write is applied, no byte of the
     * reply is sent), or "midResponse" (applied, headers and half the body sent, then cut).
     */
    phase: z.enum(['before', 'after', 'midResponse']).default('after'),
  })
  .strict();
export type FaultRuleInput = z.input<typeof faultRuleSchema>;
export type FaultRule = z.output<typeof faultRuleSchema> & { id: number; hits: number };

export type FaultRequest = { method: string; path: string };

export type Faults = {
  add(rule: FaultRuleInput): FaultRule;
  remove(id: number): boolean;
  clear(): void;
  list(): FaultRule[];
  /** The first live rule of this kind (and passing `accept`) that hits this request, spending its budget; else undefined. */
  take(kind: FaultKind, req: FaultRequest, accept?: (r: FaultRule) => boolean): FaultRule | undefined;
};

export function createFaults(rng: Rng): Faults {
  let rules: FaultRule[] = [];
  let nextId = 1;
  const applies = (r: FaultRule, kind: FaultKind, req: FaultRequest) =>
    r.kind === kind && (!r.methods || r.methods.includes(req.method as 'GET')) && (!r.path || req.path.includes(r.path));
  return {
    add(input) {
      const rule: FaultRule = { ...faultRuleSchema.parse(input), id: nextId++, hits: 0 };
      rules.push(rule);
      return rule;
    },
    remove(id) {
      const before = rules.length;
      rules = rules.filter((r) => r.id !== id);
      return rules.length < before;
    },
    clear() {
      rules = [];
    },
    list: () => rules.map((r) => ({ ...r })),
    take(kind, req, accept = () => true) {
      for (const r of rules) {
        if (!applies(r, kind, req) || !accept(r)) continue;
        // Draw only for probabilistic rules, so adding an always-on rule does not shift the others' hits.
        if (r.probability < 1 && !rng.chance(r.probability)) continue;
        r.hits += 1;
        if (r.count !== undefined && r.hits >= r.count) rules = rules.filter((x) => x !== r);
        return r;
      }
      return undefined;
    },
  };
}
