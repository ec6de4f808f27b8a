import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

/**
 * The renderer is served from app://workspace/ rather than file:// (Electron security checklist, item 18):
 * a file:// page shares its origin with every file on the disk, and Chromium gives file:// extra
 * privileges. Under app:// the page has its own origin, and only files inside out/renderer can be read.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workspace';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Standard (relative URLs, an origin for 'self' in the CSP) and secure (like https: no mixed-content rules). */
export const appScheme: CustomScheme = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // Module scripts are refused unless served with a JavaScript type.
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const contentTypeOf = (file: string): string => contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The file under `root` an app:// URL names, or null for another host, a bad escape or a path leaving `root`. */
export function resolveAppFile(url: string, root: string): string | null {
  let target: URL;
  let path: string;
  try {
    target = new URL(url);
    // %2e%2e and %2f survive URL parsing; decoded, they must still stay inside root (checked below).
    path = decodeURIComponent(target.pathname);
  } catch {
    return null;
  }
  if (target.protocol !== `${APP_SCHEME}:` || target.host !== APP_HOST || path.includes('\0')) return null;
  const file = resolve(root, path === '/' ? 'index.html' : `.${path}`);
  const inside = relative(resolve(root), file);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? null : file;
}

type ReadFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

/** The app:// handler: files of `root` with their type and the CSP header; 404 for anything else. */
export function appFileHandler(root: string, read: ReadFile = readFile): (request: Request) => Promise<Response> {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const file = resolveAppFile(request.url, root);
    if (!file) return notFound();
    try {
      const body = await read(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        headers: {
          'content-type': contentTypeOf(file),
          'content-security-policy': contentSecurityPolicy,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}

/** Before 'ready': Electron accepts scheme privileges only then. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appScheme]);
}

/** After 'ready': serve out/renderer under app://workspace/. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, appFileHandler(root));
}
