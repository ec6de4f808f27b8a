import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

it('the CLI prints where it listens, serves the seeded data, and stops cleanly on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'cli.ts'), '--port', '0', '--seed', '5', '--count', '30', '--token', 'cli-token'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    let out = '';
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Fake Partner Center listening at (http:\/\/127\.0\.0\.1:\d+) \(token cli-token\)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const res = await fetch(`${line}/v1.0/engagements/referrals?$top=100`, { headers: { authorization: 'Bearer cli-token' } });
    // The generated referrals and Microsoft's three documented examples, in Microsoft's shape.
    const value = ((await res.json()) as { value: { id: string; organizationId: string }[] }).value;
    expect(value).toHaveLength(33);
    expect(value.map((r) => r.id)).toContain('61c65491-2f2c-461a-84b4-3654499bc1d9');
    expect(value.every((r) => r.organizationId === '7d23e5ca-19dc-4eaa-aac8-5e6b559f0d1d')).toBe(true);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 20_000);
