import { describe, expect, it } from 'vitest';
import { bridgeTag, contentTypeOf, injectBridge, resolveStaticPath } from './staticFiles';

const root = '/srv/out/renderer';

describe('resolveStaticPath', () => {
  it('maps / to index.html and paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe('/srv/out/renderer/index.html');
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe('/srv/out/renderer/assets/index-abc.js');
    expect(resolveStaticPath(root, '/assets/a%20b.png')).toBe('/srv/out/renderer/assets/a b.png');
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/assets/../../x',
    '/%2e%2e',
    '/a%00b',
    '/..%5cpackage.json',
    '/%E0%A4%A',
    '//etc/passwd',
  ])('refuses %s', (pathname) => {
    const resolved = resolveStaticPath(root, pathname);
    expect(resolved === null || resolved.startsWith(`${root}/`)).toBe(true);
    if (pathname !== '//etc/passwd') expect(resolved).toBeNull();
  });
});

describe('injectBridge', () => {
  it('puts the bridge before the first script', () => {
    const html = '<html><head><title>x</title><script type="module" src="/assets/app.js"></script></head><body></body></html>';
    const out = injectBridge(html);
    expect(out.indexOf(bridgeTag)).toBeGreaterThan(0);
    expect(out.indexOf(bridgeTag)).toBeLessThan(out.indexOf('/assets/app.js'));
  });

  it('falls back to the end of head, then the start', () => {
    expect(injectBridge('<head></head>')).toBe(`<head>${bridgeTag}\n</head>`);
    expect(injectBridge('<p>hi</p>')).toBe(`${bridgeTag}\n<p>hi</p>`);
  });
});

describe('contentTypeOf', () => {
  it('knows the renderer build output', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a/x.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('a/x.bin')).toBe('application/octet-stream');
  });
});
