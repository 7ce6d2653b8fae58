import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
export function grade(text) {
  const sentences = text.split(/[.!?]+(?=\s|$)|\n+/).filter((s) => /[a-z0-9]/i.test(s));
  const words = text.match(/[a-z0-9]+(?:['’.-][a-z0-9]+)*/gi) ?? [];
  const syl = words.reduce((sum, w) => sum + (/^\d+$/.test(w) ? w.length : Math.max(1, syllable(w))), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syl });
}
const lines = process.argv.slice(2);
for (const l of lines) console.log(grade(l).toFixed(1), l);
