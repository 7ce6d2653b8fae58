// The release's example.html: every widget from the folder it sits in, and, if the script does not
// run, a message saying why and what to do instead of empty boxes. Each tag holds the widgets' own last
// resort line (Childline's number and website, from the built content), which a live widget hides (its
// shadow root has no slot) and which shows wherever the script could not run.
// Why hand-written: the page quotes the built content's own last-resort line; a template engine would
//  add a dependency for one page.

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The fallback sentence with its number and address as links. */
function childlineLine({ FALLBACK, CHILDLINE, telHref }) {
  const number = CHILDLINE.phones[0].display;
  const site = CHILDLINE.url.replace(/^https:\/\/(www\.)?/, '');
  return `<p>${escapeHtml(FALLBACK)
    .replace(number, `<a href="${telHref(number)}">${number}</a>`)
    .replace(site, `<a href="${CHILDLINE.url}">${site}</a>`)}</p>`;
}

/**
 * Runs as a classic script, so it runs where the module script cannot. By the window's load event
 * every module script has run, so a tag still undefined then means the bundle did not load: the
 * message for the likely cause is shown and the reserved space is given back.
 */
const CHECK = `<script>
addEventListener('load', function () {
  if (window.customElements && customElements.get('helpline-card')) return;
  var bundle = document.querySelector('script[type="module"][src]');
  var cause = location.protocol === 'file:' ? 'file'
    : bundle && new URL(bundle.src, location.href).origin !== location.origin ? 'other-origin' : 'server';
  document.getElementById('not-loaded').hidden = false;
  document.querySelector('#not-loaded [data-cause="' + cause + '"]').hidden = false;
  var widgets = document.querySelectorAll('helpline-card, help-panel, law-explainer, consequences-timeline');
  for (var i = 0; i < widgets.length; i++) widgets[i].style.minHeight = '0';
});
</script>`;

/** What to do, for each reason the script may not have run. Shown only when it did not. */
const NOT_LOADED = `<div id="not-loaded" role="alert" hidden>
<h2>The widgets did not load</h2>
<p data-cause="file" hidden>This page was opened from a file on your computer (its address starts with
file://). Browsers do not run this kind of script from a file. Upload the whole folder to your website
as it is, and open example.html there. To try it on this computer first, serve the folder with any
local web server and open example.html through it (its address then starts with http://localhost).</p>
<p data-cause="other-origin" hidden>The script is on a different website address from this page, and
that server did not allow it. Because the lines carry <code>crossorigin="anonymous"</code> and
<code>integrity</code>, the browser asks the server first, and uses the files only if the server
answers with the header <code>Access-Control-Allow-Origin: *</code> (or this page's address). Ask
whoever runs that server to add the header for the .js and .css files, or upload the folder to the same
website as your pages.</p>
<p data-cause="server" hidden>The script ypsi-widgets.js did not run. Check that it is in the same
folder as this page, that your server sends .js files as <code>text/javascript</code>, and that the
files were uploaded unchanged: the browser refuses a file whose integrity does not match
INTEGRITY.txt. Your browser's console (F12) says which.</p>
</div>`;

/**
 * example.html for `version`. `snippet` is the two lines for files in this folder; `content` is the
 * built content: { FALLBACK, CHILDLINE, telHref }; `sources` says whether sources.html ships beside it.
 */
export function examplePage({ version, snippet, content, sources }) {
  const line = childlineLine(content);
  const widget = (tag, attributes) => `<${tag}${attributes}>${line}</${tag}>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ypsi-widgets ${version}: example page</title>
<link rel="icon" href="data:,">
${snippet}
</head>
<body>
<main>
<h1>Help with nudes and semi-nudes</h1>
${NOT_LOADED}
<p>This page shows every widget from this folder. Copy the two lines in this page's &lt;head&gt; into
your own page (with your folder's address instead of ./), then any of the tags below.</p>
<h2>Get help now</h2>
${widget('help-panel', ' heading-level="3"')}
<h2>One service</h2>
${widget('helpline-card', ' service="childline" heading-level="3"')}
<h2>What the law says</h2>
${widget('law-explainer', ' heading-level="3"')}
<h2>What can happen next</h2>
${widget('consequences-timeline', ' heading-level="3"')}
${sources ? '<p><a href="sources.html">Where every fact comes from</a></p>\n' : ''}</main>
${CHECK}
</body>
</html>
`;
}
