// Another library's element that happens to use one of our names (the one in ?tag=). It is not ours:
// no `ypsiVersion`. It renders a recognisable line so a test can see it was left alone.
const tag = new URLSearchParams(location.search).get('tag');
if (tag) {
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        this.textContent = `stranger's ${tag}`;
      }
    },
  );
}
