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

/** Channels whose reports are taken down by staff who spoke to the reporter: only they may rate urgency. */
const STAFF_CHANNELS: readonly Channel[] = ['call-center', 'walk-in'];

export const NARRATIVE_MAX_LENGTH = 20_000;

export const ReportSubmission = z.object({
  channel: Channel,
  /** The channel's own id for this report (form submission id, WhatsApp message id, call id). */
  channelRef: z.string().trim().min(1).max(200),
  language: Language.default('id'),
  service: Service,
  category: Category.optional(),
  /** The urgency a call-center agent or desk officer gave after talking to the reporter; wins over triage's. */
  urgency: Urgency.optional(),
  narrative: text(NARRATIVE_MAX_LENGTH).min(1, RULE_TEXTS.narrative.id),
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
  consent: z.object({
    /** The reporter agrees that the office stores and processes the report (UU PDP). */
    dataProcessing: z.literal(true, RULE_TEXTS.consent.id),
    contactBack: z.boolean().default(false),
  }),
}).refine((s) => s.urgency === undefined || STAFF_CHANNELS.includes(s.channel), {
  message: 'urgency is set only by staff who took the report (call center, walk-in)',
  path: ['urgency'],
});
export type ReportSubmission = z.infer<typeof ReportSubmission>;
export type ReportSubmissionInput = z.input<typeof ReportSubmission>;
