// The CDN bundle defines our tags and also exports the classes, for a host that wants other names.
import * as ypsi from '/cdn/ypsi-widgets.js';

window.ypsi = ypsi;
