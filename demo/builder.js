// The embed builder: a web editor picks a widget and its options, sees it live, and copies the code.
// Every option control is made from custom-elements.json (the widgets' JSDoc), so a new attribute or
// a new widget appears here without touching this file. DOM APIs only (no innerHTML), so the page runs
// under the demo's strict CSP and Trusted Types.
import { VERSION } from '../cdn/ypsi-widgets.js';
import { widgetsFrom, pairsKey } from './builder-options.js';

const CDN = `https://cdn.jsdelivr.net/npm/ypsi-widgets@${VERSION.split('.').slice(0, 2).join('.')}/cdn/`;
const $ = (id) => document.getElementById(id);
const form = $('builder');
const tagSelect = $('tag');
const options = $('options');
const preview = $('preview');
const snippet = $('snippet');
const hint = $('code-hint');
const copyStatus = $('copy-status');

/** One labelled control for one attribute, with its description as the hint. */
function control(attribute) {
  const id = `opt-${attribute.name}`;
  const field = document.createElement('div');
  field.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attribute.name;
  const help = document.createElement('p');
  help.className = 'hint';
  help.id = `${id}-hint`;
  help.textContent = attribute.description;
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
  input.setAttribute('aria-describedby', help.id);
  if (attribute.boolean) field.append(input, label, help);
  else field.append(label, input, help);
  return field;
}

/** The attributes the editor has set, in the manifest's order. */
function chosenAttributes() {
  const pairs = [];
  for (const input of options.querySelectorAll('[data-attribute]')) {
    const name = input.dataset.attribute;
    if (input.type === 'checkbox') {
      if (input.checked) pairs.push([name, '']);
      continue;
    }
    const value = input.value.trim();
    if (input.tagName === 'TEXTAREA') {
      // A JSON attribute is only passed on once it parses: half-typed JSON would only warn.
      let valid = !value;
      try {
        if (value) valid = Boolean(JSON.parse(value));
      } catch {
        valid = false;
      }
      input.setAttribute('aria-invalid', String(!valid));
      if (!valid || !value) continue;
    }
    if (value) pairs.push([name, value]);
  }
  return pairs;
}

/** `name="value"`, quoted the way a person would write it (single quotes around JSON). */
function attributeText([name, value]) {
  if (value === '') return ` ${name}`;
  const amp = value.replace(/&/g, '&amp;');
  if (value.includes('"') && !value.includes("'")) return ` ${name}='${amp}'`;
  return ` ${name}="${amp.replace(/"/g, '&quot;')}"`;
}

const tagMarkup = (tag, pairs) => `<${tag}${pairs.map(attributeText).join('')}></${tag}>`;

const renderCommand = (tag, pairs) =>
  ['npx -p ypsi-widgets -p @lit-labs/ssr@^4 ypsi-widgets render', tag, ...pairs.map(([n, v]) => (v === '' ? n : `'${n}=${v.replace(/'/g, "'\\''")}'`))].join(' ');

function showPreview(tag, pairs) {
  const el = document.createElement(tag);
  for (const [name, value] of pairs) el.setAttribute(name, value);
  preview.replaceChildren(el);
}

let request = 0;

/** Text from `url`, or '' when it is not there. */
async function textAt(url) {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
}

/**
 * The static HTML: pre-rendered beside the builder on the docs site (each widget's default and each
 * single choice), else from the render endpoint of `npm start`; else the command that makes it.
 */
async function showStatic(tag, pairs) {
  const mine = ++request;
  const command = renderCommand(tag, pairs);
  hint.textContent = 'Static HTML works with no JavaScript: readable and styled, but with no Copy button or "Open now". Making it…';
  snippet.value = '';
  const params = new URLSearchParams({ tag });
  for (const [name, value] of pairs) params.append('attr', value === '' ? name : `${name}=${value}`);
  const html = (await textAt(`static/${tag}/${pairsKey(pairs)}.html`)) || (await textAt(`/render?${params}`));
  if (mine !== request) return;
  if (html) {
    snippet.value = html.trim();
    hint.textContent = `Static HTML works with no JavaScript: readable and styled, but with no Copy button or "Open now". Made by: ${command}`;
  } else {
    snippet.value = command;
    hint.textContent = 'Static HTML for these options is made by a command on your computer (Node.js 20 or newer). Copy this command, run it in a terminal, and paste what it prints into your page. (Ready-made static HTML is offered here for each widget with one option chosen.)';
  }
  snippet.dataset.state = 'ready';
}

function update() {
  const tag = tagSelect.value;
  const pairs = chosenAttributes();
  showPreview(tag, pairs);
  copyStatus.textContent = '';
  delete snippet.dataset.state;
  if (form.elements.kind.value === 'static') {
    void showStatic(tag, pairs);
    return;
  }
  request++;
  // The reserve-space styles stop the page jumping when the widget appears (README, "Stop the page jumping").
  snippet.value = `<link rel="stylesheet" href="${CDN}ypsi-widgets.css">\n<script type="module" src="${CDN}ypsi-widgets.js"></script>\n${tagMarkup(tag, pairs)}`;
  hint.textContent = 'Paste this where the widget should appear. The first two lines are needed once per page, even for several widgets; in the page head if you can.';
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
  update();
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
    if (event.target !== tagSelect) update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $('copy').addEventListener('click', () => void copy());
  chooseWidget(widgets);
  document.documentElement.dataset.builder = 'ready';
}

void start();
