import type { Referral } from '../../shared/domain';
import { buildCatalog, type Catalog } from './catalogData';
import { realClock, serviceClock, type FakeClock, type ServiceClock } from './clock';
import { exampleReferrals } from './examples';
import { createFaults, type Faults } from './faults';
import { createIdempotencyStore, type IdempotencyStore } from './idempotency';
import { createMicrosoft, type Microsoft } from './microsoft';
import { createTokenCodec } from './paging';
import { createRng, type Rng } from './prng';
import { generateReferral } from './seedData';
import { createStore, type ReferralStore } from './store';

export type PatchResponse = 'body' | 'noContent' | 'random';

export type ServiceOptions = {
  seed?: number;
  /** Referrals present at start (default 200). */
  initialReferrals?: number;
  /** Customers in the directory (default 400). */
  customers?: number;
  clock?: FakeClock;
  /** PATCH success: 200 with the referral, 204 without a body, or either by seed (default). */
  patchResponse?: PatchResponse;
  /** Mean gap between new inbound referrals generated over time; off by default. */
  newInboundEveryMs?: number;
  /** List items without their eTag (a documented quirk: the client reads the referral by id before a PATCH). */
  listWithoutETag?: boolean;
  /** Seed Microsoft's documented example referrals (test/fixtures/partner-center) too. Default true. */
  examples?: boolean;
};

/** The service without HTTP: state, clock, Microsoft's side, faults and idempotency. */
export type Service = {
  seed: number;
  clock: ServiceClock;
  store: ReferralStore;
  catalog: Catalog;
  microsoft: Microsoft;
  faults: Faults;
  idempotency: IdempotencyStore;
  tokens: ReturnType<typeof createTokenCodec>;
  ids: Rng;
  config: { patchResponse: PatchResponse; listWithoutETag: boolean };
  /** 200 or 204 for this PATCH, by config (seeded when "random"). */
  patchWithBody(): boolean;
  /** Brings the service up to its clock: expiries, Microsoft's answers, generated inbound referrals. */
  sweep(): void;
  advance(ms: number): void;
};

export function createService(options: ServiceOptions = {}): Service {
  const seed = options.seed ?? 1;
  const clock = serviceClock(options.clock ?? realClock);
  // One stream per concern: adding a fault or a request never shifts the generated data or ids.
  const ids = createRng(seed, 'ids');
  const data = createRng(seed, 'data');
  const store = createStore(clock, ids);
  const catalog = buildCatalog(createRng(seed, 'catalog'), options.customers ?? 400);
  const microsoft = createMicrosoft(
    { store, clock, rng: createRng(seed, 'microsoft'), ids, data, catalog },
    { newInboundEveryMs: options.newInboundEveryMs },
  );
  const responses = createRng(seed, 'responses');
  const config = { patchResponse: options.patchResponse ?? 'random', listWithoutETag: options.listWithoutETag ?? false };

  const startMs = clock.nowMs();
  for (let i = 0; i < (options.initialReferrals ?? 200); i++) {
    const r: Referral = generateReferral({ rng: data, ids, catalog, nowMs: startMs });
    store.load(r, 'partner');
  }
  if (options.examples ?? true) for (const { referral, extra } of exampleReferrals(startMs)) store.load(referral, 'partner', extra);
  microsoft.start(startMs);
  store.finishLoad();

  const sweep = () => microsoft.sweep();
  return {
    seed,
    clock,
    store,
    catalog,
    microsoft,
    faults: createFaults(createRng(seed, 'faults')),
    idempotency: createIdempotencyStore(),
    tokens: createTokenCodec(`fake-partner-center:${seed}`),
    ids,
    config,
    patchWithBody: () => (config.patchResponse === 'random' ? responses.chance(0.5) : config.patchResponse === 'body'),
    sweep,
    advance: (ms) => {
      clock.advance(ms);
      sweep();
    },
  };
}
