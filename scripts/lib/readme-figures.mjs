// README figures that cannot go stale: each sits between `<!-- figures:<name> -->` and
// `<!-- /figures:<name> -->`, and only the script that measures it writes it. `npm test` runs the
// cheap ones with --check, which fails when the README says something other than what was measured.
// Why hand-written: no tool writes measured figures between markers in a README and checks them; every
//  measuring script shares this.
import { readFileSync, writeFileSync } from 'node:fs';

const README = new URL('../../README.md', import.meta.url);

/** Every block `name` in `readme` (a figure may be stated in more than one place), as text and body. */
function blocks(readme, name) {
  const start = `<!-- figures:${name} -->`;
  const end = `<!-- /figures:${name} -->`;
  return [...readme.matchAll(new RegExp(`${start}([\\s\\S]*?)${end}`, 'g'))].map((match) => match[1]);
}

/**
 * Block `name` as measured: `text` is what goes between its markers (inline when it has no line break).
 * With `check`, the README is left alone and the result says whether it already says this.
 */
export function figures(name, text, { check = false, command }) {
  const readme = readFileSync(README, 'utf8');
  const found = blocks(readme, name);
  if (!found.length) return { ok: false, message: `README.md has no <!-- figures:${name} --> block for these figures.` };
  const body = text.includes('\n') ? `\n${text.trim()}\n` : text;
  if (found.every((was) => was === body)) return { ok: true };
  if (check) {
    return { ok: false, message: `README.md's ${name} figures are not what was measured. Run \`${command}\` and commit README.md. Measured:\n${text.trim()}` };
  }
  const start = `<!-- figures:${name} -->`;
  const end = `<!-- /figures:${name} -->`;
  writeFileSync(README, readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`, 'g'), () => `${start}${body}${end}`));
  return { ok: true, written: true };
}
