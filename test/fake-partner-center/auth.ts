import { createRemoteJWKSet, customFetch, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { header, type RequestContext } from './context';
import { ApiError } from './errors';

/**
 * Who may call the fake (README "Auth"). Two modes:
 * - static (the old way, `--token`): `Authorization: Bearer <token>` must equal the configured token;
 * - OpenID Connect (`oidc` given, `--issuer`): the bearer is a JWT access token as Entra ID issues for
 *   Partner Center: signature through the issuer's JWKS, issuer, audience, expiry (jose), and the
 *   `user_impersonation` scope. A token issued before `rejectIssuedBefore` is refused (revoked on the service's
 *   side), and a subject in `withoutRole` gets 403 (no Referrals role), as Partner Center answers.
 * `/__admin` always takes the static admin token. Every API request's Authorization header is recorded in
 * `seen`, so a test can tell exactly what reached the service.
 */
export type FakeAuthOptions = {
  token: string;
  adminToken: string;
  oidc?: {
    issuer: string;
    /** Default https://api.partner.microsoft.com. */
    audience?: string;
    /** Default: the jwks_uri from the issuer's discovery document. */
    jwksUri?: string;
    /** How the fake reaches the issuer (a test's fetch trusting its throwaway CA). */
    fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  };
};

export type SeenRequest = {
  method: string;
  path: string;
  authorization: string | null;
  subject: string | null;
  /** What makes a write safe: the If-Match and request-id it carried. */
  ifMatch?: string;
  requestId?: string;
};

export type FakeAuth = {
  readonly mode: 'static' | 'oidc';
  /** Every API request (not /__admin), in order, with the Authorization header it carried. */
  readonly seen: SeenRequest[];
  /** Tokens issued (iat) before this are refused with 401 from now on. */
  rejectIssuedBefore(at: Date): void;
  /** Signed-in subjects that get 403: the account has no Referrals admin or Referrals user role. */
  readonly withoutRole: Set<string>;
  check(ctx: RequestContext, isAdmin: boolean): Promise<void>;
};

export const PARTNER_CENTER_AUDIENCE = 'https://api.partner.microsoft.com';

const unauthorized = (message: string) => new ApiError(401, 'Unauthorized', message, undefined, { 'www-authenticate': 'Bearer' });

function bearerOf(ctx: RequestContext): string | null {
  const header = ctx.headers.authorization;
  const m = /^Bearer\s+(.+)$/i.exec(Array.isArray(header) ? (header[0] ?? '') : (header ?? ''));
  return m?.[1]?.trim() || null;
}

export function createFakeAuth(options: FakeAuthOptions): FakeAuth {
  const seen: SeenRequest[] = [];
  const withoutRole = new Set<string>();
  let notBefore = 0;
  const oidc = options.oidc;
  const fetchFn = oidc?.fetch ?? ((url: string, init?: RequestInit) => fetch(url, init));
  let jwks: ReturnType<typeof createRemoteJWKSet> | null = null;

  async function keys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (jwks || !oidc) return jwks as ReturnType<typeof createRemoteJWKSet>;
    let uri = oidc.jwksUri;
    if (!uri) {
      const discovery = (await (await fetchFn(`${oidc.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`)).json()) as {
        jwks_uri?: string;
      };
      uri = discovery.jwks_uri;
      if (!uri) throw new Error(`${oidc.issuer} publishes no jwks_uri`);
    }
    jwks = createRemoteJWKSet(new URL(uri), { [customFetch]: fetchFn });
    return jwks;
  }

  async function verify(token: string): Promise<JWTPayload> {
    if (!oidc) throw new Error('not in OpenID Connect mode');
    try {
      const { payload } = await jwtVerify(token, await keys(), { issuer: oidc.issuer, audience: oidc.audience ?? PARTNER_CENTER_AUDIENCE });
      return payload;
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw unauthorized('The access token has expired.');
      if (e instanceof joseErrors.JOSEError) throw unauthorized(`The access token is not valid (${e.code}).`);
      throw e;
    }
  }

  return {
    mode: oidc ? 'oidc' : 'static',
    seen,
    withoutRole,
    rejectIssuedBefore(at) {
      notBefore = Math.floor(at.getTime() / 1000);
    },
    async check(ctx, isAdmin) {
      const token = bearerOf(ctx);
      if (isAdmin) {
        if (token !== options.adminToken)
          throw unauthorized(token ? 'The bearer token is not valid.' : 'Send Authorization: Bearer <token>.');
        return;
      }
      const entry: SeenRequest = {
        method: ctx.method,
        path: ctx.path,
        authorization: ctx.headers.authorization ?? null,
        subject: null,
        ...(ctx.method === 'GET' ? {} : { ifMatch: header(ctx, 'if-match'), requestId: header(ctx, 'request-id') }),
      };
      seen.push(entry);
      if (!token) throw unauthorized('Send Authorization: Bearer <token>.');
      if (!oidc) {
        if (token !== options.token) throw unauthorized('The bearer token is not valid.');
        return;
      }
      const claims = await verify(token);
      entry.subject = claims.sub ?? null;
      if ((claims.iat ?? 0) < notBefore) throw unauthorized('The access token was revoked.');
      const scopes = `${typeof claims.scope === 'string' ? claims.scope : ''} ${typeof claims.scp === 'string' ? claims.scp : ''}`;
      if (!/(^|[\s/])user_impersonation(\s|$)/.test(scopes)) throw unauthorized('The access token is not for user_impersonation.');
      if (claims.sub && withoutRole.has(claims.sub))
        throw new ApiError(403, 'Forbidden', 'The user does not have the Referrals admin or Referrals user role for this partner account.');
    },
  };
}
