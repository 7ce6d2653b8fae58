// The project's sources page: every fact id the widgets cite, what it backs (each sentence,
// service detail or opening hours that rests on it), where to read it and when it was checked, oldest
// checks first, and how sure each fact is (confirmed, partly and what part, a wording rule, or the seed
// talk), so a school's safeguarding lead can re-check any fact without the facts sheet. Built
// from the npm build of src/content (run `npm run build` first) into sources.html at the repo root:
// plain HTML, no script, which the package ships and the docs site copies.
//   node scripts/sources-page.mjs           rewrite sources.html
//   node scripts/sources-page.mjs --check   fail if sources.html is not what src/content says (npm test)
// Why a script: the page is made from this project's fact ids and content data; no generator knows that
//  shape.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const OUT = 'sources.html';
const check = process.argv.includes('--check');

const { LAW_FACTS, SECTIONS, JURISDICTIONS } = await import('../dist/content/law.js');
const { MYTHS } = await import('../dist/content/myths.js');
const { SERVICES } = await import('../dist/content/services.js');
const { SITUATIONS, STAFF_STEPS } = await import('../dist/content/situations.js');
const { SCENARIOS } = await import('../dist/content/consequences.js');
const { FACT_SOURCES, FACT_STATUS, DEFAULT_EXIT } = await import('../dist/content/sources.js');
const { REASSURANCE } = await import('../dist/content/situations.js');

/** Fact id → where to read it: { label, source, also?, checked }. */
const where = new Map();
for (const [id, f] of Object.entries(FACT_SOURCES)) where.set(id, f);
for (const s of Object.values(SERVICES)) where.set(s.fact, { label: s.name, source: s.url ?? s.source, checked: s.checked });
for (const [id, f] of Object.entries(LAW_FACTS)) where.set(id, f);
where.set(DEFAULT_EXIT.fact, { label: 'GOV.UK Frontend: Exit this page', source: DEFAULT_EXIT.source, checked: DEFAULT_EXIT.checked });

/** Fact id → the things it backs, each { where, text, checked }. */
const backs = new Map();
const cite = (facts, place, text, checked) => {
  for (const id of facts) {
    if (!backs.has(id)) backs.set(id, []);
    backs.get(id).push({ place, text, checked });
  }
};

const voices = { young: 'a young person', adult: 'parents and professionals' };
for (const s of SITUATIONS) {
  for (const [voice, steps] of Object.entries(s.steps)) {
    for (const step of steps) cite(step.facts, `Help panel, "${s.label.young}", for ${voices[voice]} (string key ${step.key})`, step.text, step.checked);
  }
}
for (const [voice, line] of Object.entries(REASSURANCE)) cite(line.facts, `Help panel, line under the heading, for ${voices[voice]} (string key ${line.key})`, line.text, line.checked);
cite([DEFAULT_EXIT.fact], "Help panel, the quick exit's default address", DEFAULT_EXIT.url, DEFAULT_EXIT.checked);
for (const step of STAFF_STEPS) cite(step.facts, `Help panel, first steps for staff (string key ${step.key})`, step.text, step.checked);

for (const scenario of Object.values(SCENARIOS)) {
  const at = `Timeline, scenario ${scenario.id}`;
  cite(scenario.lead.facts, `${at}, opening line`, scenario.lead.text, scenario.lead.checked);
  for (const stage of scenario.stages) {
    for (const p of [...stage.happen, ...stage.can]) cite(p.facts, `${at}, stage ${stage.id}${p.only ? ` (${p.only} only)` : ''}`, p.text, p.checked);
  }
}

// A law block's @law, @age and @ai stand for each jurisdiction's own rows.
const lawIds = (facts, only) =>
  facts.flatMap((f) => {
    if (!f.startsWith('@')) return [f];
    const key = f.slice(1);
    return Object.entries(JURISDICTIONS).filter(([j]) => !only || only === j).flatMap(([, law]) => law[key]);
  });
const actNames = (text) => text.replace('{imageLaw}', "the jurisdiction's image law").replace('{haveLaw}', 'its law on having one');
for (const section of Object.values(SECTIONS)) {
  for (const b of section.blocks) {
    const who = [b.at ? `${b.at} level and up` : 'every level', b.only ?? section.only].filter(Boolean).join(', ');
    cite(lawIds(b.facts, b.only ?? section.only), `Law explainer, "${section.title}" (${who})`, actNames(b.text), b.checked);
  }
}
for (const m of MYTHS) cite(lawIds(m.facts, m.only), `Law explainer, "Myth or fact?" (${m.myth ? 'myth' : 'fact'})`, `${m.text} ${m.why}`, m.checked);

for (const s of Object.values(SERVICES)) {
  const details = [s.description, s.eligibility, s.phones?.map((p) => p.display).join(', '), s.text && `Text ${s.text.keyword ?? ''} to ${s.text.number}`, s.email, s.url]
    .filter(Boolean)
    .join(' · ');
  cite([s.fact], `Card, ${s.name}`, details, s.checked);
  if (s.descriptionFacts) cite(s.descriptionFacts.facts, `Card, ${s.name}, description`, s.description, s.descriptionFacts.checked);
  if (s.hours) {
    const shown = s.hours.verified ? `shown${s.hours.schedule ? ', with "Open now"' : ', without "Open now"'}` : 'not shown: not confirmed';
    cite([s.hours.fact], `Card, ${s.name}, opening hours (${shown})`, s.hours.words, s.hours.checked);
  }
}

const missing = [...backs.keys()].filter((id) => !where.has(id));
if (missing.length) {
  console.error(`No source for fact ids: ${missing.join(', ')}. Add them to src/content/sources.ts.`);
  process.exit(1);
}
const unrated = [...backs.keys()].filter((id) => !Object.hasOwn(FACT_STATUS, id));
if (unrated.length) {
  console.error(`No status for fact ids: ${unrated.join(', ')}. Add them to FACT_STATUS in src/content/sources.ts, with the status their source gives them.`);
  process.exit(1);
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const link = (label, source) =>
  /^https:\/\//.test(source) ? `<a href="${escape(source)}">${escape(label)}</a> <span class="address">${escape(source)}</span>` : escape(label);

// Oldest check first: what a reviewer should re-read soonest. A fact's date is the oldest check among
// the things that cite it.
const rows = [...backs.entries()]
  .map(([id, uses]) => ({ id, uses, checked: uses.map((u) => u.checked).sort()[0] }))
  .sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id));

const sections = rows.map(({ id, uses, checked }) => {
  const f = where.get(id);
  const { status, note } = FACT_STATUS[id];
  const sources = [link(f.label, f.source), f.also && link(f.also.label, f.also.source)].filter(Boolean);
  const seen = new Set();
  const items = uses.filter((u) => !seen.has(u.place + u.text) && seen.add(u.place + u.text));
  return `<section aria-labelledby="${escape(id)}">
<h3 id="${escape(id)}"><code>${escape(id)}</code></h3>
<p><strong class="status status-${status}">${escape(status)}</strong>${note ? `: ${escape(note)}` : ''}.</p>
<p>Checked ${escape(checked)}. Source: ${sources.join('; ')}.</p>
<details><summary>What it backs (${items.length})</summary>
<ul>
${items.map((u) => `<li><span class="where">${escape(u.place)}:</span> ${escape(u.text)}</li>`).join('\n')}
</ul>
</details>
</section>`;
});

const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ypsi-widgets: where every fact comes from</title>
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; background: #fff; }
  h3 { margin-bottom: 0.25rem; }
  code { font-size: 1em; }
  a { color: #1d4ed8; }
  .address, .where { color: #4a4a4a; overflow-wrap: anywhere; }
  section { border-top: 1px solid #ccc; padding-top: 0.5rem; }
  .status-partly, .status-rule { color: #8a4b00; }
  @media (prefers-color-scheme: dark) {
    body { color: #eee; background: #121212; }
    a { color: #93c5fd; }
    .address, .where { color: #bbb; }
    .status-partly, .status-rule { color: #fbbf24; }
  }
</style>
</head>
<body>
<main>
<h1>Where every fact comes from</h1>
<p>Every phone number, web address, opening time, age limit and statement about the law that the ypsi-widgets
elements show rests on a fact below. Each fact has an id, the page it was read on, and the month it was
last checked. The facts checked longest ago come first, so you can re-check those first.</p>
<p>Each fact says how sure it is. <strong>confirmed</strong>: read in the source named. <strong>partly</strong>:
only the part stated is confirmed, and the elements show that part only. <strong>rule</strong>: a rule for
how to word something, resting on the facts it names. <strong>seed</strong>: the talk the facts start from.</p>
<p>"consequences" and "seed" are not web pages: they are the "Consequences" section of the project's facts
sheet and the Metropolitan Police Victim Identification Unit talk on youth-produced sexual imagery.</p>
<h2>${rows.length} facts, oldest checks first</h2>
${sections.join('\n')}
</main>
</body>
</html>
`;

if (check) {
  if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== html) {
    console.error(`${OUT} is out of date with src/content: run \`node scripts/sources-page.mjs\` and commit it.`);
    process.exitCode = 1;
  } else console.log(`${OUT}: up to date (${rows.length} facts).`);
} else {
  writeFileSync(OUT, html);
  console.log(`${OUT}: ${rows.length} facts`);
}
