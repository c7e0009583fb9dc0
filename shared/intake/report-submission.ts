/** The one contract every channel maps its payload to before calling `submitReport`. */
import * as z from 'zod';
import { RULE_TEXTS } from '../validation.js';
import {
  AgeGroup,
  Category,
  Channel,
  DangerAnswer,
  Gender,
  Language,
  Relation,
  Service,
  Urgency,
} from '../domain/vocabulary.js';
import { ReporterRole, VolunteerOrganisation } from './reporter-role.js';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/** Indonesian phone numbers in any common spelling, normalised to E.164 (+62...). */
export const IndonesianPhone = z
  .string()
  .trim()
  .transform((raw) => raw.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^(\+62|62|0)8[1-9][0-9]{6,10}$/, RULE_TEXTS.phone.id))
  .transform((digits) => `+62${digits.replace(/^(\+62|62|0)/, '')}`);

export const Nik = z
  .string()
  .trim()
  .regex(/^[0-9]{16}$/, RULE_TEXTS.nik.id);

const AnonymousReporter = z.object({ anonymous: z.literal(true) });
const NamedReporter = z
  .object({
    anonymous: z.literal(false),
    name: optionalText(120),
    phone: IndonesianPhone.optional(),
    nik: Nik.optional(),
    address: optionalText(500),
  })
  .refine((r) => r.name !== undefined || r.phone !== undefined, {
    message: RULE_TEXTS.nameOrPhone.id,
    path: ['phone'],
  });
export const Reporter = z.discriminatedUnion('anonymous', [AnonymousReporter, NamedReporter]);
export type Reporter = z.infer<typeof Reporter>;

/**
 * Channels whose reports are taken down by staff who spoke to the reporter (or, for a referral, the
 * referring regency's staff who handled the case): only they may rate urgency.
 */
const STAFF_CHANNELS: readonly Channel[] = ['call-center', 'walk-in', 'rujukan'];

/** A volunteer's own details, sealed with their contact in the case's `identity` part. */
export const VolunteerDetails = z.object({
  organisation: VolunteerOrganisation.default('lainnya'),
  /** The village the volunteer serves (desa / kelurahan). */
  village: optionalText(120),
});
export type VolunteerDetails = z.infer<typeof VolunteerDetails>;

/**
 * How to reach the victim, from someone reporting on their behalf (for outreach): sealed as its own part
 * (purpose `victimContact`), apart from the reporter's identity, and opened only by the audited reveal.
 */
export const VictimContact = z
  .object({
    name: optionalText(120),
    phone: IndonesianPhone.optional(),
    address: optionalText(500),
  })
  .refine((c) => c.name !== undefined || c.phone !== undefined || c.address !== undefined, {
    message: RULE_TEXTS.victimContact.id,
    path: ['phone'],
  });
export type VictimContact = z.infer<typeof VictimContact>;

export const NARRATIVE_MAX_LENGTH = 20_000;

/** The longest channel reference: a channel that prefixes a client's key leaves room for its prefix. */
export const CHANNEL_REF_MAX_LENGTH = 200;

/**
 * A key a client chose that becomes a report's channel reference (Idempotency-Key, call id): visible
 * ASCII only, at most `maxLength` characters.
 */
export const clientChannelKey = (maxLength = CHANNEL_REF_MAX_LENGTH) =>
  z.string().regex(new RegExp(`^[\\x21-\\x7e]{1,${maxLength}}$`), RULE_TEXTS.channelKey.id);

export const ReportSubmission = z.object({
  channel: Channel,
  /** The channel's own id for this report (form submission id, WhatsApp message id, call id). */
  channelRef: z.string().trim().min(1).max(CHANNEL_REF_MAX_LENGTH),
  language: Language.default('id'),
  service: Service,
  category: Category.optional(),
  /** The urgency a call-center agent or desk officer gave after talking to the reporter; wins over triage's. */
  urgency: Urgency.optional(),
  narrative: text(NARRATIVE_MAX_LENGTH).min(1, RULE_TEXTS.narrative.id),
  /**
   * A call whose transcript did not say who the agent is: the narrative holds every speaker's words,
   * labelled by speaker, and staff are told so (sealed with the narrative).
   */
  speakerRoles: z.literal('unknown').optional(),
  location: z
    .object({
      kecamatan: optionalText(80),
      detail: optionalText(500),
    })
    .default({}),
  occurred: z
    .object({
      date: z.iso.date().optional(),
      description: optionalText(200),
    })
    .default({}),
  victim: z.object({
    ageGroup: AgeGroup.default('tidak_tahu'),
    gender: Gender.default('tidak_tahu'),
    relationToReporter: Relation.default('lainnya'),
  }),
  immediateDanger: DangerAnswer.default('tidak_tahu'),
  reporter: Reporter,
  /** Who is reporting; when a channel did not ask, `submitReport` infers it from the victim's relation. */
  reporterRole: ReporterRole.optional(),
  volunteer: VolunteerDetails.optional(),
  victimContact: VictimContact.optional(),
  consent: z.object({
    /** The reporter agrees that the office stores and processes the report (UU PDP). */
    dataProcessing: z.literal(true, RULE_TEXTS.consent.id),
    contactBack: z.boolean().default(false),
  }),
})
  .refine((s) => s.urgency === undefined || STAFF_CHANNELS.includes(s.channel), {
    message: 'urgency is set only by staff who took the report (call center, walk-in)',
    path: ['urgency'],
  })
  .refine((s) => s.speakerRoles === undefined || s.channel === 'call-center', {
    message: 'speaker roles belong to a call transcript (call center)',
    path: ['speakerRoles'],
  })
  .refine((s) => s.reporterRole !== 'staff' || s.channel === 'walk-in', {
    message: RULE_TEXTS.staffRole.id,
    path: ['reporterRole'],
  })
  // The office reaches the victim through the volunteer, so the form asks them for a contact; where staff
  // take the report down (a call without a mobile number) refusing it would lose the report instead.
  .refine((s) => s.reporterRole !== 'volunteer' || !s.reporter.anonymous || s.channel !== 'web', {
    message: RULE_TEXTS.volunteerContact.id,
    path: ['reporter', 'anonymous'],
  })
  // A named volunteer who did not allow contact would leave the office no way to reach the victim.
  .refine((s) => s.reporterRole !== 'volunteer' || s.reporter.anonymous || s.consent.contactBack || s.channel !== 'web', {
    message: RULE_TEXTS.volunteerContactBack.id,
    path: ['consent', 'contactBack'],
  })
  .refine((s) => s.volunteer === undefined || s.reporterRole === 'volunteer', {
    message: RULE_TEXTS.volunteerDetails.id,
    path: ['volunteer'],
  })
  .refine((s) => s.victimContact === undefined || s.reporterRole !== 'victim', {
    message: RULE_TEXTS.victimContactOfVictim.id,
    path: ['victimContact'],
  });
export type ReportSubmission = z.infer<typeof ReportSubmission>;
export type ReportSubmissionInput = z.input<typeof ReportSubmission>;
