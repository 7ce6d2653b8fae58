#!/usr/bin/env node
// `npx ypsi-widgets render <tag> [name=value …]`: prints one widget as static HTML with declarative
// shadow DOM (Lit SSR), for CMS pages that allow no script. The page shows it readable and styled with
// JavaScript off; when the CDN bundle is on the page, the element replaces the static copy with a live
// one (the widget empties its declarative shadow root before its first render, so nothing shows twice).
// Why hand-written: it is this package's own command; the argument reading is a few lines in render.mjs.
import { main } from './render.mjs';

process.exitCode = await main(process.argv.slice(2));
