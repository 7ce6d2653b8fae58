/**
 * Test-only entry: `import 'ypsi-widgets/testing.js'` before the widgets load (or before the first one
 * connects) opens their shadow roots, so a test, a screenshot script or a Storybook preview can read
 * `element.shadowRoot`. Never load it on a page a young person uses: it gives the host page's scripts
 * back everything the closed roots keep from them.
 */
import { OPEN_FOR_TESTS } from './core/shadow-mode.js';

(globalThis as Record<symbol, unknown>)[OPEN_FOR_TESTS] = true;
