import { startFakePartnerCenter } from './index';

// `npx tsx test/fake-partner-center/bench.ts [count]`: how long a full pull of `count` referrals in pages
// of 100 takes over loopback. Informational (no assertion): the app's sync benchmark depends on it.
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const t0 = performance.now();
  const fake = await startFakePartnerCenter({ seed: 1, initialReferrals: count });
  const startMs = performance.now() - t0;
  const headers = { authorization: `Bearer ${fake.token}` };
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    let seen = 0;
    for (let next: string | undefined = `${fake.url}/v1.0/engagements/referrals?$top=100`; next;) {
      const page = (await (await fetch(next, { headers })).json()) as { value: unknown[]; '@odata.nextLink'?: string };
      seen += page.value.length;
      next = page['@odata.nextLink'];
    }
    if (seen !== count) throw new Error(`listed ${seen} of ${count}`);
    runs.push(performance.now() - t);
  }
  await fake.close();
  const sorted = [...runs].sort((a, b) => a - b);
  process.stdout.write(
    `start with ${count} referrals: ${startMs.toFixed(0)} ms; full list in pages of 100: median ${sorted[1]!.toFixed(0)} ms (runs ${runs.map((r) => r.toFixed(0)).join(', ')} ms)\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
