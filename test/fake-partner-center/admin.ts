import { z } from 'zod';
import { jsonBody, type RequestContext } from './context';
import { ApiError, badRequest, issuesToDetails, json, notFound, type Reply } from './errors';
import { createReferralAsMicrosoft, snapshot, updateReferralAsMicrosoft } from './adminOps';
import { faultRuleSchema } from './faults';
import type { Service } from './service';

/**
 * /__admin/*: test control from another process (e2e). Not Partner Center. Same bearer token as the
 * API unless an admin token is configured. Faults never apply here.
 */
export const ADMIN_PREFIX = '/__admin';

const advanceSchema = z.object({ ms: z.number().int().min(0) }).strict();
const answerSchema = z.object({ engagementId: z.string().min(1), outcome: z.enum(['engaged', 'declined', 'noAnswer']) }).strict();
const configSchema = z
  .object({ patchResponse: z.enum(['body', 'noContent', 'random']).optional(), listWithoutETag: z.boolean().optional() })
  .strict();

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw badRequest('ValidationFailed', 'The admin request is not valid; see details.', issuesToDetails(r.error.issues));
  return r.data;
}

type Handler = (svc: Service, ctx: RequestContext, param: string) => Reply;

const routes: Record<string, Handler> = {
  'GET /state': (svc) => json(200, snapshot(svc)),
  'POST /referrals': (svc, ctx) => json(201, createReferralAsMicrosoft(svc, jsonBody(ctx))),
  'PATCH /referrals/:id': (svc, ctx, id) =>
    json(200, updateReferralAsMicrosoft(svc, id, jsonBody(ctx, ['application/json', 'application/merge-patch+json']))),
  'POST /clock/advance': (svc, ctx) => {
    svc.advance(parse(advanceSchema, jsonBody(ctx)).ms);
    return json(200, { now: svc.clock.nowIso() });
  },
  'GET /clock': (svc) => json(200, { now: svc.clock.nowIso() }),
  'GET /faults': (svc) => json(200, { value: svc.faults.list() }),
  'POST /faults': (svc, ctx) => {
    const body = jsonBody(ctx);
    const inputs = parse(z.array(faultRuleSchema).min(1), Array.isArray(body) ? body : [body]);
    return json(201, { value: inputs.map((f) => svc.faults.add(f)) });
  },
  'DELETE /faults': (svc) => {
    svc.faults.clear();
    return { status: 204, headers: {} };
  },
  'DELETE /faults/:id': (svc, _ctx, id) => {
    if (!svc.faults.remove(Number(id))) throw notFound(`No fault rule ${id}.`);
    return { status: 204, headers: {} };
  },
  'POST /simulate/inbound': (svc) => {
    svc.sweep();
    return json(201, svc.microsoft.newInboundReferral());
  },
  'POST /simulate/answer': (svc, ctx) => {
    const { engagementId, outcome } = parse(answerSchema, jsonBody(ctx));
    svc.sweep();
    try {
      svc.microsoft.answer(engagementId, outcome);
    } catch (e) {
      throw notFound((e as Error).message);
    }
    return json(
      200,
      snapshot(svc).referrals.filter((r) => r.engagementId === engagementId),
    );
  },
  'GET /config': (svc) => json(200, svc.config),
  'POST /config': (svc, ctx) => {
    Object.assign(svc.config, parse(configSchema, jsonBody(ctx)));
    return json(200, svc.config);
  },
};

export function adminRoute(svc: Service, ctx: RequestContext): Reply | undefined {
  if (ctx.path !== ADMIN_PREFIX && !ctx.path.startsWith(`${ADMIN_PREFIX}/`)) return undefined;
  const rest = ctx.path.slice(ADMIN_PREFIX.length);
  const parts = rest.split('/');
  // Try the exact path first, then with the last segment as the :id parameter.
  const exact = routes[`${ctx.method} ${rest}`];
  if (exact) return exact(svc, ctx, '');
  const last = decodeURIComponent(parts.pop() ?? '');
  const withParam = routes[`${ctx.method} ${parts.join('/')}/:id`];
  if (withParam && last) return withParam(svc, ctx, last);
  const known = Object.keys(routes).some((k) => k.split(' ')[1] === rest);
  if (known) throw new ApiError(405, 'MethodNotAllowed', `${ctx.method} is not allowed on ${ctx.path}.`);
  return undefined;
}
