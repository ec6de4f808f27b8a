import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { httpsFetchTrusting } from '../oidc/httpsFetch';
import { startFakePartnerCenter, type FakePartnerCenterOptions } from './index';

// `npm run fake-service -- --port 4010 --seed 7 --count 10000 --token dev`: the fake for manual runs,
// e2e and benchmarks. Prints one line when ready (scripts wait for it) and exits cleanly on a signal.
const usage =
  'Usage: cli.ts [--port N] [--seed N] [--count N] [--token T] [--admin-token T] [--patch-response body|noContent|random] [--inbound-every-minutes N] [--no-examples] [--list-without-etag]\n' +
  '              [--issuer URL [--audience A] [--ca-file PEM]]   validate JWT access tokens from this OpenID Connect issuer instead of --token';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

function readOptions(): FakePartnerCenterOptions {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        seed: { type: 'string', default: '1' },
        count: { type: 'string', default: '200' },
        token: { type: 'string', default: 'fake-partner-center-token' },
        'admin-token': { type: 'string' },
        'patch-response': { type: 'string', default: 'random' },
        'inbound-every-minutes': { type: 'string' },
        'no-examples': { type: 'boolean', default: false },
        'list-without-etag': { type: 'boolean', default: false },
        issuer: { type: 'string' },
        audience: { type: 'string' },
        'ca-file': { type: 'string' },
      },
      strict: true,
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  const int = (name: string, raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a whole number, got "${raw}"`);
    return n;
  };
  const patchResponse = values['patch-response'];
  if (patchResponse !== 'body' && patchResponse !== 'noContent' && patchResponse !== 'random') {
    fail(`--patch-response is body, noContent or random, got "${patchResponse}"`);
  }
  const every = values['inbound-every-minutes'];
  const ca = values['ca-file'] === undefined ? undefined : readFileSync(values['ca-file'], 'utf8');
  const oidc = values.issuer
    ? { issuer: values.issuer, audience: values.audience, fetch: ca ? httpsFetchTrusting(ca) : undefined }
    : undefined;
  return {
    port: int('port', values.port),
    seed: int('seed', values.seed),
    initialReferrals: int('count', values.count),
    token: values.token,
    adminToken: values['admin-token'],
    patchResponse,
    newInboundEveryMs: every === undefined ? undefined : int('inbound-every-minutes', every) * 60_000,
    examples: !values['no-examples'],
    listWithoutETag: values['list-without-etag'],
    oidc,
  };
}

// No top-level await: the package is CommonJS to tsx, which refuses it there.
async function main(): Promise<void> {
  const fake = await startFakePartnerCenter(readOptions());
  const who = fake.auth.mode === 'oidc' ? 'access tokens from the issuer' : `token ${fake.token}`;
  process.stdout.write(`Fake Partner Center listening at ${fake.url} (${who})\n`);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    fake.close().then(
      () => {
        process.stdout.write(`Fake Partner Center stopped (${signal})\n`);
        process.exit(0);
      },
      (e: unknown) => {
        process.stderr.write(`Fake Partner Center failed to stop: ${String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`Fake Partner Center failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
