// A React 19 app that renders every framework case, as a developer would: the package's elements,
// props named as the attributes are documented (React 19 sets a property when the element has one).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
// Open shadow roots (test only), so the test can read what each page shows.
import '../../dist/testing.js';
import '../../dist/ypsi-widgets.js';
import { CASES } from './cases.mjs';

function App() {
  return CASES.map(({ id, tag, attrs }) => createElement(tag, { key: id, 'data-case': id, ...attrs }));
}

createRoot(document.getElementById('root')).render(createElement(App));
