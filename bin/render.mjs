// The static-HTML render command, as functions: bin/ypsi-widgets.mjs is its command line, and the
// test server runs the same `main` in a worker (tests/support/static-page.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { cdnFor, ssrMarkup, staticComment, staticMarkup } from './static-html.mjs';

const ROOT = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const CDN = cdnFor(pkg.version);
// Attributes every HTML element accepts; anything else must be one of the widget's own.
const GLOBAL = /^(id|class|lang|dir|hidden|title|data-[\w-]+|aria-[\w-]+)$/;
// Event-handler attributes run script in the host page: static HTML never carries them.
const EVENT_HANDLER = /^on/;
// The server-rendering packages are an optional peer dependency: a site that only uses the elements
// never installs them (package.json peerDependenciesMeta).
const SSR_MISSING = `The render command needs @lit-labs/ssr, which is not installed with the elements.
Run it with both packages:
  npx -p ypsi-widgets -p @lit-labs/ssr@^4 ypsi-widgets render <tag> [name=value …]
or, in a project: npm install --save-dev @lit-labs/ssr@^4`;

const USAGE = `Usage: npx ypsi-widgets render <tag> [name=value …] [--plain]

Prints <tag> as static HTML (declarative shadow DOM) to paste into a page that cannot run scripts.
With --plain, prints it as plain HTML instead (headings, paragraphs, lists, details and links only),
for a CMS that strips styles and unknown tags, such as WordPress for users without unfiltered_html.
Attributes are name=value pairs; a name alone sets a true/false attribute (e.g. compact).
Event-handler attributes (on…) are left out. The command needs @lit-labs/ssr beside it:
  npx -p ypsi-widgets -p @lit-labs/ssr@^4 ypsi-widgets render <tag> …

  npx ypsi-widgets render helpline-card service=childline heading-level=2
  npx ypsi-widgets render helpline-card name="School nurse" phone="020 7946 0000" compact
  npx ypsi-widgets render help-panel exit-url=https://www.bbc.co.uk/weather --plain

Time-dependent words ("Open now") are left out of static HTML, because they would be wrong later;
the opening hours are still shown. Add the CDN script to bring them back:
  <script type="module" src="${CDN}"></script>`;

/**
 * Tags and their attributes, from the shipped custom-elements.json, whose attributes are written from
 * each element's own table of inputs (the same table the element reads).
 */
function manifestTags() {
  const tags = new Map();
  try {
    const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', ROOT), 'utf8'));
    for (const mod of manifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName) continue;
        tags.set(declaration.tagName, new Set((declaration.attributes ?? []).map((attribute) => attribute.name)));
      }
    }
  } catch {
    /* no manifest: fall back to the built elements below */
  }
  return tags;
}

/** Every tag the build can render: documented ones and any built `dist/<tag>/define.js`. */
function knownTags() {
  const tags = manifestTags();
  for (const tag of ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline']) {
    if (!tags.has(tag) && existsSync(new URL(`dist/${tag}/define.js`, ROOT))) tags.set(tag, null);
  }
  return tags;
}

/** `name=value` / `name` arguments to [name, value] pairs; null with a message when one is malformed. */
function parseAttributes(args) {
  const pairs = [];
  for (const arg of args) {
    const at = arg.indexOf('=');
    const name = (at < 0 ? arg : arg.slice(0, at)).trim().toLowerCase();
    if (!/^[a-z][a-z0-9-]*$/.test(name)) return { error: `"${arg}" is not name=value.` };
    pairs.push([name, at < 0 ? '' : arg.slice(at + 1)]);
  }
  return { pairs };
}

class SsrMissing extends Error {
  constructor() {
    super(SSR_MISSING);
  }
}

/** Render `<tag name="value" …>` to static HTML, declarative or plain. Throws with a readable message. */
async function renderStatic(tag, pairs, plain) {
  const define = new URL(`dist/${tag}/define.js`, ROOT);
  if (!existsSync(define)) throw new Error(`dist/${tag}/define.js is missing: run \`npm run build\` first.`);
  // Lit picks its Node build here, and @lit-labs/ssr installs the small DOM shim it needs.
  const [{ render }, { collectResult }, { html, unsafeStatic }] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit/static-html.js'),
  ]).catch((error) => {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('@lit-labs/ssr')) throw new SsrMissing();
    throw error;
  });
  await import(define.href);
  const markup = await ssrMarkup({ render, collectResult, html, unsafeStatic }, tag, pairs);
  const content = await builtContent();
  return staticMarkup(markup, tag, { plain, content });
}

/** The built content the static HTML's fallbacks quote, from dist/. */
async function builtContent() {
  const built = (path) => import(new URL(`dist/${path}`, ROOT).href);
  const [{ FALLBACK, NEW_TAB }, { CHILDLINE }, { telHref }] = await Promise.all([built('content/strings.js'), built('content/services.js'), built('core/safe-link.js')]);
  return { FALLBACK, NEW_TAB, CHILDLINE, telHref };
}

/** Run the command; `out` gets the HTML, `err` the messages. Resolves with the exit code. */
export async function main(argv, out = console.log, err = console.error) {
  const [command, tag, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  const tags = knownTags();
  const valid = [...tags.keys()].join(', ');
  if (command !== 'render') {
    err(`ypsi-widgets: unknown command "${command}". Try: npx ypsi-widgets render <tag> (tags: ${valid}).`);
    return 1;
  }
  if (!tag || !tags.has(tag)) {
    err(`ypsi-widgets: ${tag ? `"${tag}" is not a widget` : 'no tag given'}. Valid tags: ${valid}.`);
    return 1;
  }
  const bare = rest.includes('--bare');
  const plain = rest.includes('--plain');
  const parsed = parseAttributes(rest.filter((arg) => arg !== '--bare' && arg !== '--plain'));
  if (parsed.error) {
    err(`ypsi-widgets: ${parsed.error} Write attributes as name=value, e.g. service=childline.`);
    return 1;
  }
  const refused = parsed.pairs.filter(([name]) => EVENT_HANDLER.test(name));
  for (const [name] of refused) {
    err(`ypsi-widgets: "${name}" is left out: static HTML carries no event-handler (on…) attributes, because they run script in your page.`);
  }
  parsed.pairs = parsed.pairs.filter(([name]) => !EVENT_HANDLER.test(name));
  const documented = tags.get(tag);
  for (const [name] of parsed.pairs) {
    if (documented && !documented.has(name) && !GLOBAL.test(name)) {
      err(`ypsi-widgets: <${tag}> has no attribute "${name}" (kept as given). Its attributes: ${[...documented].join(', ')}.`);
    }
  }
  try {
    const output = await renderStatic(tag, parsed.pairs, plain);
    out(bare ? output : `${staticComment(tag, parsed.pairs, { plain, version: pkg.version })}\n${output}`);
    return 0;
  } catch (error) {
    if (error instanceof SsrMissing) {
      err(`ypsi-widgets: ${error.message}`);
      return 1;
    }
    err(`ypsi-widgets: could not render <${tag}>: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}
