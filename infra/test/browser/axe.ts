// axe-core's WCAG 2.2 AA rules against the page a journey is looking at: the run calls it on every
// screenshot it takes, so every page state a journey visits is checked, in the state it was shot in.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules a page must pass, none left out. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

let source: Promise<string> | undefined;
const axeSource = () => (source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * The WCAG A/AA violations on `page` now. axe is evaluated through the DevTools protocol (a page's
 * content security policy cannot refuse it) into the page's own window; a navigation that replaces
 * the document while it runs is retried once on the new document.
 */
export async function wcagViolations(page: Page): Promise<AxeViolation[]> {
  const script = await axeSource();
  const options: RunOptions = { runOnly: { type: 'tag', values: [...WCAG_TAGS] }, resultTypes: ['violations'] };
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.waitForLoadState('load');
      await page.evaluate(script);
      return await page.evaluate(async (runOptions) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } })
          .axe;
        const results = await axe.run(document, runOptions);
        return results.violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact ?? 'unknown',
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        }));
      }, options);
    } catch (error) {
      const replaced = /context was destroyed|navigation|Target closed/i.test((error as Error).message);
      if (attempt >= 2 || !replaced) throw error;
    }
  }
}

/** One line per violation: the rule, what it asks, where (at most five targets) and the page state. */
export function describeViolations(state: string, url: string, violations: AxeViolation[]): string[] {
  return violations.map((violation) => {
    const targets = violation.targets.slice(0, 5).join(' | ');
    const more = violation.targets.length > 5 ? ` (+${violation.targets.length - 5} more)` : '';
    return `${violation.rule} (${violation.impact}: ${violation.help}) at ${targets}${more} — ${state} ${url}`;
  });
}
