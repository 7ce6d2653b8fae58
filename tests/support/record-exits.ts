import { quickExit } from '../../src/help-panel/quick-exit.js';

/**
 * Call inside a `describe`: each test's quick exit is written to the returned list instead of taking
 * the test page away, and after each test the page is put back (cover removed, count reset) and the
 * real navigation restored. The list is emptied before each test.
 */
export function recordExits(): string[] {
  const went: string[] = [];
  const realNavigate = quickExit.navigate;
  beforeEach(() => {
    went.length = 0;
    quickExit.navigate = (url) => went.push(url);
  });
  afterEach(() => {
    quickExit.reset();
    quickExit.navigate = realNavigate;
  });
  return went;
}
