/**
 * axe-core in a real chromium page: WCAG 2.0 and 2.1, levels A and AA. Our CSP blocks injected scripts, so
 * pages to check are opened in a context made with `axeContext` (`bypassCSP: true`); the CSP itself is
 * checked elsewhere (unit tests and the CSP-violation watchers), never through this context.
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rule sets the issue asks for: WCAG 2.1 A and AA, with the 2.0 rules they build on. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** A small phone: what most reporters hold. */
export const PHONE_VIEWPORT = { width: 360, height: 740 } as const;

/** A browser context axe can run in, on a 360 × 740 phone unless told otherwise. */
export function axeContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: PHONE_VIEWPORT, ...options, bypassCSP: true });
}

/** One violated rule, with where it was found: readable in a failed assertion. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe on the page as it is now and returns every WCAG 2.1 A/AA violation (empty when it passes). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: AxeRunner }).axe;
    // No context: the whole document.
    const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  }, [...WCAG_21_AA_TAGS]);
}

/** The part of axe's API the helper calls (axe-core's own types describe the rest). */
interface AxeRunner {
  run(options: { runOnly: { type: 'tag'; values: string[] } }): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] }>;
}
