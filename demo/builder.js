// The embed builder: a web editor picks a widget and its options, sees it live, and copies the code.
// Every option control is made from custom-elements.json (the widgets' JSDoc), so a new attribute or
// a new widget appears here without touching this file. DOM APIs only (no innerHTML), so the page runs
// under the demo's strict CSP and Trusted Types.
import { VERSION } from '../cdn/ypsi-widgets.js';
import { widgetsFrom } from './builder-options.js';

const CDN = `https://cdn.jsdelivr.net/npm/ypsi-widgets@${VERSION.split('.').slice(0, 2).join('.')}/cdn/`;
const $ = (id) => document.getElementById(id);
const form = $('builder');
const tagSelect = $('tag');
const options = $('options');
const preview = $('preview');
const snippet = $('snippet');
const hint = $('code-hint');
const copyStatus = $('copy-status');

/** The hint and the error line under a control; the error line is shown only when the value is not valid. */
function notes(id, attribute) {
  const help = document.createElement('p');
  help.className = 'hint';
  help.id = `${id}-hint`;
  help.textContent = `${attribute.description} (attribute: ${attribute.name})`;
  const error = document.createElement('p');
  error.className = 'error';
  error.id = `${id}-error`;
  error.hidden = true;
  return [help, error];
}

/** A list attribute (law-explainer's sections): one checkbox per value, in the widget's order. */
function listControl(attribute, id) {
  const group = document.createElement('fieldset');
  group.className = 'field choices';
  group.id = id;
  group.dataset.attribute = attribute.name;
  group.dataset.list = '';
  const legend = document.createElement('legend');
  legend.textContent = attribute.label;
  const [help, error] = notes(id, attribute);
  group.setAttribute('aria-describedby', `${help.id} ${error.id}`);
  group.append(legend);
  for (const value of attribute.choices) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `${id}-${value}`;
    box.value = value;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = value;
    const row = document.createElement('span');
    row.className = 'choice';
    row.append(box, label);
    group.append(row);
  }
  group.append(help, error);
  return group;
}

/** One labelled control for one attribute, with its description as the hint. */
function control(attribute) {
  const id = `opt-${attribute.name}`;
  if (attribute.list && attribute.choices.length) return listControl(attribute, id);
  const field = document.createElement('div');
  field.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attribute.label;
  const [help, error] = notes(id, attribute);
  let input;
  if (attribute.boolean) {
    input = document.createElement('input');
    input.type = 'checkbox';
  } else if (attribute.choices.length) {
    input = document.createElement('select');
    input.append(new Option('(not set: the default)', ''));
    for (const value of attribute.choices) input.append(new Option(value, value));
  } else if (attribute.json) {
    input = document.createElement('textarea');
    input.rows = 3;
    input.placeholder = '{"key": "Your words"}';
  } else {
    input = document.createElement('input');
    input.type = 'text';
  }
  input.id = id;
  input.name = attribute.name;
  input.dataset.attribute = attribute.name;
  input.setAttribute('aria-describedby', `${help.id} ${error.id}`);
  if (attribute.boolean) field.append(input, label, help, error);
  else field.append(label, input, help, error);
  return field;
}

/**
 * The attributes the editor has set, in the manifest's order, and those already known not to be valid
 * (JSON that does not parse) with what to say about them.
 */
function chosenAttributes() {
  const pairs = [];
  const invalid = new Map();
  for (const input of options.querySelectorAll('[data-attribute]')) {
    const name = input.dataset.attribute;
    if ('list' in input.dataset) {
      const values = [...input.querySelectorAll('input:checked')].map((box) => box.value);
      if (values.length) pairs.push([name, values.join(',')]);
      continue;
    }
    if (input.type === 'checkbox') {
      if (input.checked) pairs.push([name, '']);
      continue;
    }
    const value = input.value.trim();
    if (!value) continue;
    pairs.push([name, value]);
    if (input.tagName === 'TEXTAREA') {
      try {
        if (typeof JSON.parse(value) !== 'object') throw new TypeError();
      } catch {
        invalid.set(name, 'This is not valid JSON, so it is left out of the code. Write it as {"key": "Your words"}, with double quotes.');
      }
    }
  }
  return { pairs, invalid };
}

/** `name="value"`, quoted the way a person would write it (single quotes around JSON). */
function attributeText([name, value]) {
  if (value === '') return ` ${name}`;
  const amp = value.replace(/&/g, '&amp;');
  if (value.includes('"') && !value.includes("'")) return ` ${name}='${amp}'`;
  return ` ${name}="${amp.replace(/"/g, '&quot;')}"`;
}

const tagMarkup = (tag, pairs) => `<${tag}${pairs.map(attributeText).join('')}></${tag}>`;

function showPreview(tag, pairs) {
  const el = document.createElement(tag);
  for (const [name, value] of pairs) el.setAttribute(name, value);
  preview.replaceChildren(el);
  return el;
}

/** What the widget itself said about each attribute value it refused, so each is asked once. */
const verdicts = new Map();
const WARNING = /^\[ypsi-widgets\] <([a-z-]+)>: ([a-z-]+)=.*? is not valid\. (Valid values: .*?\.)/;

/**
 * Show the widget with these attributes, and return the attributes it refused, from its own console
 * warnings (the widgets' validation, not a copy of it here): name → what is valid.
 */
async function refusedBy(tag, pairs) {
  const heard = [];
  const warn = console.warn;
  console.warn = (...args) => {
    heard.push(String(args[0]));
    warn.apply(console, args);
  };
  try {
    const el = showPreview(tag, pairs);
    await el.updateComplete;
  } finally {
    console.warn = warn;
  }
  for (const line of heard) {
    const match = line.match(WARNING);
    const pair = match && match[1] === tag && pairs.find(([name]) => name === match[2]);
    if (pair) verdicts.set(`${tag} ${pair[0]}=${pair[1]}`, match[3]);
  }
  const refused = new Map();
  for (const [name, value] of pairs) {
    const verdict = verdicts.get(`${tag} ${name}=${value}`);
    if (verdict) refused.set(name, `Not valid, so it is left out of the code. ${verdict}`);
  }
  return refused;
}

/** Mark each control whose value is not valid, with what to write instead; clear the others. */
function markInvalid(invalid) {
  for (const input of options.querySelectorAll('[data-attribute]')) {
    const message = invalid.get(input.dataset.attribute);
    const error = $(`${input.id}-error`);
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    error.hidden = !message;
    error.textContent = message ?? '';
  }
}

let request = 0;

/**
 * Static HTML is made here, in the browser, by the render command's own code and Lit SSR in a worker
 * (render-worker.js, built to build/), so no web editor needs Node or a server. The worker has its own
 * globals, so the widgets' server build there never meets the live ones defined on this page. Under
 * Trusted Types the worker's address goes through a policy that allows that one address only.
 */
const WORKER_URL = new URL('build/render-worker.js', import.meta.url).href;
let worker;
let nextId = 0;
const waiting = new Map();

function renderWorker() {
  if (worker) return worker;
  const policy = globalThis.trustedTypes?.createPolicy('ypsi-builder', {
    createScriptURL: (url) => {
      if (url !== WORKER_URL) throw new TypeError(`The embed builder loads only ${WORKER_URL}`);
      return url;
    },
  });
  worker = new Worker(policy ? policy.createScriptURL(WORKER_URL) : WORKER_URL, { type: 'module' });
  worker.addEventListener('message', ({ data }) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  });
  // A worker that cannot load (a host that does not serve it) answers every waiting request.
  worker.addEventListener('error', () => {
    for (const answer of waiting.values()) answer({ error: 'the static-HTML maker (build/render-worker.js) did not load' });
    waiting.clear();
  });
  return worker;
}

/** The static HTML of `<tag>` with these attributes: `plain` for the form a filtering CMS keeps. */
function makeStatic(tag, pairs, plain) {
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    try {
      renderWorker().postMessage({ id, tag, pairs, plain });
    } catch (error) {
      waiting.delete(id);
      resolve({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}

const STATIC_HINT = {
  static:
    'Static HTML works with no JavaScript: readable and styled, but with no Copy button or "Open now". Paste it into an HTML block of your page.',
  plain:
    'Plain HTML is for an editor that removes styles and unknown tags (WordPress for most users, SharePoint, Drupal\'s filtered HTML): headings, paragraphs, lists and links only, readable with no styles. The quick exit is a plain link, with no key to press. Paste it into an HTML block of your page.',
};

async function showStatic(tag, pairs, mine, note, kind) {
  hint.textContent = `${STATIC_HINT[kind]} Making it…`;
  snippet.value = '';
  const { html, error } = await makeStatic(tag, pairs, kind === 'plain');
  if (mine !== request) return;
  if (html) {
    snippet.value = html.trim();
    hint.textContent = `${note}${STATIC_HINT[kind]} Make it again after the widgets are updated, so the numbers and words stay current.`;
  } else {
    snippet.value = '';
    hint.textContent = `${note}Static HTML could not be made in this browser (${error}). Use the script and the tag, or try another browser.`;
  }
  snippet.dataset.state = 'ready';
}

/** "Left out: …" for the hint, naming each refused option as the form labels it. */
function leftOutNote(invalid) {
  if (!invalid.size) return '';
  const labels = [...invalid.keys()].map((name) => $(`opt-${name}`)?.closest('.field')?.querySelector('label, legend')?.textContent ?? name);
  return `Left out of the code, because it is not valid: ${labels.join(', ')} (see the message under it). `;
}

async function update() {
  const mine = ++request;
  const tag = tagSelect.value;
  const { pairs, invalid } = chosenAttributes();
  copyStatus.textContent = '';
  delete snippet.dataset.state;
  const refused = await refusedBy(tag, pairs.filter(([name]) => !invalid.has(name)));
  if (mine !== request) return;
  for (const [name, message] of refused) invalid.set(name, message);
  markInvalid(invalid);
  // What is copied is only what is valid, and the preview shows exactly that.
  const valid = pairs.filter(([name]) => !invalid.has(name));
  if (refused.size) showPreview(tag, valid);
  const note = leftOutNote(invalid);
  const kind = form.elements.kind.value;
  if (kind === 'static' || kind === 'plain') {
    await showStatic(tag, valid, mine, note, kind);
    return;
  }
  // The reserve-space styles stop the page jumping when the widget appears (README, "Stop the page jumping").
  snippet.value = `<link rel="stylesheet" href="${CDN}ypsi-widgets.css">\n<script type="module" src="${CDN}ypsi-widgets.js"></script>\n${tagMarkup(tag, valid)}`;
  hint.textContent = `${note}Paste this where the widget should appear. The first two lines are needed once per page, even for several widgets; in the page head if you can.`;
  snippet.dataset.state = 'ready';
}

function chooseWidget(widgets) {
  const widget = widgets.find((w) => w.tag === tagSelect.value);
  $('summary').textContent = widget?.summary ?? '';
  const legend = options.querySelector('legend');
  options.replaceChildren(legend, ...(widget?.attributes ?? []).map(control));
  // A widget whose first option has no default (helpline-card's service) starts on its first value,
  // so the preview shows the widget rather than its "needs a service" fallback.
  const first = widget?.attributes[0];
  if (first?.choices.length && !/\(default\)|default /i.test(first.description)) {
    options.querySelector(`[data-attribute="${first.name}"]`).value = first.choices[0];
  }
  void update();
}

/** Copy the code, and say what happened in the status region (re-announced on every press). */
async function copy() {
  copyStatus.textContent = '';
  let copied = false;
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied = true;
  } catch {
    snippet.focus();
    snippet.select();
  }
  requestAnimationFrame(() => {
    copyStatus.textContent = copied
      ? 'Code copied. Paste it into your page.'
      : "Couldn't copy. The code is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.";
  });
}

async function start() {
  let widgets = [];
  try {
    widgets = widgetsFrom(await (await fetch('../custom-elements.json')).json());
  } catch {
    hint.textContent = 'Could not read custom-elements.json, so the options cannot be shown.';
    return;
  }
  for (const widget of widgets) tagSelect.append(new Option(`<${widget.tag}>`, widget.tag));
  // Start on the one most pages want; ?tag=… picks another.
  const wanted = new URLSearchParams(location.search).get('tag') ?? 'helpline-card';
  if (widgets.some((w) => w.tag === wanted)) tagSelect.value = wanted;
  tagSelect.addEventListener('change', () => chooseWidget(widgets));
  form.addEventListener('input', (event) => {
    if (event.target !== tagSelect) void update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $('copy').addEventListener('click', () => void copy());
  chooseWidget(widgets);
  document.documentElement.dataset.builder = 'ready';
}

void start();
