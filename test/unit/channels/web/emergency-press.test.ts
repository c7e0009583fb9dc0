import { describe, expect, it } from 'vitest';
import { PRESS_NARRATIVE, parseEmergencyPress, pressValues } from '#shared/channels/web/emergency-press.js';
import { triageReport } from '#shared/domain/triage.js';
import { ReportSubmission } from '#shared/intake/report-submission.js';

const press = (fields: Record<string, string> = {}) => new URLSearchParams({ submissionId: '01JPRESS', lang: 'id', ...fields });

describe('parseEmergencyPress', () => {
  it('files an anonymous DARURAT report with nothing but the press when nothing was added', () => {
    // Act
    const { submission, notice } = parseEmergencyPress(press());
    const parsed = ReportSubmission.parse(submission);

    // Assess
    expect(notice).toBeUndefined();
    expect(parsed).toMatchObject({
      channel: 'web',
      channelRef: 'press:01JPRESS',
      service: 'pengaduan_kekerasan',
      narrative: PRESS_NARRATIVE,
      immediateDanger: 'ya',
      reporter: { anonymous: true },
      consent: { dataProcessing: true, contactBack: false },
      location: {},
    });
    expect(triageReport({ ...parsed, victimAgeGroup: parsed.victim.ageGroup }).urgency).toBe('DARURAT');
  });

  it('keeps a typed number as the way to call back when it is an Indonesian mobile number', () => {
    // Act
    const { submission, notice } = parseEmergencyPress(press({ phone: '0812 3456 7890', kecamatan: 'Cepu', lang: 'en' }));
    const parsed = ReportSubmission.parse(submission);

    // Assess
    expect(notice).toBeUndefined();
    expect(parsed.reporter).toEqual({ anonymous: false, phone: '+6281234567890' });
    expect(parsed.consent.contactBack).toBe(true);
    expect(parsed.location.kecamatan).toBe('Cepu');
    expect(parsed.language).toBe('en');
  });

  it('still files, without the number and with a notice, when the typed number cannot be read', () => {
    // Act
    const { submission, notice } = parseEmergencyPress(press({ phone: '12345' }));

    // Assess
    expect(ReportSubmission.parse(submission).reporter).toEqual({ anonymous: true });
    expect(notice?.id).toContain('tidak dapat menelepon');
  });

  it('writes a shared location into the sealed place detail when the phone gave one', () => {
    // Act
    const { submission } = parseEmergencyPress(press({ latitude: '-6.97', longitude: '111.418', accuracy: '24.6' }));

    // Assess
    expect(ReportSubmission.parse(submission).location.detail).toBe('Lokasi dari ponsel pelapor: -6.970000, 111.418000 (±25 m)');
  });

  it.each([
    ['a latitude off the globe', { latitude: '91', longitude: '111' }],
    ['text', { latitude: 'here', longitude: 'there' }],
    ['half a position', { latitude: '-6.97' }],
  ])('leaves the location out rather than refuse the press when given %s', (_what, fields) => {
    // Act
    const { submission } = parseEmergencyPress(press(fields));

    // Assess
    expect(ReportSubmission.parse(submission).location.detail).toBeUndefined();
  });
});

describe('pressValues', () => {
  it('keeps only the fields of the page, to fill it again after a refusal', () => {
    // Act
    const values = pressValues(press({ phone: '0812', kecamatan: 'Cepu', latitude: '1', narrative: 'x' }));

    // Assess
    expect(values).toEqual({ phone: '0812', kecamatan: 'Cepu', latitude: '1' });
  });
});
