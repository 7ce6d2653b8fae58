// custom-elements.json is generated from the classes' JSDoc (the public API lives there once).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  litelement: true,
  // Never rewrite package.json's customElements field (the staleness check writes to a scratch dir).
  packagejson: false,
  plugins: [
    {
      // The file walk's order differs between machines (a fresh clone lists folders differently),
      // so sort modules by path: the same source must give the same manifest everywhere.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
