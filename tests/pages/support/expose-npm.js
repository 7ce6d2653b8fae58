// The npm entry that defines nothing: the test registers its classes under the host's own names.
import * as ypsi from '/dist/index.js';

window.ypsi = ypsi;
