// Test-server middleware for the static-HTML suite: `/__static?tag=helpline-card&attr=service=nspcc`
// runs the render command (bin/render.mjs's `main`, from the built dist/) and serves its output in a
// blank page, so a test can open it in a frame with scripts disabled. `&bundle=1` adds the CDN script
// after it, as a web editor would. `/__static-raw` returns the command's own output and exit code.
import { Worker } from 'node:worker_threads';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

let worker;
let nextId = 0;
const pending = new Map();

/** Run `ypsi-widgets render <tag> …attrs` and resolve with its output and exit code. */
export function runRender(tag, attrs) {
  if (!worker) {
    worker = new Worker(new URL('./static-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', ({ id, ...result }) => {
      pending.get(id)?.(result);
      pending.delete(id);
    });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, argv: ['render', tag, ...attrs] });
  });
}

/**
 * The command exactly as a web editor runs it, in its own process: closed declarative shadow roots,
 * as the shipped bundle attaches them (the worker above opens both, like the rest of the suite).
 */
function runShippedRender(tag, attrs) {
  const command = fileURLToPath(new URL('../../bin/ypsi-widgets.mjs', import.meta.url));
  return new Promise((resolve) => {
    execFile(process.execPath, [command, 'render', tag, ...attrs], (error, stdout, stderr) =>
      resolve({ code: error ? error.code ?? 1 : 0, stdout, stderr }));
  });
}

function page(body, bundle, shipped = false) {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Static widget</title></head>
<body>
<main>
${body}
</main>
<script>document.documentElement.dataset.scriptsRan = 'yes';</script>
${bundle ? `<script type="module" src="/cdn/ypsi-widgets.js${shipped ? '?closed-roots' : ''}"></script>` : ''}
</body>
</html>`;
}

export async function staticPage(context, next) {
  if (!['/__static', '/__static-raw'].includes(context.path)) return next();
  const params = context.URL.searchParams;
  // &shipped=1: the command and the bundle as shipped, with closed shadow roots.
  const shipped = params.get('shipped') === '1';
  const result = await (shipped ? runShippedRender : runRender)(params.get('tag') ?? '', params.getAll('attr'));
  if (context.path === '/__static-raw') {
    context.type = 'application/json';
    context.body = JSON.stringify(result);
    return;
  }
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  context.body = page(result.stdout, params.get('bundle') === '1', shipped);
}
