import { RESPONSE_WINDOW_MS, referralSchema, type Referral } from '../../shared/domain';
import { checkQueryOptions, header, jsonBody, requireRequestId, type ListReply, type RequestContext } from './context';
import { ApiError, badRequest, issuesToDetails, json, notFound, type Reply } from './errors';
import { parseFilter, parseOrderBy, parseTop } from './odata';
import { readPage, type PageQuery } from './paging';
import { checkCreate, checkTransition } from './rules';
import type { Service } from './service';
import type { Entry } from './store';
import { applyWirePatch, fromWireCreate, inviteFromWire, parseWirePatch, targetsMicrosoft, toWire } from './wireShape';

export const REFERRALS_PATH = '/v1.0/engagements/referrals';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One entry in Microsoft's shape; list items may leave out their eTag (the documented quirk, `listWithoutETag`). */
export const wireOf = (svc: Service, ctx: Pick<RequestContext, 'baseUrl'>, e: Entry, inList = false): Record<string, unknown> =>
  toWire(e, {
    catalog: svc.catalog,
    baseUrl: ctx.baseUrl,
    withETag: !(inList && svc.config.listWithoutETag),
    connected: e.owner === 'partner' && svc.store.byEngagement(e.referral.engagementId).some((x) => x.owner === 'microsoft'),
  });

const withETag = (svc: Service, ctx: RequestContext, e: Entry, status = 200, extra: Record<string, string> = {}): Reply =>
  json(status, wireOf(svc, ctx, e), { etag: e.referral.eTag, ...extra });

const ENGAGEMENT_FILTER = /^engagementId eq '((?:[^']|'')*)'$/;

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
    // The engagement's referrals (links.relatedReferrals): ours and the connected ones of Microsoft or another partner.
    const engagement = ENGAGEMENT_FILTER.exec(filter.trim());
    if (engagement && !p.has('$top')) {
      const value = svc.store.byEngagement(engagement[1]!.replaceAll("''", "'")).map((e) => wireOf(svc, ctx, e, true));
      return { status: 200, headers: {}, body: { value }, list: true };
    }
    parseFilter(filter); // refuse a bad filter now, with its message
    query = { filter, order: parseOrderBy(p.get('$orderby')), top: parseTop(p.get('$top')), after: null };
  }
  const page = readPage(svc.store, query);
  const body: ListReply['body'] = { value: page.items.map((r) => wireOf(svc, ctx, svc.store.get(r.id)!, true)) };
  if (page.next) body['@odata.nextLink'] = `${ctx.baseUrl}${REFERRALS_PATH}?$skiptoken=${encodeURIComponent(svc.tokens.encode(page.next))}`;
  return { status: 200, headers: {}, body, list: true };
}

function getOne(svc: Service, ctx: RequestContext, id: string): Reply {
  const e = svc.store.get(id);
  if (!e) throw notFound(`No referral with id ${id}.`);
  return withETag(svc, ctx, e);
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

/**
 * POST in Microsoft's shape. A body targeting Microsoft (`target` msft) in one of our engagements is the
 * connected referral of a help request: Microsoft's side of the engagement appears (and answers in time),
 * and our referral's help request is on record. Anything else is our new outgoing referral.
 */
function create(svc: Service, ctx: RequestContext): Reply {
  return once(svc, ctx, () => {
    const body = jsonBody(ctx);
    if (!isRecord(body)) throw badRequest('InvalidBody', 'The body must be a referral object.');
    const owned = ['id', 'eTag', 'createdDateTime', 'updatedDateTime', 'acceptedDateTime', 'closedDateTime'].filter((k) => k in body);
    if (owned.length > 0)
      throw badRequest('ServiceOwnedField', `The service sets ${owned.join(', ')}; leave ${owned.length > 1 ? 'them' : 'it'} out.`);
    if (targetsMicrosoft(body)) return connect(svc, ctx, body);
    const { fields, extra } = fromWireCreate(body, svc.catalog);
    const now = svc.clock.nowIso();
    const parsed = referralSchema.safeParse({
      ...fields,
      id: svc.ids.uuid(),
      engagementId: svc.ids.uuid(),
      createdDateTime: now,
      updatedDateTime: now,
      eTag: '',
    });
    if (!parsed.success)
      throw badRequest('ValidationFailed', 'The referral is not valid; see details.', issuesToDetails(parsed.error.issues));
    checkCreate(parsed.data);
    svc.store.write(parsed.data, 'partner', undefined, extra);
    const entry = svc.store.get(parsed.data.id)!;
    svc.microsoft.afterPartnerWrite(entry.referral);
    return withETag(svc, ctx, entry, 201, { location: `${ctx.baseUrl}${REFERRALS_PATH}/${entry.referral.id}` });
  });
}

function connect(svc: Service, ctx: RequestContext, body: Record<string, unknown>): Reply {
  const engagementId = typeof body.engagementId === 'string' ? body.engagementId : '';
  const ours = svc.store.byEngagement(engagementId).find((e) => e.owner === 'partner');
  if (!ours)
    throw badRequest('InvalidEngagement', `A referral for Microsoft must name one of your engagements; ${engagementId || 'none'} is not.`);
  if (svc.store.byEngagement(engagementId).some((e) => e.owner === 'microsoft'))
    throw badRequest('HelpAlreadyRequested', "Microsoft's help was already requested in this engagement.");
  const r = ours.referral;
  if (r.status === 'Closed')
    throw badRequest('ReferralClosed', `Referral ${r.id} is Closed (${r.substatus}); a closed referral cannot be changed.`);
  const now = svc.clock.nowMs();
  const invite = inviteFromWire(body, new Date(now).toISOString(), new Date(now + RESPONSE_WINDOW_MS).toISOString());
  const updated: Referral = { ...r, inviteContext: invite, consent: { ...r.consent, consentToShareReferralWithMicrosoftSellers: true } };
  svc.microsoft.afterPartnerWrite(svc.store.write(updated, 'partner'));
  const microsoft = svc.store.byEngagement(engagementId).find((e) => e.owner === 'microsoft')!;
  return withETag(svc, ctx, microsoft, 201);
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
    const ops = parseWirePatch(jsonBody(ctx, ['application/json-patch+json', 'application/json']));
    const patched = applyWirePatch(entry.referral, entry.extra ?? {}, ops, svc.catalog);
    const parsed = referralSchema.safeParse(patched.referral);
    if (!parsed.success)
      throw badRequest('ValidationFailed', 'The patched referral would not be valid; see details.', issuesToDetails(parsed.error.issues));
    checkTransition(entry.referral, parsed.data);
    const stored = svc.store.write(parsed.data, 'partner', undefined, patched.extra);
    svc.microsoft.afterPartnerWrite(stored);
    const now = svc.store.get(id)!;
    return svc.patchWithBody() ? withETag(svc, ctx, now) : { status: 204, headers: { etag: stored.eTag } };
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
  if (ctx.method === 'GET') return getOne(svc, ctx, id);
  if (ctx.method === 'PATCH') return update(svc, ctx, id);
  throw methodNotAllowed('GET, PATCH');
}
