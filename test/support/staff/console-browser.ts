/** Driving the staff console in chromium: signing in through the local dev login, watching the page. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What a console page must never do: script errors, CSP and Trusted Types violations (console errors), or a
 * request to any other origin. Returns the list it fills.
 */
export function watchConsolePage(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('blob:')) problems.push(`request to ${request.url()}`);
  });
  return problems;
}

/** Signs in as the dev-login user whose button matches `who` and waits for the case list. */
export async function signInToConsole(page: Page, origin: string, who: RegExp): Promise<void> {
  await page.goto(`${origin}/staff`);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: who }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kasus');
}
