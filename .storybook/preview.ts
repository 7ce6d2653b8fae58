import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// A developer preview, not a child's page: open shadow roots so Storybook's tools can read inside.
import '../src/testing.js';
import '../src/ypsi-widgets.js';

// Controls and docs come from custom-elements.json, so they always match the JSDoc API.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    backgrounds: { disable: true },
  },
};
export default preview;
