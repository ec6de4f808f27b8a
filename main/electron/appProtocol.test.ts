import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { APP_PAGE_URL, appFileHandler, appScheme, resolveAppFile } from './appProtocol';

// A real folder shaped like out/renderer, with a secret next to it that must stay out of reach.
const base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Co-sell Workspace</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
writeFileSync(join(base, 'secret.txt'), 'token');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const serve = appFileHandler(root);
const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// protocol', () => {
  it('is a standard, secure scheme (an origin for the CSP, no mixed-content downgrade)', () => {
    expect(appScheme).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(APP_PAGE_URL).toBe('app://workspace/index.html');
  });

  it('serves the page and its module script with types the browser accepts, and the CSP header', async () => {
    const page = await get(APP_PAGE_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('<title>Co-sell Workspace</title>');
    const script = await get('app://workspace/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://workspace/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect(await (await get('app://workspace/')).text()).toContain('Co-sell Workspace');
  });

  it.each([
    ['a missing file', 'app://workspace/nothing.js'],
    ['a dot-dot path', 'app://workspace/../secret.txt'],
    ['an encoded dot-dot path', 'app://workspace/%2e%2e/secret.txt'],
    ['an encoded slash and dot-dot', 'app://workspace/assets%2f..%2f..%2fsecret.txt'],
    ['a NUL byte', 'app://workspace/index.html%00.js'],
    ['a broken escape', 'app://workspace/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a folder', 'app://workspace/assets'],
  ])('answers 404 for %s, never a file outside the renderer folder', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('token');
  });

  it('refuses writes', async () => {
    expect((await get(APP_PAGE_URL, 'POST')).status).toBe(405);
  });

  it('resolves only inside the root', () => {
    expect(resolveAppFile('app://workspace/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    // The URL parser folds %2e%2e into "..", and a leading ".." stops at the top: still inside the root.
    expect(resolveAppFile('app://workspace/%2e%2e/secret.txt', root)).toBe(join(root, 'secret.txt'));
    expect(resolveAppFile('app://workspace/assets%2f..%2f..%2fsecret.txt', root)).toBeNull();
    expect(resolveAppFile('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppFile('not a url', root)).toBeNull();
  });
});
