// A Vue 3 app that renders every framework case, as a developer would: the package's elements, with
// the attributes as documented (Vue 3 sets a property when the element has one of that name).
import { createApp, h } from 'vue';
// Open shadow roots (test only), so the test can read what each page shows.
import '../../dist/testing.js';
import '../../dist/ypsi-widgets.js';
import { CASES } from './cases.mjs';

createApp({
  render: () => CASES.map(({ id, tag, attrs }) => h(tag, { key: id, 'data-case': id, ...attrs })),
}).mount('#root');
