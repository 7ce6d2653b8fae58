// `npm test`: a release means something. CHANGELOG.md has a dated section for package.json's version,
// and `npm run release` refuses to build without one: tried here in a scratch folder whose CHANGELOG
// lacks it, where the release must stop with a message naming the version and build nothing.
// Why a script: no release tool knows this project's rule (a dated CHANGELOG section per version) or
//  tries a refused release.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { changelogProblem } from './lib/changelog.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const unwritten = changelogProblem(readFileSync('CHANGELOG.md', 'utf8'), version);
if (unwritten) problems.push(unwritten);

const scratch = mkdtempSync(join(tmpdir(), 'ypsi-release-check-'));
try {
  cpSync('package.json', join(scratch, 'package.json'));
  writeFileSync(join(scratch, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n- Something new.\n');
  let refused;
  try {
    execFileSync(process.execPath, [resolve('scripts/release.mjs'), '--no-build'], { cwd: scratch, stdio: 'pipe' });
  } catch (error) {
    refused = { code: error.status, stderr: String(error.stderr) };
  }
  if (!refused) problems.push('npm run release built a release whose CHANGELOG has no section for its version');
  else if (!refused.stderr.includes(`no section for ${version}`)) problems.push(`npm run release stopped, but did not say why: ${refused.stderr.trim()}`);
  if (existsSync(join(scratch, 'release'))) problems.push('npm run release wrote release/ before refusing');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`release ${version}: CHANGELOG section dated, and a release without one is refused`);
