// custom-elements.json is generated from the classes' JSDoc (the public API lives there once).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  litelement: true,
  // Never rewrite package.json's customElements field (the staleness check writes to a scratch dir).
  packagejson: false,
};
