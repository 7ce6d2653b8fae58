/**
 * axe-core with the WCAG 2.2 A and AA rules, called directly. chai-a11y-axe (`to.be.accessible()`)
 * passes only `ignoredRules` to axe, so it always runs every rule including best practices and cannot
 * be limited to WCAG tags; calling axe ourselves also lets one run cover many examples at once.
 * axe follows open shadow roots, nested widgets included.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;

/** axe 4.14 has no wcag22a tag: WCAG 2.2 added one A criterion that axe cannot test (3.2.6). */
export const WCAG22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG rules whose result can change with the theme: colours, and target size (forced colours
 * can change borders). The rest (names, roles, ARIA, structure) read the same markup in every theme.
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

const options = (rules?: string[]): RunOptions => ({
  runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG22_AA_TAGS },
  resultTypes: ['violations'],
  elementRef: true,
});

/** One failing node of one rule, with the element it points at. */
export interface Violation {
  rule: Result;
  node: NodeResult & { element?: Element };
}

/** Every WCAG 2.2 A/AA violation inside `context`, or only those of the given rules. */
export async function wcagViolations(context: Element, rules?: string[]): Promise<Violation[]> {
  const results: AxeResults = await axe.run(context, options(rules));
  return results.violations.flatMap((rule) => rule.nodes.map((node) => ({ rule, node })));
}

/** A violation as a web developer would want to read it in the test output. */
export function describeViolation({ rule, node }: Violation): string {
  return [
    `${rule.id} (${rule.impact}): ${rule.help}`,
    `  at ${JSON.stringify(node.target)}`,
    `  ${node.html}`,
    `  ${(node.failureSummary ?? '').replace(/\n/g, '\n  ')}`,
  ].join('\n');
}
