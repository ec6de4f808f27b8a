import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { hostContentSecurityPolicy } from '../../main/host/server';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

describe('one Content-Security-Policy everywhere', () => {
  it("the renderer's meta tag states the shared policy", () => {
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a CSP meta tag').toBeTruthy();
    expect(directives(meta ?? '')).toEqual(directives(contentSecurityPolicy));
  });

  // The Electron window imports the shared constant itself (main/electron/window.test.ts checks the header).
  it('the web host sends it, adding only frame-ancestors (which works only as a header)', () => {
    expect(directives(hostContentSecurityPolicy)).toEqual([...directives(contentSecurityPolicy), "frame-ancestors 'none'"]);
  });

  it('allows no inline script and nothing from another origin', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
