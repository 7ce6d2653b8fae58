// The suite runs Lit's development build, for its warnings about real mistakes (a binding in the
// wrong place, an update after update). Its one notice that it *is* the development build says
// nothing a person running the tests needs, once per test file: this marks it as already given, with
// Lit's own switch (globalThis.litIssuedWarnings), so every other dev-mode warning still shows.
const QUIET = "<script>(globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');</script>";

/** `testRunnerHtml` with the switch set first, before any module loads Lit. */
export const quietDevMode = (testRunnerHtml) => (testFramework) => testRunnerHtml(testFramework).replace('<body>', `<body>\n    ${QUIET}`);
