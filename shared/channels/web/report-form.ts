/** Maps the urlencoded web report form to the one `ReportSubmission` contract; zod validates afterwards. */
import type { ReportSubmissionInput } from '../../intake/report-submission.js';

/** The form's field names: the contract between `renderReportForm` and `parseReportForm`. */
export const REPORT_FORM_FIELDS = [
  'service',
  'category',
  'narrative',
  'kecamatan',
  'locationDetail',
  'occurredDate',
  'occurredDescription',
  'victimAgeGroup',
  'victimGender',
  'relationToReporter',
  'immediateDanger',
  'victimName',
  'victimPhone',
  'victimAddress',
  'reporterRole',
  'volunteerOrganisation',
  'volunteerVillage',
  'anonymous',
  'reporterName',
  'reporterPhone',
  'reporterNik',
  'reporterAddress',
  'consent',
  'contactBack',
] as const;
export type ReportFormField = (typeof REPORT_FORM_FIELDS)[number];

/** Where a submission issue path (`reporter.phone`) is shown on the form (`reporterPhone`). */
export const FORM_FIELD_FOR_PATH: Readonly<Record<string, ReportFormField>> = {
  service: 'service',
  category: 'category',
  narrative: 'narrative',
  'location.kecamatan': 'kecamatan',
  'location.detail': 'locationDetail',
  'occurred.date': 'occurredDate',
  'occurred.description': 'occurredDescription',
  'victim.ageGroup': 'victimAgeGroup',
  'victim.gender': 'victimGender',
  'victim.relationToReporter': 'relationToReporter',
  immediateDanger: 'immediateDanger',
  victimContact: 'victimPhone',
  'victimContact.name': 'victimName',
  'victimContact.phone': 'victimPhone',
  'victimContact.address': 'victimAddress',
  reporterRole: 'reporterRole',
  volunteer: 'volunteerOrganisation',
  'volunteer.organisation': 'volunteerOrganisation',
  'volunteer.village': 'volunteerVillage',
  'reporter.anonymous': 'anonymous',
  'reporter.name': 'reporterName',
  'reporter.phone': 'reporterPhone',
  'reporter.nik': 'reporterNik',
  'reporter.address': 'reporterAddress',
  'consent.dataProcessing': 'consent',
  'consent.contactBack': 'contactBack',
};

// Widens enum codes to string and `true` to boolean: a posted form holds whatever the client sent.
type Untrusted<T> = T extends string ? string : T extends boolean ? boolean : { [K in keyof T]: Untrusted<T[K]> };

/**
 * The submission's input shape as posted, before zod: a tampered `service` is still a string, and an
 * unticked consent is a real `false` that zod rejects on `consent.dataProcessing` with its own message.
 */
export type ReportFormSubmission = Untrusted<ReportSubmissionInput>;

// `get` takes the first of repeated fields and never throws. Blank optional answers become undefined so
// the schema's defaults apply; required ones stay strings for zod to reject by name.
/** A posted answer, or undefined when it is missing or blank. */
export function optionalAnswer(fields: URLSearchParams, name: string): string | undefined {
  const value = fields.get(name);
  return value === null || value.trim() === '' ? undefined : value;
}

const isTicked = (fields: URLSearchParams, name: ReportFormField) => fields.get(name) === 'ya';

function parseReporter(fields: URLSearchParams): ReportFormSubmission['reporter'] {
  // Anything but an explicit "tidak" is anonymous: the form's default, and the safe side for the reporter.
  if (fields.get('anonymous') !== 'tidak') return { anonymous: true };
  return {
    anonymous: false,
    name: optionalAnswer(fields, 'reporterName'),
    phone: optionalAnswer(fields, 'reporterPhone'),
    nik: optionalAnswer(fields, 'reporterNik'),
    address: optionalAnswer(fields, 'reporterAddress'),
  };
}

// The victim's contact only when something was typed into it; it may come with an anonymous report.
function parseVictimContact(fields: URLSearchParams): ReportFormSubmission['victimContact'] {
  const contact = {
    name: optionalAnswer(fields, 'victimName'),
    phone: optionalAnswer(fields, 'victimPhone'),
    address: optionalAnswer(fields, 'victimAddress'),
  };
  return Object.values(contact).some((value) => value !== undefined) ? contact : undefined;
}

// Without JavaScript every field is on the page: the volunteer's answers count only for a volunteer.
function parseVolunteer(fields: URLSearchParams): ReportFormSubmission['volunteer'] {
  if (fields.get('reporterRole') !== 'volunteer') return undefined;
  return { organisation: optionalAnswer(fields, 'volunteerOrganisation'), village: optionalAnswer(fields, 'volunteerVillage') };
}

/** Builds the submission from the posted form; never throws, whatever was posted. */
export function parseReportForm(fields: URLSearchParams): ReportFormSubmission {
  return {
    channel: 'web',
    channelRef: fields.get('submissionId') ?? '',
    language: optionalAnswer(fields, 'lang'),
    service: fields.get('service') ?? '',
    category: optionalAnswer(fields, 'category'),
    narrative: fields.get('narrative') ?? '',
    location: { kecamatan: optionalAnswer(fields, 'kecamatan'), detail: optionalAnswer(fields, 'locationDetail') },
    occurred: { date: optionalAnswer(fields, 'occurredDate'), description: optionalAnswer(fields, 'occurredDescription') },
    victim: {
      ageGroup: optionalAnswer(fields, 'victimAgeGroup'),
      gender: optionalAnswer(fields, 'victimGender'),
      relationToReporter: optionalAnswer(fields, 'relationToReporter'),
    },
    immediateDanger: optionalAnswer(fields, 'immediateDanger'),
    reporter: parseReporter(fields),
    reporterRole: optionalAnswer(fields, 'reporterRole'),
    volunteer: parseVolunteer(fields),
    victimContact: parseVictimContact(fields),
    consent: { dataProcessing: isTicked(fields, 'consent'), contactBack: isTicked(fields, 'contactBack') },
  };
}

/** What the reporter typed, by form field, to re-fill the form after a validation error. */
export function formValues(fields: URLSearchParams, names: readonly string[] = REPORT_FORM_FIELDS): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = fields.get(name);
    if (value !== null) values[name] = value;
  }
  return values;
}
