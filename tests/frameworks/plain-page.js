// The plain-HTML page: the same library build as the two apps, the tags already in the page.
// Open shadow roots (test only), so the test can read what each page shows.
import '../../dist/testing.js';
import '../../dist/ypsi-widgets.js';
