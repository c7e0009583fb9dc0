import { describe, expect, it } from 'vitest';
import { type WalkInAnswers, walkInBody } from '#shared/channels/staff-console/client/walk-in-body.js';
import { WalkInRequest } from '#shared/staff/enter-walk-in-report.js';
import { ReportSubmission } from '#shared/intake/report-submission.js';

const answers: WalkInAnswers = {
  reporterRole: 'family',
  service: 'pengaduan_kekerasan',
  immediateDanger: 'tidak_tahu',
  narrative: 'Ibu datang melapor: anaknya sering dipukul ayah tirinya.',
  kecamatan: 'Cepu',
  ageGroup: 'anak_6_12',
  gender: 'perempuan',
  relationToReporter: 'anak',
  locationDetail: '  ',
  occurred: ' tadi malam ',
  reporterName: '',
  reporterPhone: '',
  victimPhone: '',
  victimAddress: '',
  contactBack: false,
};

/** What the API does with the body: the walk-in request, then the one submission contract. */
const acceptedByApi = (body: unknown) =>
  WalkInRequest.safeParse(body).success && ReportSubmission.safeParse({ ...(body as object), channel: 'walk-in', channelRef: 'x' }).success;

describe('walkInBody', () => {
  it('keeps a reporter who gave neither name nor number anonymous, and leaves blank answers out', () => {
    // Act
    const body = walkInBody(answers, 'desk-form-0001');

    // Assess
    expect(body).toMatchObject({
      submissionId: 'desk-form-0001',
      reporter: { anonymous: true },
      location: { kecamatan: 'Cepu', detail: undefined },
      occurred: { description: 'tadi malam' },
      consent: { dataProcessing: true, contactBack: false },
    });
    expect(body.victimContact).toBeUndefined();
    expect(acceptedByApi(body)).toBe(true);
  });

  it('names the reporter who gave a number, and sends the victim\'s contact only when some was given', () => {
    // Act
    const body = walkInBody({ ...answers, reporterPhone: ' 0813 5555 1212 ', victimAddress: 'Dukuh Krajan RT 2' }, 'desk-form-0002');

    // Assess
    expect(body.reporter).toEqual({ anonymous: false, name: undefined, phone: '0813 5555 1212' });
    expect(body.victimContact).toEqual({ phone: undefined, address: 'Dukuh Krajan RT 2' });
    expect(acceptedByApi(body)).toBe(true);
  });
});
