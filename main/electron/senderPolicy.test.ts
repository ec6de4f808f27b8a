import { describe, expect, it } from 'vitest';
import { isOwnUrl, isTrustedSender, type RendererLocation } from './senderPolicy';

const packaged: RendererLocation = { pageUrl: 'app://workspace/index.html' };
const dev: RendererLocation = { ...packaged, devServerUrl: 'http://localhost:5173/' };
const main = (url: string) => ({ url, isMainFrame: true });

describe('isTrustedSender', () => {
  it.each([
    ['our renderer page', packaged, packaged.pageUrl],
    ['our renderer file with a hash route', packaged, `${packaged.pageUrl}#/deals/42`],
    ['our renderer file with a query', packaged, `${packaged.pageUrl}?tab=inbound`],
    ['the dev server in development', dev, 'http://localhost:5173/index.html'],
    ['our renderer file while in development', dev, packaged.pageUrl],
  ])('accepts %s', (_name, location, url) => {
    expect(isTrustedSender(main(url), location)).toBe(true);
  });

  it.each([
    ['a file:// of another path', packaged, 'file:///etc/passwd'],
    [
      'the built renderer file as file:// (the app is served through app://)',
      packaged,
      'file:///opt/Co-sell%20Workspace/resources/app.asar/out/renderer/index.html',
    ],
    ['another page of our scheme', packaged, 'app://workspace/other.html'],
    ['another host of our scheme', packaged, 'app://evil/index.html'],
    ['https://evil', packaged, 'https://evil.example/'],
    ['about:blank', packaged, 'about:blank'],
    ['a data: URL', packaged, 'data:text/html,<script>1</script>'],
    ['an empty URL', packaged, ''],
    ['not a URL', packaged, 'index.html'],
    ['the dev server origin when not in development', packaged, 'http://localhost:5173/'],
    ['another port on localhost in development', dev, 'http://localhost:5174/'],
    ['https on the dev host in development', dev, 'https://localhost:5173/'],
    ['a look-alike host in development', dev, 'http://localhost.evil.example:5173/'],
  ])('refuses %s', (_name, location, url) => {
    expect(isTrustedSender(main(url), location)).toBe(false);
  });

  it('refuses subframes, even of our own page', () => {
    expect(isTrustedSender({ url: packaged.pageUrl, isMainFrame: false }, packaged)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: false }, dev)).toBe(false);
  });

  it('refuses a sender whose frame is gone', () => {
    expect(isTrustedSender(null, packaged)).toBe(false);
  });
});

describe('isOwnUrl (navigation)', () => {
  it('allows our page and refuses the web', () => {
    expect(isOwnUrl(`${packaged.pageUrl}#x`, packaged)).toBe(true);
    expect(isOwnUrl('https://partner.microsoft.com/', packaged)).toBe(false);
  });
});
