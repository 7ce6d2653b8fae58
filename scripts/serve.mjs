// `npm start`: serves the demo school website on localhost, with the strict security headers a
// careful host would send, and prints the URL. No dependencies: node:http and the built cdn/ folder.
// Why a script: a static server with this project's strict security headers, so the demo runs under the
//  policy a careful host sends; fifty lines of node:http, no dependency.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const ROOT = process.cwd();
const SERVED = ['demo', 'cdn', 'dist', 'node_modules/lit', 'node_modules/lit-html', 'node_modules/lit-element', 'node_modules/@lit', 'custom-elements.json'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html ypsi-widgets ypsi-builder";

async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/' || url.pathname === '/demo') {
    response.writeHead(302, { Location: '/demo/' });
    return response.end();
  }
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
  if (path.endsWith(sep) || path === 'demo') path = join(path, 'index.html');
  if (!SERVED.some((dir) => path === dir || path.startsWith(dir + sep))) {
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    const file = join(ROOT, path);
    if ((await stat(file)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(join(ROOT, path));
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end('Not found');
  }
}

/** Start on `port`, or the next free port. Resolves with the server and its URL. */
export function serve(port = Number(process.env.PORT) || 8000, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) => void handle(req, res));
    server.on('error', (error) => {
      if (error.code === 'EADDRINUSE' && port < 8100) resolve(serve(port + 1, host));
      else reject(error);
    });
    server.listen(port, host, () => resolve({ server, url: `http://localhost:${port}/demo/` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve();
  console.log(`\nThe demo school website is at ${url}`);
  console.log(`The embed builder is at ${url}builder.html`);
  console.log('Press Ctrl+C to stop.\n');
}
