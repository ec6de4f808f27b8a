import type { Referral } from '../../shared/domain';
import { createReferralAsMicrosoft, snapshot, updateReferralAsMicrosoft, type FakeState } from './adminOps';
import type { FakeClock } from './clock';
import type { Faults } from './faults';
import type { Answer } from './microsoft';
import { createFakeAuth, type FakeAuth, type FakeAuthOptions } from './auth';
import { listen } from './server';
import { wireOf } from './referralsApi';
import { createService, type PatchResponse } from './service';

export { manualClock, realClock, type FakeClock, type ManualClock } from './clock';
export type { FakeState } from './adminOps';
export type { FakeAuth, SeenRequest } from './auth';
export type { FaultKind, FaultRule, FaultRuleInput, Faults } from './faults';
export type { ErrorBody } from './errors';
export type { Answer } from './microsoft';
export { patchablePaths } from './patch';

export type FakePartnerCenterOptions = {
  /** 0 (default) picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** Seed of every random choice (data, ids, eTags, faults, answers, 200 vs 204). Default 1. */
  seed?: number;
  /** Bearer token the API requires. Default "fake-partner-center-token". */
  token?: string;
  /** Bearer token for /__admin; defaults to `token`. */
  adminToken?: string;
  /** Validate JWT access tokens from this OpenID Connect issuer instead of the static token (see auth.ts). */
  oidc?: FakeAuthOptions['oidc'];
  /** Referrals present at start. Default 200. */
  initialReferrals?: number;
  /** Customers in the directory extension. Default 400. */
  customers?: number;
  /** The service clock's base; `advance()` adds to it. Default real time. */
  clock?: FakeClock;
  /** PATCH success reply: 200 + referral, 204 without body, or seeded "random" (default). */
  patchResponse?: PatchResponse;
  /** Generate a new inbound referral about every this many ms of service time. Off by default. */
  newInboundEveryMs?: number;
  /** List items without their eTag (documented quirk). Default false. */
  listWithoutETag?: boolean;
  /** Also seed Microsoft's documented example referrals (test/fixtures/partner-center). Default true. */
  examples?: boolean;
};

export type FakePartnerCenter = {
  /** Base URL, e.g. http://127.0.0.1:53411 — the API is under {url}/v1.0/... */
  url: string;
  token: string;
  adminToken: string;
  /** Who may call; what each API request carried in its Authorization header. */
  auth: FakeAuth;
  close(): Promise<void>;
  /** A deep copy of everything the service holds (after running what is due). */
  state(): FakeState;
  /** One partner referral as the service holds it now, or undefined. */
  referral(id: string): Referral | undefined;
  /** Every referral of an engagement (ours and Microsoft's) in Microsoft's shape, as GET serves them. */
  engagementWire(engagementId: string): Record<string, unknown>[];
  /** Service time now, ISO. */
  now(): string;
  /** Moves the service clock forward and runs what fell due (expiry, Microsoft's answers). */
  advance(ms: number): void;
  faults: Faults;
  simulate: {
    /** A new inbound referral from a Microsoft seller, received now, expiring in 14 days. */
    newInboundReferral(): Referral;
    /** Create a referral as Microsoft: `partial` (deep-merged) over a fresh inbound referral. */
    createReferral(partial?: Record<string, unknown>): Referral;
    /** Change any referral as the service/Microsoft: JSON merge patch, no If-Match; eTag and updatedDateTime move. */
    updateReferral(id: string, mergePatch: Record<string, unknown>): Referral;
    /** Answer the help request in this engagement now. */
    answerHelpRequest(engagementId: string, outcome: Answer): void;
  };
  config: { patchResponse: PatchResponse; listWithoutETag: boolean };
};

export async function startFakePartnerCenter(options: FakePartnerCenterOptions = {}): Promise<FakePartnerCenter> {
  const token = options.token ?? 'fake-partner-center-token';
  const adminToken = options.adminToken ?? token;
  const svc = createService(options);
  const auth = createFakeAuth({ token, adminToken, oidc: options.oidc });
  const { server, baseUrl } = await listen(svc, { auth }, options.port ?? 0);
  return {
    url: baseUrl,
    token,
    adminToken,
    auth,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
    state: () => snapshot(svc),
    referral: (id) => {
      svc.sweep();
      const r = svc.store.get(id)?.referral;
      return r && structuredClone(r);
    },
    engagementWire: (engagementId) => {
      svc.sweep();
      return svc.store.byEngagement(engagementId).map((e) => wireOf(svc, { baseUrl }, e));
    },
    now: () => svc.clock.nowIso(),
    advance: (ms) => svc.advance(ms),
    faults: svc.faults,
    simulate: {
      newInboundReferral: () => {
        svc.sweep();
        return structuredClone(svc.microsoft.newInboundReferral());
      },
      createReferral: (partial = {}) => structuredClone(createReferralAsMicrosoft(svc, partial)),
      updateReferral: (id, patch) => structuredClone(updateReferralAsMicrosoft(svc, id, patch)),
      answerHelpRequest: (engagementId, outcome) => {
        svc.sweep();
        svc.microsoft.answer(engagementId, outcome);
      },
    },
    config: svc.config,
  };
}
