import { describe, expect, it } from 'vitest';
import { reporterRoleFor } from '#shared/intake/reporter-role.js';
import { ReportSubmission } from '#shared/intake/report-submission.js';

const submission = (overrides: Record<string, unknown>) => ({
  channel: 'web',
  channelRef: 'sub-1',
  service: 'pengaduan_kekerasan',
  narrative: 'Anak tetangga sering dipukul.',
  victim: {},
  reporter: { anonymous: true },
  consent: { dataProcessing: true },
  ...overrides,
});
const issuePaths = (input: unknown) =>
  ReportSubmission.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('reporterRoleFor', () => {
  it.each([
    ['diri_sendiri', 'victim'],
    ['anak', 'family'],
    ['keluarga', 'family'],
    ['tetangga', 'witness'],
    ['murid', 'witness'],
    ['teman', 'witness'],
    ['lainnya', 'witness'],
  ] as const)('infers %s -> %s when a channel asked only for the relation', (relation, role) => {
    // Assess
    expect(reporterRoleFor(relation)).toBe(role);
  });
});

describe('ReportSubmission reporter roles', () => {
  it('refuses the staff role when the report did not come through staff at the desk', () => {
    // Assess
    expect(issuePaths(submission({ reporterRole: 'staff' }))).toEqual(['reporterRole']);
    expect(issuePaths(submission({ channel: 'walk-in', reporterRole: 'staff' }))).toEqual([]);
  });

  it('asks a volunteer on the web form for a contact, but never refuses a call for it', () => {
    // Assess
    expect(issuePaths(submission({ reporterRole: 'volunteer' }))).toEqual(['reporter.anonymous']);
    expect(issuePaths(submission({ channel: 'call-center', reporterRole: 'volunteer' }))).toEqual([]);
  });

  it('asks a named volunteer on the web form to allow contact, since staff reach the victim through them', () => {
    // Prepare
    const named = { reporterRole: 'volunteer', reporter: { anonymous: false, phone: '0812 3456 7890' } };

    // Assess
    expect(issuePaths(submission(named))).toEqual(['consent.contactBack']);
    expect(issuePaths(submission({ ...named, consent: { dataProcessing: true, contactBack: true } }))).toEqual([]);
    expect(issuePaths(submission({ ...named, channel: 'call-center' }))).toEqual([]);
  });

  it("refuses volunteer details from someone who is not a volunteer and a victim's contact from the victim", () => {
    // Assess
    expect(issuePaths(submission({ reporterRole: 'witness', volunteer: { organisation: 'sapa' } }))).toEqual(['volunteer']);
    expect(issuePaths(submission({ reporterRole: 'victim', victimContact: { phone: '0812 3456 7890' } }))).toEqual(['victimContact']);
  });

  it("refuses an empty victim's contact and normalises its phone number", () => {
    // Act
    const empty = issuePaths(submission({ victimContact: { name: ' ' } }));
    const parsed = ReportSubmission.parse(submission({ victimContact: { phone: '0812-3456-7890' } }));

    // Assess
    expect(empty).toEqual(['victimContact.phone']);
    expect(parsed.victimContact).toEqual({ phone: '+6281234567890' });
  });
});
