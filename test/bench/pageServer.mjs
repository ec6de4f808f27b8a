// The floor the UI benchmarks compare against: a bare Node HTTP server that serves the same built renderer
// (out/renderer) as the web host, but with window.api answering from data embedded in the page (no fetch,
// no SQLite). Also serves Dexie's browser build and an empty page for the Dexie peer benchmark.
// Plain JavaScript on purpose: it starts as fast as Node can, like out/main/host.js, so cold starts compare.
//   node test/bench/pageServer.mjs --port 0 --embedded recorded.json
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const rendererDir = join(root, 'out/renderer');
const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, embedded: { type: 'string' } } });

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
// The web host's policy for the page, so the browser does the same work for both.
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** window.api over the recorded answers: the same channel and input give the same answer; events never come. */
async function embeddedApiScript(file) {
  const recorded = file ? await readFile(file, 'utf8') : '[]';
  return `(function () {
  var recorded = ${recorded};
  function answer(channel, input) {
    var key = JSON.stringify(input === undefined ? {} : input);
    var exact = null, any = null;
    for (var i = 0; i < recorded.length; i++) {
      if (recorded[i].channel !== channel) continue;
      if (any === null) any = recorded[i];
      if (recorded[i].input === key) { exact = recorded[i]; break; }
    }
    var hit = exact || any;
    return hit ? JSON.parse(hit.output) : { ok: false, error: { code: 'UNAVAILABLE', message: 'not recorded: ' + channel } };
  }
  Object.defineProperty(window, 'api', {
    value: Object.freeze({
      invoke: function (channel, input) { return Promise.resolve(answer(channel, input)); },
      on: function () { return function () {}; }
    }),
    enumerable: true
  });
})();
`;
}

const scripts = {
  '/__embedded/api.js': await embeddedApiScript(values.embedded),
  '/__dexie/dexie.js': await readFile(join(root, 'node_modules/dexie/dist/dexie.js'), 'utf8'),
};
const dexiePage =
  '<!doctype html><html><head><meta charset="utf-8"><title>Dexie peer</title><script src="/__dexie/dexie.js"></script></head><body></body></html>';

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache', ...extra });
  res.end(body);
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (scripts[pathname] !== undefined) return send(res, 200, types['.js'], scripts[pathname]);
  if (pathname === '/__dexie/') return send(res, 200, types['.html'], dexiePage);
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).slice(1);
  const file = resolve(rendererDir, relative);
  if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'not found');
  try {
    let body = await readFile(file);
    if (relative === 'index.html') {
      const html = body.toString('utf8');
      const at = html.search(/<script\b/i);
      body = Buffer.from(`${html.slice(0, at)}<script src="/__embedded/api.js"></script>\n    ${html.slice(at)}`);
      return send(res, 200, types['.html'], body, { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
    }
    return send(res, 200, types[extname(file)] ?? 'application/octet-stream', body);
  } catch {
    return send(res, 404, 'text/plain', 'not found');
  }
});
server.listen(Number(values.port), '127.0.0.1', () => {
  process.stdout.write(`listening at http://127.0.0.1:${server.address().port}/\n`);
});
process.on('SIGTERM', () => process.exit(0));
