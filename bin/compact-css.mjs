// Stylesheet text for static HTML: comments and needless whitespace out, and, for a widget nested in
// another widget's shadow root, its rules re-scoped from `:host` to its tag so the nested copies can
// share one stylesheet. Strings are kept exactly as written.
// Why hand-written: it runs in the shipped render command (no dependency but Lit) and in the embed
//  builder's browser worker, where lightningcss (a native binary, or several MB of WebAssembly) cannot
//  go; on the static HTML of the four widgets lightningcss saved 260 B raw, 53 B gzip. Re-scoping :host
//  to a tag is not a minifier's job.

/**
 * Comments out, whitespace folded, and none kept beside `{ } ; ,` or `>`, nor after `:`. Never before
 * `:`, where a space is a descendant combinator (`a :focus-visible`), nor inside calc() around `+` and
 * `-`. Comments and strings are found in one pass, so an apostrophe in a comment ("a host's page") is
 * not taken for a string, and a string's text is kept exactly.
 */
export function minifyCss(css) {
  const commentOrString = /\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g;
  // A comment becomes a space (it may be all that separates two words); a string stays as written.
  const uncommented = css.replace(commentOrString, (token) => (token.startsWith('/*') ? ' ' : token));
  const fold = (text) => text.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':');
  let out = '';
  let last = 0;
  for (const match of uncommented.matchAll(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g)) {
    out += fold(uncommented.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return (out + fold(uncommented.slice(last))).replace(/;}/g, '}').trim();
}

/** Split a selector list at its top-level commas (not those inside `:is(a, b)`). */
function selectors(list) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim());
}

/** One selector from inside `tag`'s shadow root, written to match the same nodes from outside it. */
function scopeSelector(selector, tag) {
  if (selector.startsWith(':host(')) {
    let depth = 0;
    let end = 5;
    for (; end < selector.length; end++) {
      if (selector[end] === '(') depth++;
      else if (selector[end] === ')' && --depth === 0) break;
    }
    return `${tag}:is(${selector.slice(6, end)})${selector.slice(end + 1)}`;
  }
  if (selector.startsWith(':host')) return `${tag}${selector.slice(5)}`;
  return `${tag} ${selector}`;
}

/**
 * `css` (minified, from `tag`'s shadow root) with every style rule scoped to `tag` from outside:
 * `:host` becomes the tag, other selectors descend from it. At-rules that hold rules (@media,
 * @container, @supports, @layer) are walked into; other at-rules are kept as they are.
 */
export function scopeCss(css, tag) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const close = css.indexOf('}', i);
    if (open === -1 || (close !== -1 && close < open)) {
      if (close === -1) break;
      out += css.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    const prelude = css.slice(i, open);
    if (prelude.startsWith('@') && !/^@(media|container|supports|layer)\b/.test(prelude)) {
      // @keyframes, @font-face and the like: copied whole, to the brace that closes them.
      let depth = 0;
      let end = open;
      for (; end < css.length; end++) {
        if (css[end] === '{') depth++;
        else if (css[end] === '}' && --depth === 0) break;
      }
      out += css.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    out += prelude.startsWith('@') ? `${prelude}{` : `${selectors(prelude).map((s) => scopeSelector(s, tag)).join(',')}{`;
    i = open + 1;
  }
  return out + css.slice(i);
}
