/**
 * The staff console in the bench: its built client's size (the script the page inlines, raw and gzip)
 * and the console page's first paint in chromium (Performance API `first-paint` and
 * `first-contentful-paint`), median of a few page loads from the local runtime after one warm-up, each in a
 * fresh context (no cache).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildConsoleClient } from '#shared/channels/staff-console/console-client-build.js';
import { launchChromium } from '../test/support/browser.js';
import { startTestRuntime } from '../test/support/local-runtime.js';
import { median } from './stats.js';

export interface ConsoleClientCosts {
  readonly scriptBytes: number;
  readonly scriptGzipBytes: number;
  /** The whole `GET /staff` page (style, config and the inlined script). */
  readonly pageBytes: number;
  readonly loads: number;
  readonly firstPaintMs: number;
  readonly firstContentfulPaintMs: number;
}

export async function measureConsoleClient(loads: number): Promise<ConsoleClientCosts> {
  const script = buildConsoleClient().script;
  const runtime = await startTestRuntime();
  const browser = await launchChromium();
  try {
    const pageBytes = Buffer.byteLength(await (await fetch(`${runtime.url}/staff`)).text());
    // One load first, not counted: chromium's first renderer and the page's first render are start-up costs.
    await paintTimes(browser, `${runtime.url}/staff`);
    const paints: { firstPaint: number; firstContentfulPaint: number }[] = [];
    for (let i = 0; i < loads; i++) paints.push(await paintTimes(browser, `${runtime.url}/staff`));
    return {
      scriptBytes: Buffer.byteLength(script),
      scriptGzipBytes: gzipSync(script).length,
      pageBytes,
      loads,
      firstPaintMs: median(paints.map((p) => p.firstPaint)),
      firstContentfulPaintMs: median(paints.map((p) => p.firstContentfulPaint)),
    };
  } finally {
    await browser.close();
    await runtime.stop();
  }
}

/** The page's Performance API (these functions run in chromium; Node's types know only Node's entry types). */
interface BrowserPerformance {
  getEntriesByType(type: 'paint'): readonly { readonly name: string; readonly startTime: number }[];
}

/** One load in a fresh context (no cache), phone-sized: the paint entries' start times since navigation. */
async function paintTimes(browser: Browser, url: string): Promise<{ firstPaint: number; firstContentfulPaint: number }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (performance as unknown as BrowserPerformance).getEntriesByType('paint').length >= 2);
    const entries = await page.evaluate(() =>
      (performance as unknown as BrowserPerformance).getEntriesByType('paint').map(({ name, startTime }) => ({ name, startTime })),
    );
    const at = (name: string) => entries.find((entry) => entry.name === name)?.startTime ?? Number.NaN;
    return { firstPaint: at('first-paint'), firstContentfulPaint: at('first-contentful-paint') };
  } finally {
    await context.close();
  }
}
