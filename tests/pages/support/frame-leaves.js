// The frame leaves as a guarded top page leaves it: the top stays (its guard said "Stay"), and only
// this frame goes on, here to a plain page of this site rather than the network. Its window, and every
// timer it set, go with it.
import { quickExit } from '/cdn/ypsi-widgets.js';

quickExit.navigate = () => location.replace('/tests/pages/left.html');
