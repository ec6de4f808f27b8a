import { solutionKindSchema, type Customer } from '../../shared/domain';
import { checkQueryOptions, type RequestContext } from './context';
import { ApiError, badRequest, json, type Reply } from './errors';
import { parseTop } from './odata';
import type { Service } from './service';

/**
 * OUR EXTENSION, not Partner Center: the customer directory and solution catalog the create-deal
 * wizard needs (SPEC F3). Partner Center has no such endpoints; the app's real deployment would point
 * these at another service. Same auth, error shape and paging style as the referrals list.
 */
export const CUSTOMERS_PATH = '/v1.0/directory/customers';
export const SOLUTIONS_PATH = '/v1.0/catalog/solutions';

const offsetToken = {
  encode: (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64url'),
  decode(token: string): number {
    try {
      const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset: unknown };
      if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
    } catch {
      // fall through to the error below
    }
    throw badRequest('InvalidSkipToken', 'The $skiptoken is not one this service issued. Follow @odata.nextLink as it is.');
  },
};

function customers(svc: Service, ctx: RequestContext): Reply {
  checkQueryOptions(ctx, ['$top', '$skiptoken']);
  const p = ctx.url.searchParams;
  const search = (p.get('search') ?? '').trim().toLowerCase();
  const country = (p.get('country') ?? '').trim().toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country))
    throw badRequest('InvalidQuery', `country is a 2-letter ISO code such as US or DE; got "${p.get('country')}".`);
  const top = parseTop(p.get('$top'));
  const skip = p.has('$skiptoken') ? offsetToken.decode(p.get('$skiptoken')!) : 0;
  // Name contains the text, or the D-U-N-S number starts with it (sellers paste either).
  const hits = svc.catalog.customers.filter(
    (c: Customer) =>
      (!country || c.address.country === country) &&
      (!search || c.name.toLowerCase().includes(search) || (c.duns ?? '').startsWith(search)),
  );
  const value = hits.slice(skip, skip + top);
  const body: { value: Customer[]; '@odata.nextLink'?: string } = { value };
  if (skip + top < hits.length) {
    const next = new URL(`${ctx.baseUrl}${CUSTOMERS_PATH}`);
    if (search) next.searchParams.set('search', p.get('search')!.trim());
    if (country) next.searchParams.set('country', country);
    next.searchParams.set('$top', String(top));
    next.searchParams.set('$skiptoken', offsetToken.encode(skip + top));
    body['@odata.nextLink'] = next.toString();
  }
  return json(200, body);
}

function solutions(svc: Service, ctx: RequestContext): Reply {
  checkQueryOptions(ctx, []);
  const kind = ctx.url.searchParams.get('kind');
  if (kind !== null && kind !== '' && !solutionKindSchema.options.includes(kind as 'own')) {
    throw badRequest('InvalidQuery', `kind is one of ${solutionKindSchema.options.join(', ')}; got "${kind}".`);
  }
  return json(200, { value: svc.catalog.solutions.filter((s) => !kind || s.kind === kind) });
}

export function extensionsRoute(svc: Service, ctx: RequestContext): Reply | undefined {
  const handler = ctx.path === CUSTOMERS_PATH ? customers : ctx.path === SOLUTIONS_PATH ? solutions : undefined;
  if (!handler) return undefined;
  if (ctx.method !== 'GET') throw new ApiError(405, 'MethodNotAllowed', 'Allowed here: GET.', undefined, { allow: 'GET' });
  return handler(svc, ctx);
}
