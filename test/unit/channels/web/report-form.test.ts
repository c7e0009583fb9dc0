import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM_FIELD_FOR_PATH, formValues, parseReportForm, REPORT_FORM_FIELDS } from '../../../../shared/channels/web/report-form.js';
import { ReportSubmission } from '../../../../shared/intake/report-submission.js';

/** What a browser posts when a named reporter fills in every field. */
const fullForm = () =>
  new URLSearchParams({
    submissionId: '01JFORMSUBMISSION0000000001',
    lang: 'id',
    service: 'pengaduan_kekerasan',
    category: 'kdrt',
    narrative: 'Tetangga saya dipukul suaminya tadi malam.',
    kecamatan: 'Cepu',
    locationDetail: 'Desa Ngloram',
    occurredDate: '2026-11-20',
    occurredDescription: 'kemarin malam',
    victimAgeGroup: 'dewasa',
    victimGender: 'perempuan',
    relationToReporter: 'tetangga',
    immediateDanger: 'tidak',
    victimName: 'Wati',
    victimPhone: '0857 1111 2222',
    victimAddress: 'Dusun Krajan',
    reporterRole: 'witness',
    // Without JavaScript the volunteer's fields are on every form; only a volunteer's answers count.
    volunteerOrganisation: 'patbm',
    volunteerVillage: 'Ngloram',
    anonymous: 'tidak',
    reporterName: 'Siti',
    reporterPhone: '0812 3456 7890',
    reporterNik: '3316010101900001',
    reporterAddress: 'Jl. Pemuda 1, Cepu',
    consent: 'ya',
    contactBack: 'ya',
  });

describe('parseReportForm', () => {
  it('maps a full form to a submission the schema accepts', () => {
    // Act
    const parsed = ReportSubmission.safeParse(parseReportForm(fullForm()));

    // Assess
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({
      channel: 'web',
      channelRef: '01JFORMSUBMISSION0000000001',
      language: 'id',
      service: 'pengaduan_kekerasan',
      category: 'kdrt',
      narrative: 'Tetangga saya dipukul suaminya tadi malam.',
      location: { kecamatan: 'Cepu', detail: 'Desa Ngloram' },
      occurred: { date: '2026-11-20', description: 'kemarin malam' },
      victim: { ageGroup: 'dewasa', gender: 'perempuan', relationToReporter: 'tetangga' },
      immediateDanger: 'tidak',
      reporter: {
        anonymous: false,
        name: 'Siti',
        phone: '+6281234567890',
        nik: '3316010101900001',
        address: 'Jl. Pemuda 1, Cepu',
      },
      reporterRole: 'witness',
      victimContact: { name: 'Wati', phone: '+6285711112222', address: 'Dusun Krajan' },
      consent: { dataProcessing: true, contactBack: true },
    });
  });

  it('drops every identity field when the reporter chose anonymous', () => {
    // Prepare
    const fields = fullForm();
    fields.set('anonymous', 'ya');

    // Act
    const submission = parseReportForm(fields);

    // Assess
    expect(submission.reporter).toEqual({ anonymous: true });
    expect(JSON.stringify(submission)).not.toMatch(/Siti|0812|3316010101900001|Pemuda/);
    expect(ReportSubmission.safeParse(submission).success).toBe(true);
  });

  it('treats the reporter as anonymous when the choice is missing', () => {
    // Prepare
    const fields = fullForm();
    fields.delete('anonymous');

    // Act
    const submission = parseReportForm(fields);

    // Assess
    expect(submission.reporter).toEqual({ anonymous: true });
  });

  it('fails validation on consent.dataProcessing when consent is not ticked', () => {
    // Prepare
    const fields = fullForm();
    fields.delete('consent');

    // Act
    const parsed = ReportSubmission.safeParse(parseReportForm(fields));

    // Assess
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['consent.dataProcessing']);
    expect(parsed.error?.issues[0]?.message).toBe('persetujuan diperlukan agar laporan dapat diproses');
  });

  it('leaves blank optional answers to the schema defaults when only the required fields are sent', () => {
    // Prepare
    const fields = new URLSearchParams({
      submissionId: 'sub-1',
      lang: 'en',
      service: 'konsultasi',
      narrative: 'Saya butuh bantuan.',
      category: '',
      kecamatan: ' ',
      occurredDate: '',
      victimAgeGroup: '',
      reporterPhone: '',
      anonymous: 'tidak',
      reporterName: 'Ani',
      consent: 'ya',
    });

    // Act
    const parsed = ReportSubmission.safeParse(parseReportForm(fields));

    // Assess
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      language: 'en',
      category: undefined,
      location: { kecamatan: undefined },
      victim: { ageGroup: 'tidak_tahu', gender: 'tidak_tahu', relationToReporter: 'lainnya' },
      immediateDanger: 'tidak_tahu',
      reporter: { anonymous: false, name: 'Ani', phone: undefined },
      consent: { dataProcessing: true, contactBack: false },
    });
  });

  it('takes the first value when a field is repeated', () => {
    // Prepare
    const fields = fullForm();
    fields.append('service', 'konseling');
    fields.append('anonymous', 'ya');

    // Act
    const submission = parseReportForm(fields);

    // Assess
    expect(submission.service).toBe('pengaduan_kekerasan');
    expect(submission.reporter.anonymous).toBe(false);
  });

  it('never throws when the posted fields are hostile', () => {
    // Prepare
    const names = fc.constantFrom(...REPORT_FORM_FIELDS, 'submissionId', 'lang', '__proto__', 'constructor');
    const entries = fc.array(fc.tuple(fc.oneof(names, fc.string()), fc.string({ maxLength: 300 })), { maxLength: 40 });

    // Act / Assess
    fc.assert(
      fc.property(entries, (pairs) => {
        const submission = parseReportForm(new URLSearchParams(pairs));
        ReportSubmission.safeParse(submission);
        formValues(new URLSearchParams(pairs));
      }),
    );
  });

  it('maps every issue path of a wholly wrong form to a form field', () => {
    // Prepare
    const fields = new URLSearchParams({
      submissionId: 'sub-1',
      service: 'x',
      category: 'x',
      narrative: ' ',
      locationDetail: 'x'.repeat(501),
      occurredDate: 'kemarin',
      occurredDescription: 'x'.repeat(201),
      victimAgeGroup: 'x',
      victimGender: 'x',
      relationToReporter: 'x',
      immediateDanger: 'x',
      anonymous: 'tidak',
      reporterName: 'x'.repeat(121),
      reporterPhone: '123',
      reporterNik: '12',
      reporterAddress: 'x'.repeat(501),
    });

    // Act
    const parsed = ReportSubmission.safeParse(parseReportForm(fields));
    const paths = parsed.error?.issues.map((i) => i.path.join('.')) ?? [];

    // Assess
    expect(paths.length).toBeGreaterThanOrEqual(14);
    for (const path of paths) expect(FORM_FIELD_FOR_PATH, path).toHaveProperty([path]);
  });
});

describe('FORM_FIELD_FOR_PATH', () => {
  it('points only at fields the form has', () => {
    // Assess
    for (const field of Object.values(FORM_FIELD_FOR_PATH)) expect(REPORT_FORM_FIELDS).toContain(field);
  });
});

describe('formValues', () => {
  it('keeps the first value of each form field and nothing else when re-filling the form', () => {
    // Prepare
    const fields = fullForm();
    fields.append('reporterName', 'Budi');
    fields.append('injected', 'x');

    // Act
    const values = formValues(fields);

    // Assess
    expect(values.reporterName).toBe('Siti');
    expect(values).not.toHaveProperty('injected');
    expect(values).not.toHaveProperty('submissionId');
    expect(Object.keys(values).sort()).toEqual([...REPORT_FORM_FIELDS].sort());
  });
});
