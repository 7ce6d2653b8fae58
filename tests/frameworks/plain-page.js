// The plain-HTML page: the same library build as the two apps, the tags already in the page.
import '../../dist/ypsi-widgets.js';
