/** vitest global setup for browser tests: install Debian's chromium when we can, fail loudly when we cannot. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export default function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const script = fileURLToPath(new URL('./install-chromium.sh', import.meta.url));
  try {
    execFileSync('bash', [script], { stdio: 'inherit' });
  } catch {
    throw new Error(
      'Browser tests need Debian chromium. Install it with: sudo apt-get update && sudo apt-get install -y chromium',
    );
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium installed but not at ${CHROMIUM_PATH}`);
}
