import { describe, expect, it } from 'vitest';
import { axeContext, axeViolations } from '../support/axe.js';
import { useRuntimeAndBrowser } from '../support/browser.js';
import { EVIDENCE, reportWithEvidence } from '../support/case-evidence.js';
import { signInToConsole, watchConsolePage } from '../support/staff/console-browser.js';

const local = useRuntimeAndBrowser();

/** The part of an `<audio>` element the test reads (the test files are typed without the DOM library). */
interface AudioElement {
  readyState: number;
  duration: number;
  muted: boolean;
  paused: boolean;
  play(): Promise<void>;
}

const VIEWPORTS = [
  ['a phone', { width: 360, height: 740 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const;

describe("a case's evidence in the staff console", () => {
  it.each(VIEWPORTS)('lets a responder on %s see the photo, play the voice note and save the document', async (_name, viewport) => {
    // Prepare
    const { reference } = await reportWithEvidence(local.runtime);
    const context = await local.browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchConsolePage(page, local.runtime.url);
    await signInToConsole(page, local.runtime.url, /Petugas jaga Blora/);
    await page.getByRole('link', { name: reference }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(reference);
    const evidence = page.getByTestId('evidence');
    await expect.poll(() => evidence.getByRole('listitem').count()).toBe(3);

    // Act
    await evidence.getByRole('button', { name: /Tampilkan foto/ }).click();
    await evidence.getByRole('button', { name: /Putar audio/ }).click();
    const image = page.getByTestId('evidence-image');
    const audio = page.getByTestId('evidence-audio');
    await expect.poll(() => image.evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth)).toBe(48);
    await expect.poll(() => audio.evaluate((a: AudioElement) => a.readyState)).toBeGreaterThanOrEqual(1);
    const played = await audio.evaluate(async (a: AudioElement) => {
      a.muted = true;
      await a.play();
      return { duration: a.duration, paused: a.paused };
    });
    const downloading = page.waitForEvent('download');
    await evidence.getByRole('button', { name: /Unduh berkas/ }).click();
    await evidence.getByRole('link', { name: /^Simpan / }).click();
    const download = await downloading;
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);

    // Assess
    expect(played.duration).toBeCloseTo(0.4, 1);
    expect(played.paused).toBe(false);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(Buffer.concat(chunks).equals(EVIDENCE.document.bytes)).toBe(true);
    const audited = (await local.runtime.scanAll()).filter((item) => item.type === 'MediaAudit' && item.reference === reference);
    expect(audited).toHaveLength(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leaves axe nothing to report on a case page with files opened', async () => {
    // Prepare
    const { reference } = await reportWithEvidence(local.runtime);
    const context = await axeContext(local.browser);
    const page = await context.newPage();
    await signInToConsole(page, local.runtime.url, /Petugas jaga Blora/);
    await page.getByRole('link', { name: reference }).click();
    const evidence = page.getByTestId('evidence');
    await expect.poll(() => evidence.getByRole('listitem').count()).toBe(3);
    await evidence.getByRole('button', { name: /Tampilkan foto/ }).click();
    await evidence.getByRole('button', { name: /Putar audio/ }).click();
    await expect.poll(() => page.getByTestId('evidence-audio').count()).toBe(1);

    // Act
    const violations = await axeViolations(page);

    // Assess
    expect(violations).toEqual([]);
    await context.close();
  });
});
