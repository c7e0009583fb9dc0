/** Playwright driving Debian's chromium, with the flags this offline machine needs. */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { LocalRuntimeOptions } from '#local/runtime.js';
import { startTestRuntime, type TestRuntime } from './local-runtime.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The local runtime and a chromium for one test file: started before its tests, stopped after them. */
export function useRuntimeAndBrowser(
  options: Partial<LocalRuntimeOptions> = {},
): { readonly runtime: TestRuntime; readonly browser: Browser } {
  const started = {} as { runtime: TestRuntime; browser: Browser };
  beforeAll(async () => {
    started.runtime = await startTestRuntime(options);
    started.browser = await launchChromium();
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.runtime?.stop();
  });
  return started;
}
