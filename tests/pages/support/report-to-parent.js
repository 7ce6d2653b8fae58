// For a frame the test cannot read (another origin): once the panel has rendered, post what it shows
// and what the page's console heard to the parent.
await customElements.whenDefined('help-panel');
const panel = document.querySelector('help-panel');
await panel.updateComplete;
parent.postMessage({ text: panel.shadowRoot?.textContent ?? '', warnings: window.ypsiRecord.warnings }, '*');
