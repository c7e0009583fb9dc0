import { describe, expect, it } from 'vitest';
import { formatAlertSms, isGsm7, SMS_LIMIT } from '#shared/alerts/alert-text.js';
import { CATEGORIES, CHANNELS, SERVICES, URGENCIES } from '#shared/domain/vocabulary.js';
import type { AlertEvent, CaseAlert } from '#shared/intake/ports.js';

const EVENTS: readonly AlertEvent[] = ['received', 'overdue', 'overdueSupervisor'];

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

  it('says DARURAT, asks for immediate follow-up and gives its hour\'s deadline when the case is an emergency', () => {
    // Act: reported 09:14 WIB, due within the hour.
    const text = formatAlertSms(alert({ urgency: 'DARURAT', dueAt: '2026-11-23T03:14:00.000Z' }), 'Asia/Jakarta');

    // Assess
    expect(text).toBe(
      'Lapor Aman BLR-2026-00042: kekerasan seksual, DARURAT, via WhatsApp, Kec. Cepu. Tindak lanjuti SEGERA, batas 23 Nov 10:14 WIB.',
    );
  });

  it('names the missed deadline when the case is still not assessed at its due time', () => {
    // Act
    const text = formatAlertSms(alert({ event: 'overdue' }), 'Asia/Jakarta');

    // Assess
    expect(text).toBe(
      'Lapor Aman BLR-2026-00042 BELUM DIASESMEN, batas 24 Nov 09:14 WIB lewat. kekerasan seksual, TINGGI, Kec. Cepu. Mohon segera diasesmen.',
    );
  });

  it('marks the supervisors\' message as an escalation when the case is still not assessed at twice its SLA', () => {
    // Act
    const text = formatAlertSms(alert({ event: 'overdueSupervisor', urgency: 'DARURAT' }), 'Asia/Jakarta');

    // Assess
    expect(text).toBe(
      'Lapor Aman ESKALASI BLR-2026-00042: BELUM DIASESMEN, batas 24 Nov 09:14 WIB lewat. kekerasan seksual, DARURAT, Kec. Cepu. Mohon ditangani.',
    );
  });

  it('fits one GSM-7 SMS without cutting for every event, category, urgency, service and channel', () => {
    for (const event of EVENTS)
      for (const category of CATEGORIES)
        for (const urgency of URGENCIES)
          for (const channel of CHANNELS)
            for (const service of SERVICES) {
              // Act
              const text = formatAlertSms(
                alert({
                  event,
                  category,
                  urgency,
                  channel,
                  service,
                  reference: 'BLR-2026-123456',
                  kecamatan: 'Simpang Pematang',
                }),
                'Asia/Makassar',
              );

              // Assess
              expect(text.length).toBeLessThanOrEqual(SMS_LIMIT);
              expect(isGsm7(text)).toBe(true);
              // Whole sentences: the text ends with its own full stop, not the cut-off one.
              expect(text).toMatch(/(SEGERA|WITA|diasesmen|ditangani)\.$/);
            }
  });
});
