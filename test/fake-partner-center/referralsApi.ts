import { idSchema, referralSchema, type Referral } from '../../shared/domain';
import { checkQueryOptions, header, jsonBody, requireRequestId, type ListReply, type RequestContext } from './context';
import { ApiError, badRequest, issuesToDetails, json, notFound, type Reply } from './errors';
import { parseFilter, parseOrderBy, parseTop } from './odata';
import { readPage, type PageQuery } from './paging';
import { applyPatch, parsePatch } from './patch';
import { checkCreate, checkTransition } from './rules';
import type { Service } from './service';

export const REFERRALS_PATH = '/v1.0/engagements/referrals';

/** POST body: the referral minus what the service owns. engagementId may be left out to start a new engagement. */
const createSchema = referralSchema
  .omit({ id: true, eTag: true, createdDateTime: true, updatedDateTime: true })
  .extend({ engagementId: idSchema.optional() })
  .strict();

const withETag = (r: Referral, status = 200, extra: Record<string, string> = {}): Reply => json(status, r, { etag: r.eTag, ...extra });

function list(svc: Service, ctx: RequestContext): ListReply {
  checkQueryOptions(ctx, ['$filter', '$orderby', '$top', '$skiptoken']);
  const p = ctx.url.searchParams;
  let query: PageQuery;
  const token = p.get('$skiptoken');
  if (token !== null) {
    // The token carries the whole query; mixing it with new options would silently change the result set.
    if (p.has('$filter') || p.has('$orderby') || p.has('$top')) {
      throw badRequest('InvalidQuery', 'Follow @odata.nextLink as it is: $skiptoken cannot be combined with $filter, $orderby or $top.');
    }
    query = svc.tokens.decode(token);
  } else {
    const filter = p.get('$filter') ?? '';
    parseFilter(filter); // refuse a bad filter now, with its message
    query = { filter, order: parseOrderBy(p.get('$orderby')), top: parseTop(p.get('$top')), after: null };
  }
  const page = readPage(svc.store, query);
  const body: ListReply['body'] = { value: page.items };
  if (page.next) body['@odata.nextLink'] = `${ctx.baseUrl}${REFERRALS_PATH}?$skiptoken=${encodeURIComponent(svc.tokens.encode(page.next))}`;
  return { status: 200, headers: {}, body, list: true };
}

function getOne(svc: Service, id: string): Reply {
  const e = svc.store.get(id);
  if (!e) throw notFound(`No referral with id ${id}.`);
  return withETag(e.referral);
}

/** Runs a write once per request-id: a replay gets the first reply again and changes nothing. */
function once(svc: Service, ctx: RequestContext, write: () => Reply): Reply {
  const requestId = requireRequestId(ctx);
  const replay = svc.idempotency.lookup(requestId, ctx.method, ctx.path, ctx.rawBody);
  if (replay) return replay;
  const reply = write();
  svc.idempotency.remember(requestId, ctx.method, ctx.path, ctx.rawBody, reply);
  return reply;
}

function create(svc: Service, ctx: RequestContext): Reply {
  return once(svc, ctx, () => {
    const parsed = createSchema.safeParse(jsonBody(ctx));
    if (!parsed.success)
      throw badRequest('ValidationFailed', 'The referral is not valid; see details.', issuesToDetails(parsed.error.issues));
    const { engagementId, ...fields } = parsed.data;
    const now = svc.clock.nowIso();
    const referral: Referral = {
      ...fields,
      id: svc.ids.uuid(),
      engagementId: engagementId ?? svc.ids.uuid(),
      createdDateTime: now,
      updatedDateTime: now,
      eTag: '',
    };
    checkCreate(referral);
    const stored = svc.store.write(referral, 'partner');
    svc.microsoft.afterPartnerWrite(stored);
    return withETag(stored, 201, { location: `${ctx.baseUrl}${REFERRALS_PATH}/${stored.id}` });
  });
}

/** If-Match must name the current eTag; missing and stale both answer 412 (the team's contract). */
function checkIfMatch(ctx: RequestContext, current: Referral): void {
  const ifMatch = header(ctx, 'if-match')?.trim();
  if (!ifMatch) throw new ApiError(412, 'PreconditionFailed', 'If-Match is required: send the eTag of the referral you changed.');
  const tags = ifMatch.split(',').map((t) => t.trim());
  if (tags.includes('*')) throw new ApiError(412, 'PreconditionFailed', "If-Match: * is not accepted; send the referral's eTag.");
  if (!tags.includes(current.eTag)) {
    throw new ApiError(
      412,
      'PreconditionFailed',
      `The referral changed since you read it (If-Match ${ifMatch} is stale). Read it again and reapply your change.`,
    );
  }
}

function update(svc: Service, ctx: RequestContext, id: string): Reply {
  return once(svc, ctx, () => {
    const entry = svc.store.get(id);
    if (!entry) throw notFound(`No referral with id ${id}.`);
    checkIfMatch(ctx, entry.referral);
    const ops = parsePatch(jsonBody(ctx, ['application/json-patch+json', 'application/json']));
    const parsed = referralSchema.safeParse(applyPatch(entry.referral, ops));
    if (!parsed.success)
      throw badRequest('ValidationFailed', 'The patched referral would not be valid; see details.', issuesToDetails(parsed.error.issues));
    checkTransition(entry.referral, parsed.data);
    const stored = svc.store.write(parsed.data, 'partner');
    svc.microsoft.afterPartnerWrite(stored);
    return svc.patchWithBody() ? withETag(stored) : { status: 204, headers: { etag: stored.eTag } };
  });
}

const methodNotAllowed = (allowed: string) =>
  new ApiError(405, 'MethodNotAllowed', `Allowed here: ${allowed}.`, undefined, { allow: allowed });

/** Routes /v1.0/engagements/referrals[/{id}]. */
export function referralsRoute(svc: Service, ctx: RequestContext): Reply | undefined {
  if (ctx.path === REFERRALS_PATH) {
    if (ctx.method === 'GET') return list(svc, ctx);
    if (ctx.method === 'POST') return create(svc, ctx);
    throw methodNotAllowed('GET, POST');
  }
  if (!ctx.path.startsWith(`${REFERRALS_PATH}/`)) return undefined;
  const id = decodeURIComponent(ctx.path.slice(REFERRALS_PATH.length + 1));
  if (id.includes('/')) return undefined;
  if (ctx.method === 'GET') return getOne(svc, id);
  if (ctx.method === 'PATCH') return update(svc, ctx, id);
  throw methodNotAllowed('GET, PATCH');
}
