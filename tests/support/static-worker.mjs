// Runs the render command's own `main` in a worker thread: Lit SSR's DOM shim stays out of the test
// server's globals, and the elements load once instead of once per test.
import { parentPort } from 'node:worker_threads';
// Open declarative shadow roots, like the live elements in the suite (support/open-shadow-roots.mjs).
import '../../dist/testing.js';
import { main } from '../../bin/render.mjs';

parentPort.on('message', async ({ id, argv }) => {
  let stdout = '';
  let stderr = '';
  const write = (text) => (stderr += `${text}\n`);
  // The elements' own warnings (bad attributes in an example) belong to this render's stderr too.
  const warn = console.warn;
  console.warn = write;
  const code = await main(argv, (text) => (stdout += `${text}\n`), write).finally(() => (console.warn = warn));
  parentPort.postMessage({ id, code, stdout, stderr });
});
