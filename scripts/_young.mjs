import { readFileSync } from 'node:fs';
import { grade } from './_fk.mjs';
const { SERVICES } = await import('../dist/content/services.js');
const { JURISDICTIONS } = await import('../dist/content/law.js');
const NAMES = [...Object.values(SERVICES).map((s) => s.name), ...Object.values(JURISDICTIONS).flatMap((j) => [j.imageLaw, j.haveLaw]),
 'Internet Watch Foundation','Designated Safeguarding Lead','Online Safety Act 2023','Sexual Offences Act 2003','Child Protection Advisor','Outcome 21'].sort((a,b)=>b.length-a.length);
const strip = (t) => NAMES.reduce((t, n) => t.split(n).join('Name'), t).replace(/\b\d{3,}(?: \d{3,})*\b/g, 'Name');
const snap = readFileSync('tests/content-snapshot.txt', 'utf8').split('\n\n## ');
const young = snap.filter((s) => /help-panel(?! audience="(parent|professional)")|level="young"|consequences-timeline|helpline-card service="(childline|report-remove|ceop|stop-it-now|youngminds|stem4|shout|samaritans|take-it-down|iwf|police)"/.test(s.split('\n')[0]) && !/audience="(parent|professional)"/.test(s.split('\n')[0]));
const bad = new Map();
for (const s of young) {
  const [head, ...lines] = s.split('\n');
  const text = lines.filter((l) => !l.startsWith('[') && !/^Fact ids|^: /.test(l)).join('\n');
  for (const sent of text.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter((x) => /[.!?]$/.test(x) && /[a-z]{2}/i.test(x))) {
    const g = grade(strip(sent));
    if (g > 8) bad.set(sent, g.toFixed(1));
  }
  if (process.argv[2]) console.log(grade(strip(text)).toFixed(1), head.slice(0, 90));
}
for (const [s, g] of bad) console.log(g, s);
