// Stands in for an older ypsi-widgets bundle: it registers every tag, with classes that carry the
// `ypsiVersion` marker the way every real copy does, and renders a recognisable line.
for (const tag of ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline']) {
  customElements.define(
    tag,
    class extends HTMLElement {
      static ypsiVersion = '0.0.1';
      connectedCallback() {
        this.attachShadow({ mode: 'open' }).textContent = `old ${tag}`;
      }
    },
  );
}
