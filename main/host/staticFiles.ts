import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const bridgePath = '/__host/bridge.js';
export const bridgeTag = `<script src="${bridgePath}"></script>`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL pathname to a file inside `root`, or null when it would leave `root` (`..`, encoded or not),
 * is malformed, or names something odd (NUL, backslash). `/` is index.html.
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const base = resolve(root);
  const target = resolve(base, relative);
  return target.startsWith(base + sep) ? target : null;
}

/** Puts the bridge before the app's first script, so window.api exists before the app runs. */
export function injectBridge(html: string): string {
  const firstScript = html.search(/<script\b/i);
  if (firstScript >= 0) return `${html.slice(0, firstScript)}${bridgeTag}\n    ${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd >= 0) return `${html.slice(0, headEnd)}${bridgeTag}\n${html.slice(headEnd)}`;
  return `${bridgeTag}\n${html}`;
}

export type StaticFile = { body: Buffer; contentType: string };

/** Reads a regular file under root (index.html with the bridge injected); null when there is none. */
export async function readStaticFile(root: string, pathname: string): Promise<StaticFile | null> {
  const path = resolveStaticPath(root, pathname);
  if (!path) return null;
  try {
    if (!(await stat(path)).isFile()) return null;
    const body = await readFile(path);
    const contentType = contentTypeOf(path);
    if (path === resolve(root, 'index.html')) return { body: Buffer.from(injectBridge(body.toString('utf8'))), contentType };
    return { body, contentType };
  } catch {
    return null;
  }
}
