import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGsm7, SMS_LIMIT } from '#shared/alerts/alert-text.js';
import { CATEGORIES, CHANNELS, type Urgency } from '#shared/domain/vocabulary.js';
import { submitReport } from '#shared/intake/submit-report.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { CANARY, namedReportJson } from '../../support/report-fixtures.js';
import { createTestClock, HOUR } from '../../support/test-clock.js';

const clock = createTestClock('2026-11-23T02:14:00.000Z');
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ clock });
});
afterAll(async () => {
  await runtime.stop();
});

const PERSONAL = [
  CANARY.name,
  'Sulastri',
  'Wahyuningsih',
  CANARY.phone,
  CANARY.phoneE164,
  '1234567891',
  CANARY.nik,
  CANARY.address,
  'Canary Melati',
  'Ngloram',
  'RT 03 RW 02',
  'balai desa',
  'kemarin malam',
  'kanari-unik-8841',
  'dipukuli',
  'sabuk',
  'ayah tiri',
  'tetangga',
];

/** Answers that lead triage to each urgency: danger now, a child victim, or a calm adult consultation. */
const SITUATIONS = [
  { immediateDanger: 'ya', victim: { ageGroup: 'dewasa', gender: 'perempuan', relationToReporter: 'tetangga' } },
  { immediateDanger: 'tidak', victim: { ageGroup: 'anak_6_12', gender: 'perempuan', relationToReporter: 'tetangga' } },
  {
    immediateDanger: 'tidak',
    victim: { ageGroup: 'dewasa', gender: 'perempuan', relationToReporter: 'tetangga' },
    narrative: 'Saya ingin bertanya prosedurnya. Kata-kata-kanari-unik-8841, RT 03 RW 02 dekat balai desa.',
  },
] as const;

describe('alert SMS privacy', () => {
  it('keeps every SMS within 160 GSM-7 characters and free of personal data for every category, urgency, channel and event', async () => {
    // Prepare
    const blora = (await runtime.deps.tenants.find('blora')) as Tenant;
    const urgencies = new Set<Urgency>();
    let n = 0;
    for (const category of CATEGORIES)
      for (const channel of CHANNELS)
        for (const situation of SITUATIONS) {
          const receipt = await submitReport(runtime.deps, blora, {
            ...namedReportJson({ category, ...situation }),
            channel,
            channelRef: `privacy-${n++}`,
          });
          urgencies.add(receipt.urgency);
        }

    // Act
    clock.advance(24 * HOUR);
    await runtime.escalateOverdueCases();
    clock.advance(24 * HOUR);
    await runtime.escalateOverdueCases();

    // Assess
    const sms = runtime.printed.filter((line) => line.startsWith('[alert → ')).map((line) => line.replace(/^\[[^\]]+\] /, ''));
    expect([...urgencies].sort()).toEqual(['DARURAT', 'NORMAL', 'TINGGI']);
    expect(sms).toHaveLength(n * 3);
    for (const text of sms) {
      expect(text.length).toBeLessThanOrEqual(SMS_LIMIT);
      expect(isGsm7(text)).toBe(true);
      for (const secret of PERSONAL) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // About 120 reports and their escalations: a few seconds alone, much longer on a loaded CI machine.
  }, 120_000);
});
