/**
 * Flesch–Kincaid grade of rendered text, with the maintained `flesch-kincaid` and `syllable` packages,
 * inside the browser test run. `syllable` is ESM but two of its dependencies (pluralize,
 * normalize-strings) are CommonJS, which the test server's nodeResolve serves unchanged and the
 * browser cannot import. So before loading `syllable`, an import map points those two files at small
 * ES-module wrappers of their real source: the packages' own code, unchanged, runs in the browser.
 */
type SyllableFn = (text: string) => number;
type FkFn = (counts: { sentence: number; word: number; syllable: number }) => number;

let loaded: Promise<{ syllable: SyllableFn; fleschKincaid: FkFn }> | undefined;

/** A blob: ES module that runs a CommonJS file and exports its module.exports. */
async function wrapCommonJs(url: string, requireBody: string): Promise<string> {
  const source = await (await fetch(url)).text();
  const code = `const module = { exports: {} }; const exports = module.exports;
const require = (id) => { ${requireBody} };
${source}
export default module.exports;`;
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

async function load(): Promise<{ syllable: SyllableFn; fleschKincaid: FkFn }> {
  const charmap = await (await fetch('/node_modules/normalize-strings/charmap.json')).text();
  const map = document.createElement('script');
  map.type = 'importmap';
  map.textContent = JSON.stringify({
    imports: {
      // pluralize only asks for `require` to detect Node; normalize-strings requires its charmap.
      '/node_modules/pluralize/pluralize.js': await wrapCommonJs('/node_modules/pluralize/pluralize.js', 'return undefined;'),
      '/node_modules/normalize-strings/index.js': await wrapCommonJs('/node_modules/normalize-strings/index.js', `return ${charmap};`),
    },
  });
  document.head.append(map);
  const [{ syllable }, { fleschKincaid }] = await Promise.all([import('syllable'), import('flesch-kincaid')]);
  return { syllable, fleschKincaid };
}

export interface Readability {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

/**
 * The grade of `text` as rendered (innerText). A sentence ends at . ! ? or a line break, because
 * headings, buttons and list items are lines without a full stop.
 */
export async function readability(text: string): Promise<Readability> {
  loaded ??= load();
  const { syllable, fleschKincaid } = await loaded;
  const sentences = text.split(/[.!?]+(?=\s|$)|\n+/).filter((s) => /[a-z0-9]/i.test(s));
  const words = text.match(/[a-z0-9]+(?:['’.-][a-z0-9]+)*/gi) ?? [];
  // A number is read aloud: count about one syllable a digit ("18" is eigh-teen, "999" nine-nine-nine).
  const syllables = words.reduce((sum, w) => sum + (/^\d+$/.test(w) ? w.length : Math.max(1, syllable(w))), 0);
  const counts = { sentence: sentences.length, word: words.length, syllable: syllables };
  return { grade: fleschKincaid(counts), sentences: counts.sentence, words: counts.word, syllables };
}
