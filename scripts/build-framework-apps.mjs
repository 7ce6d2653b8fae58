// Builds the framework test's three pages into .cache/frameworks/ with Vite, once per test run: a
// React 19 app, a Vue 3 app and a plain HTML page, each loading the built package (dist/). The test
// (tests/frameworks.test.ts) compares what the three show.
// Why a script: Vite is the tool; this only writes the three pages it builds, from the test's own
//  cases.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { CASES, caseHtml } from '../tests/frameworks/cases.mjs';

const source = resolve('.cache/frameworks-src');
const out = resolve('.cache/frameworks');
rmSync(source, { recursive: true, force: true });
mkdirSync(source, { recursive: true });

const page = (title, body, script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title></head>
<body>
${body}
<script type="module" src="../../tests/frameworks/${script}"></script>
</body>
</html>
`;
writeFileSync(`${source}/react.html`, page('React 19', '<div id="root"></div>', 'react-app.js'));
writeFileSync(`${source}/vue.html`, page('Vue 3', '<div id="root"></div>', 'vue-app.js'));
writeFileSync(`${source}/plain.html`, page('Plain HTML', `<div id="root">\n${CASES.map(caseHtml).join('\n')}\n</div>`, 'plain-page.js'));

const started = Date.now();
await build({
  root: source,
  base: './',
  logLevel: 'warn',
  configFile: false,
  // Production builds, as a developer ships them (Vue's dev-only warnings are not what a user sees).
  mode: 'production',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: { input: { react: `${source}/react.html`, vue: `${source}/vue.html`, plain: `${source}/plain.html` } },
  },
});
console.log(`Framework test apps (React 19, Vue 3, plain HTML) built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
