// What a release says about itself: CHANGELOG.md must have a dated section for the version being
// released, so a download never carries a number nobody wrote up.
// Why hand-written: the rule is this project's own (a dated section per version), shared by the release
//  and its check.

/** The heading of `version`'s section (`## 0.2.0 - 2026-12-03`, brackets allowed), or undefined. */
export function changelogSection(changelog, version) {
  const escaped = version.replace(/\./g, '\\.');
  return changelog.match(new RegExp(`^## \\[?${escaped}\\]?\\s+[-–]\\s+(\\d{4}-\\d{2}-\\d{2})\\s*$`, 'm'))?.[0];
}

/** Why `changelog` cannot go out as `version`, in words, or undefined when it can. */
export function changelogProblem(changelog, version) {
  if (changelogSection(changelog, version)) return undefined;
  const undated = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?\\s*$`, 'm').test(changelog);
  return undated
    ? `CHANGELOG.md's section for ${version} has no date. Write its heading as "## ${version} - YYYY-MM-DD", the day it is released.`
    : `CHANGELOG.md has no section for ${version}, the version in package.json. Add "## ${version} - YYYY-MM-DD" with what changed for the people who use the widgets (move the "Unreleased" notes under it), or set package.json's version to the one written up.`;
}
