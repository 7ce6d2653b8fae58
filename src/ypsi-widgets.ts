/** The CDN entry: defines every element. Safe to load more than once. */
import './helpline-card/define.js';

export * from './index.js';
