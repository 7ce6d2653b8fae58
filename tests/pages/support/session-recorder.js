// What a school's analytics and session-replay tags do, for real: rrweb (the recorder inside several
// replay services) records the whole page, a MutationObserver watches every attribute and node, and a
// window click listener writes down each click's composedPath(). The test reads `window.hostSaw`.
import { record } from '/node_modules/rrweb/dist/rrweb.js';

const saw = { recording: [], mutations: [], clicks: [] };
window.hostSaw = saw;

record({ emit: (event) => saw.recording.push(event) });

const describe = (node) =>
  node instanceof Element
    ? { tag: node.localName, attributes: [...node.attributes].map((a) => `${a.name}=${a.value}`), text: node.textContent, href: node.href }
    : { node: String(node) };

new MutationObserver((records) => {
  for (const change of records) {
    saw.mutations.push({
      type: change.type,
      target: describe(change.target),
      attribute: change.attributeName,
      added: [...change.addedNodes].map((node) => (node instanceof Element ? node.outerHTML : node.textContent)),
    });
  }
}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

addEventListener(
  'click',
  (event) => {
    saw.clicks.push(event.composedPath().map(describe));
    // The test page stays put: a tapped tel: link would otherwise try to start a call.
    event.preventDefault();
  },
  true,
);
addEventListener('focusin', (event) => saw.clicks.push([{ focus: describe(event.target), active: describe(document.activeElement) }]));
