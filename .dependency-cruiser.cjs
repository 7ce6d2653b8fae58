// The house's layers, checked by `npm test` (dependency-cruiser): ARCHITECTURE.md draws them.
// core/ is the mechanism every element shares and knows no content and no element; content/ is data
// that uses core's types and helpers only; an element reaches another only where one renders the other
// (the panel renders cards); and no file imports one that imports it back.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-knows-no-content',
      comment: 'core/ is shared mechanism: the words and facts it needs are passed in by an element or an entry.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(content|styles|helpline-card|help-panel|law-explainer|consequences-timeline)/' },
    },
    {
      name: 'content-is-data',
      comment: 'content/ is data: it may use core, never an element or its styles.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: '^src/(styles|helpline-card|help-panel|law-explainer|consequences-timeline)/' },
    },
    {
      name: 'elements-stand-alone',
      comment: 'An element imports another only where it renders it: the panel renders helpline cards.',
      severity: 'error',
      from: { path: '^src/(helpline-card|law-explainer|consequences-timeline)/' },
      to: { path: '^src/(help-panel|law-explainer|consequences-timeline)/', pathNot: '^src/$1/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The example catalogues are developer material, never in a bundle.
    exclude: { path: '\\.examples\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
