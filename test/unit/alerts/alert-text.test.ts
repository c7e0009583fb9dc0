import { describe, expect, it } from 'vitest';
import { formatAlertSms, isGsm7, SMS_LIMIT } from '#shared/alerts/alert-text.js';
import { CATEGORIES, CHANNELS, SERVICES, URGENCIES } from '#shared/domain/vocabulary.js';
import type { CaseAlert } from '#shared/intake/ports.js';

const alert = (overrides: Partial<CaseAlert> = {}): CaseAlert => ({
  tenantId: 'blora',
  caseId: '01JABCDEF',
  event: 'received',
  reference: 'BLR-2026-00042',
  channel: 'whatsapp',
  service: 'pengaduan_kekerasan',
  category: 'kekerasan_seksual',
  urgency: 'TINGGI',
  kecamatan: 'Cepu',
  dueAt: '2026-11-24T02:14:00.000Z',
  dedupeId: 'blora:01JABCDEF:received',
  ...overrides,
});

describe('formatAlertSms', () => {
  it('reads like the office expects when a case arrives', () => {
    // Act
    const text = formatAlertSms(alert(), 'Asia/Jakarta');

    // Assess
    expect(text).toBe(
      'Lapor Aman BLR-2026-00042: kekerasan seksual, TINGGI, via WhatsApp, Kec. Cepu. Asesmen paling lambat 24 Nov 09:14 WIB.',
    );
  });

  it('fits one GSM-7 SMS for every category, urgency, service and channel', () => {
    for (const category of CATEGORIES)
      for (const urgency of URGENCIES)
        for (const channel of CHANNELS)
          for (const service of SERVICES) {
            // Act
            const text = formatAlertSms(
              alert({ category, urgency, channel, service, reference: 'BLR-2026-123456', kecamatan: 'Simpang Pematang' }),
              'Asia/Jakarta',
            );

            // Assess
            expect(text.length).toBeLessThanOrEqual(SMS_LIMIT);
            expect(isGsm7(text)).toBe(true);
          }
  });
});
