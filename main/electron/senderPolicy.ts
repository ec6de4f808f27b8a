/**
 * Which pages are "ours": the built renderer page (app://workspace/index.html, see appProtocol.ts), or
 * (in development only) the dev server's origin.
 * Pure, so the rules are tested without Electron.
 */
export type RendererLocation = {
  /** URL of the renderer page: APP_PAGE_URL. */
  pageUrl: string;
  /** ELECTRON_RENDERER_URL in development; undefined in a packaged app. */
  devServerUrl?: string;
};

/** What we know about the frame that sent an IPC message. */
export type SenderInfo = { url: string; isMainFrame: boolean };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when the URL is our renderer page (any query or hash) or, in development, on the dev server's origin. */
export function isOwnUrl(url: string, location: RendererLocation): boolean {
  const target = parse(url);
  if (!target) return false;
  const own = parse(location.pageUrl);
  if (own !== null && target.protocol === own.protocol) {
    return own.host === target.host && own.pathname === target.pathname;
  }
  if (!location.devServerUrl) return false;
  const dev = parse(location.devServerUrl);
  // `origin` is "null" for opaque URLs (about:, data:, blob:), which never equals a real http origin.
  return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && target.origin === dev.origin;
}

/** IPC is accepted only from the main frame of our own page; iframes and foreign pages are refused. */
export function isTrustedSender(sender: SenderInfo | null, location: RendererLocation): boolean {
  return sender !== null && sender.isMainFrame && isOwnUrl(sender.url, location);
}
