import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerCenter, type FakePartnerCenter } from './index';
import { PARTNER_CENTER_AUDIENCE } from './auth';

// The fake in OpenID Connect mode checks access tokens as Partner Center does: signature (JWKS), issuer,
// audience, expiry, scope. The issuer here is a key pair made by the test, served through the fake's fetch.
const ISSUER = 'https://login.test.example/tenant/v2.0';
let fake: FakePartnerCenter;
let sign: (claims: JWTPayload, key?: CryptoKey) => Promise<string>;
let otherKey: CryptoKey;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const documents: Record<string, unknown> = {
    [`${ISSUER}/.well-known/openid-configuration`]: { issuer: ISSUER, jwks_uri: `${ISSUER}/keys` },
    [`${ISSUER}/keys`]: { keys: [jwk] },
  };
  const now = () => Math.floor(Date.now() / 1000);
  sign = (claims, key = privateKey) =>
    new SignJWT({
      iss: ISSUER,
      aud: PARTNER_CENTER_AUDIENCE,
      sub: 'alex@contoso.example',
      scp: 'user_impersonation',
      iat: now(),
      exp: now() + 3600,
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(key);
  fake = await startFakePartnerCenter({
    seed: 4,
    initialReferrals: 3,
    customers: 2,
    oidc: {
      issuer: ISSUER,
      fetch: (url) => Promise.resolve(Response.json(documents[url] ?? {}, { status: documents[url] ? 200 : 404 })),
    },
  });
});
afterAll(() => fake.close());

const get = (authorization?: string) =>
  fetch(`${fake.url}/v1.0/engagements/referrals?$top=100`, { headers: authorization ? { authorization } : {} });
const refusal = async (authorization?: string) => {
  const res = await get(authorization);
  return { status: res.status, message: ((await res.json()) as { error: { message: string } }).error.message };
};

describe('fake Partner Center: access tokens from an OpenID Connect issuer', () => {
  it('takes a token signed by the issuer, for Partner Center, unexpired, with user_impersonation', async () => {
    expect((await get(`Bearer ${await sign({})}`)).status).toBe(200);
    expect(fake.auth.mode).toBe('oidc');
  });

  it('refuses a static token, another issuer, another audience, an expired token, a foreign signature, a missing scope', async () => {
    expect(await refusal(`Bearer ${fake.token}`)).toMatchObject({ status: 401 });
    expect(await refusal(`Bearer ${await sign({ iss: 'https://evil.example' })}`)).toMatchObject({ status: 401 });
    expect(await refusal(`Bearer ${await sign({ aud: 'https://graph.microsoft.com' })}`)).toMatchObject({ status: 401 });
    expect(await refusal(`Bearer ${await sign({ iat: 1_700_000_000, exp: 1_700_003_600 })}`)).toEqual({
      status: 401,
      message: 'The access token has expired.',
    });
    expect(await refusal(`Bearer ${await sign({}, otherKey)}`)).toMatchObject({ status: 401 });
    expect(await refusal(`Bearer ${await sign({ scp: 'Directory.Read' })}`)).toEqual({
      status: 401,
      message: 'The access token is not for user_impersonation.',
    });
    expect(await refusal()).toEqual({ status: 401, message: 'Send Authorization: Bearer <token>.' });
  });

  it('records what each request carried, and answers 403 for an account without the Referrals role', async () => {
    const before = fake.auth.seen.length;
    const token = await sign({ sub: 'norole@contoso.example' });
    fake.auth.withoutRole.add('norole@contoso.example');
    expect((await get(`Bearer ${token}`)).status).toBe(403);
    expect(fake.auth.seen.slice(before)).toEqual([
      { method: 'GET', path: '/v1.0/engagements/referrals', authorization: `Bearer ${token}`, subject: 'norole@contoso.example' },
    ]);
  });
});
