import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors, type Adapter, type AdapterPayload, type Configuration } from 'oidc-provider';
import { makeTestCertificates, type TestCertificates } from './testCa';

/** What Partner Center's API is to Entra ID, mirrored here: the resource (token audience) and its one delegated scope. */
export const PARTNER_CENTER_AUDIENCE = 'https://api.partner.microsoft.com';
export const PARTNER_CENTER_SCOPE = `${PARTNER_CENTER_AUDIENCE}/user_impersonation`;
/** A GUID, like an Entra app registration's Application (client) ID. */
export const TEST_CLIENT_ID = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';

export type TestProviderOptions = {
  /** Access token lifetime in seconds (Entra's is about an hour). */
  accessTokenTtl?: number;
  /** The seller's display name for any login typed on the provider's page. */
  displayName?: (login: string) => string;
};

type Stored = { payload: AdapterPayload; expiresAt: number | null };

/**
 * A real OpenID Connect provider (node-oidc-provider) on https://127.0.0.1 with a throwaway CA, set up the way
 * Entra ID serves a public desktop client: native application, no secret, loopback redirect on any port,
 * authorization code with PKCE, refresh tokens (offline_access), and JWT access tokens for the Partner Center
 * resource, asked for with a resource-qualified scope as Entra v2 does (no `resource` parameter).
 * Its login and consent pages are oidc-provider's development interactions: any login and password work.
 */
export type TestProvider = {
  issuer: string;
  clientId: string;
  certificates: TestCertificates;
  /** Token requests the provider answered, by grant type, in order ("authorization_code", "refresh_token"). */
  grants: string[];
  /** Revokes every grant (and so every refresh and access token) of the account with this login. */
  revokeAccount(login: string): Promise<number>;
  close(): Promise<void>;
};

export async function startTestProvider(options: TestProviderOptions = {}): Promise<TestProvider> {
  const certificates = await makeTestCertificates();
  const server: Server = createServer({ cert: certificates.certPem, key: certificates.keyPem });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `https://localhost:${(server.address() as AddressInfo).port}`;

  // One in-memory store for every model, so a test can find and revoke what the provider issued.
  const store = new Map<string, Stored>();
  const key = (model: string, id: string) => `${model}:${id}`;
  const live = (s: Stored | undefined) => (s && (s.expiresAt === null || s.expiresAt > Date.now()) ? s : undefined);
  const adapter = (model: string): Adapter => ({
    upsert(id, payload, expiresIn) {
      store.set(key(model, id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : null });
      return Promise.resolve();
    },
    find: (id) => Promise.resolve(live(store.get(key(model, id)))?.payload),
    findByUid: (uid) => Promise.resolve([...store.values()].find((s) => live(s) && s.payload.uid === uid)?.payload),
    findByUserCode: (code) => Promise.resolve([...store.values()].find((s) => live(s) && s.payload.userCode === code)?.payload),
    consume(id) {
      const s = store.get(key(model, id));
      if (s) s.payload.consumed = Math.floor(Date.now() / 1000);
      return Promise.resolve();
    },
    destroy(id) {
      store.delete(key(model, id));
      return Promise.resolve();
    },
    revokeByGrantId(grantId) {
      for (const [k, s] of store) if (s.payload.grantId === grantId) store.delete(k);
      return Promise.resolve();
    },
  });

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };
  const displayName = options.displayName ?? ((login: string) => login.replace(/@.*/, '').replace(/^./, (c) => c.toUpperCase()));
  const configuration: Configuration = {
    adapter,
    jwks: { keys: [signingKey] },
    cookies: { keys: ['throwaway-test-cookie-key'] },
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['http://localhost'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    // MSAL reads the account's name and sign-in name from the ID token, as Entra puts them there.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, name: displayName(sub), preferred_username: sub, email: sub }),
    }),
    pkce: { required: () => true },
    ttl: {
      AccessToken: options.accessTokenTtl ?? 3600,
      IdToken: 3600,
      Interaction: 600,
      RefreshToken: 14 * 86_400,
      Grant: 14 * 86_400,
      Session: 86_400,
    },
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => PARTNER_CENTER_AUDIENCE,
        // A refresh (MSAL sends no resource parameter) is for the resource granted at sign-in.
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== PARTNER_CENTER_AUDIENCE) throw new errors.InvalidTarget();
          return {
            scope: PARTNER_CENTER_SCOPE,
            audience: PARTNER_CENTER_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenTtl ?? 3600,
          };
        },
      },
    },
  };
  const provider = new Provider(issuer, configuration);
  // Entra honours offline_access without a consent prompt; oidc-provider follows OIDC Core 11 and drops it unless
  // prompt=consent is present (and then MSAL's refresh, which asks for offline_access again, is refused). So a sign-in
  // request without a prompt gets prompt=consent here: the refresh token exists, as with Entra.
  provider.use(async (ctx, next) => {
    if (
      ctx.path === '/auth' &&
      typeof ctx.query.scope === 'string' &&
      ctx.query.scope.split(' ').includes('offline_access') &&
      !ctx.query.prompt
    ) {
      ctx.query = { ...ctx.query, prompt: 'consent' };
    }
    await next();
  });
  const grants: string[] = [];
  provider.on('grant.success', (ctx) => {
    const grantType = (ctx.oidc.params as { grant_type?: string } | undefined)?.grant_type;
    if (grantType) grants.push(grantType);
  });
  // Behind nothing: the provider sees the TLS socket itself.
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));

  return {
    issuer,
    clientId: TEST_CLIENT_ID,
    certificates,
    grants,
    async revokeAccount(login) {
      const grantIds = [...store.entries()]
        .filter(([k, s]) => k.startsWith('Grant:') && s.payload.accountId === login)
        .map(([k]) => k.slice('Grant:'.length));
      for (const id of grantIds) {
        await adapter('Grant').destroy(id);
        for (const [k, s] of store) if (s.payload.grantId === id) store.delete(k);
      }
      return grantIds.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
