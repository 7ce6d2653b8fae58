// Fails when the committed custom-elements.json no longer matches the classes' JSDoc, so the API that
// Storybook, IDEs and the README describe is always the one that ships. Fix: npm run analyze.
// Why a script: the analyzer has no --check mode; this runs it into a scratch folder and compares.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer joins --outdir to the working directory, so the scratch copy lives in .cache/.
const outdir = '.cache/cem-check';
try {
  execFileSync('npx', ['cem', 'analyze', '--quiet', '--outdir', outdir], { stdio: 'inherit' });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
