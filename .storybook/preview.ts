import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { docsManifest } from '../stories/from-manifest.js';
// A developer preview, not a child's page: open shadow roots so Storybook's tools can read inside.
import '../src/testing.js';
import '../src/ypsi-widgets.js';

// Docs pages and controls come from custom-elements.json, so they always match the API that ships:
// Storybook reads each element's description from it, and stories/from-manifest.ts the table's rows.
setCustomElementsManifest(docsManifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    backgrounds: { disable: true },
  },
};
export default preview;
