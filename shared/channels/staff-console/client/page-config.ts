/** The config the page put in its `console-config` JSON block (console-config.ts renders it). */
import type { ConsoleConfig } from '../console-config.js';

export function readPageConfig(): ConsoleConfig {
  const block = document.getElementById('console-config');
  if (!block?.textContent) throw new Error('the console page has no config block');
  return JSON.parse(block.textContent) as ConsoleConfig;
}
