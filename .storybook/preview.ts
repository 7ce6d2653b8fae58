import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// A developer preview, not a child's page: open shadow roots so Storybook's tools can read inside.
import '../src/testing.js';
import '../src/ypsi-widgets.js';

// Controls come from custom-elements.json, so they always match the JSDoc API. No autodocs pages:
// they need @storybook/addon-docs, which is not installed, and without it the built Storybook's first
// page (a docs page) throws; the README is the reference.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    backgrounds: { disable: true },
  },
};
export default preview;
