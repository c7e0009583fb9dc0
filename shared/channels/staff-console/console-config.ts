/**
 * What the console page hands its client in a JSON block: where the API and the sign-in are, and the labels
 * staff read. The labels come from the vocabulary the rest of the product uses; they travel as data because
 * the modules that hold them also build zod schemas at load, and zod (about 60 KB) must stay out of the
 * client's script. The client reads this shape with `import type` (client/page-config.ts).
 */
import type { StaffRole } from '../../auth/staff-principal.js';
import {
  AGE_BAND_LABELS,
  CASE_CONTEXT_LABELS,
  DISABILITY_KIND_LABELS,
  EDUCATION_LABELS,
  FORM_OF_VIOLENCE_LABELS,
  PERPETRATOR_RELATION_LABELS,
  PLACE_LABELS,
  SEX_LABELS,
} from '../../domain/assessment-vocabulary.js';
import { CLOSING_REASON_LABELS } from '../../domain/case-path.js';
import {
  AGE_GROUP_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DANGER_LABELS,
  GENDER_LABELS,
  RELATION_LABELS,
  SERVICE_LABELS,
  STATUS_LABELS,
  type Urgency,
} from '../../domain/vocabulary.js';
import type { AlertEvent } from '../../intake/ports.js';
import { REPORTER_ROLE_LABELS, VOLUNTEER_ORGANISATION_LABELS } from '../../intake/reporter-role.js';
import { NOTE_MAX_LENGTH } from '../../staff/add-case-note.js';
import { NOTE_ACTION_LABELS } from '../../staff/timeline.js';
import { SERVICE_GIVEN_LABELS } from '../../staff/services-given.js';
import { PARTNER_KIND_LABELS } from '../../staff/partners.js';
import type { Consent, ReferralStatus } from '../../staff/referrals.js';
import { REVEAL_REASON_LABELS } from '../../staff/reveal-policy.js';
import { HOLD_REASON_LABELS } from '../../staff/timeline.js';
import type { MediaKind } from '../whatsapp/webhook-payload.js';
import type { ConsoleSignIn } from './console-sign-in.js';

export const STAFF_API_BASE = '/api/v1/staff';

/** Staff read Bahasa Indonesia: the `id` text of each bilingual label. */
function indonesian<K extends string>(labels: Readonly<Record<K, { readonly id: string }>>): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<{ readonly id: string }>(labels).map(([code, text]) => [code, text.id])) as Record<
    K,
    string
  >;
}

const URGENCY_LABELS: Readonly<Record<Urgency, string>> = { DARURAT: 'DARURAT', TINGGI: 'Tinggi', NORMAL: 'Normal' };
const ROLE_LABELS: Readonly<Record<StaffRole, string>> = { responder: 'Petugas', supervisor: 'Supervisor' };
const ALERT_EVENT_LABELS: Readonly<Record<AlertEvent, string>> = {
  received: 'SMS kasus baru ke petugas jaga',
  overdue: 'SMS eskalasi: belum diasesmen',
  overdueSupervisor: 'SMS eskalasi ke supervisor',
  chainSecond: 'SMS ke petugas jaga kedua: belum ada yang menangani',
  chainSupervisors: 'SMS ke supervisor: belum ada yang menangani',
  tpksDue: 'SMS pengingat batas rujukan polisi (UU TPKS)',
  tpksDueSupervisor: 'SMS eskalasi batas rujukan polisi ke supervisor',
  followUpDue: 'SMS pengingat tindak lanjut',
  assigned: 'SMS penugasan ke petugas yang ditugaskan',
};
const ALERT_STATE_LABELS: Readonly<Record<'sent' | 'cancelled', string>> = {
  sent: 'terkirim',
  cancelled: 'dibatalkan karena kasus sudah diasesmen',
};
const MEDIA_KIND_LABELS: Readonly<Record<MediaKind, string>> = {
  image: 'foto',
  audio: 'pesan suara',
  video: 'video',
  document: 'dokumen',
};

const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = {
  dirujuk: 'Dirujuk',
  diterima: 'Diterima mitra',
  selesai: 'Selesai',
  ditolak: 'Ditolak mitra',
};
const CONSENT_BY_LABELS: Readonly<Record<Consent['by'], string>> = { victim: 'Korban', guardian: 'Wali (korban anak)' };

const CONSOLE_LABELS = {
  status: indonesian(STATUS_LABELS),
  category: indonesian(CATEGORY_LABELS),
  channel: indonesian(CHANNEL_LABELS),
  service: indonesian(SERVICE_LABELS),
  ageGroup: indonesian(AGE_GROUP_LABELS),
  gender: indonesian(GENDER_LABELS),
  relation: indonesian(RELATION_LABELS),
  danger: indonesian(DANGER_LABELS),
  closingReason: indonesian(CLOSING_REASON_LABELS),
  noteAction: indonesian(NOTE_ACTION_LABELS),
  serviceGiven: indonesian(SERVICE_GIVEN_LABELS),
  reporterRole: indonesian(REPORTER_ROLE_LABELS),
  volunteerOrganisation: indonesian(VOLUNTEER_ORGANISATION_LABELS),
  urgency: URGENCY_LABELS,
  role: ROLE_LABELS,
  alertEvent: ALERT_EVENT_LABELS,
  alertState: ALERT_STATE_LABELS,
  mediaKind: MEDIA_KIND_LABELS,
  partnerKind: indonesian(PARTNER_KIND_LABELS),
  referralStatus: REFERRAL_STATUS_LABELS,
  consentBy: CONSENT_BY_LABELS,
  // The assessment record (SIMFONI-PPA's categories).
  formOfViolence: indonesian(FORM_OF_VIOLENCE_LABELS),
  caseContext: indonesian(CASE_CONTEXT_LABELS),
  place: indonesian(PLACE_LABELS),
  ageBand: indonesian(AGE_BAND_LABELS),
  sex: indonesian(SEX_LABELS),
  disabilityKind: indonesian(DISABILITY_KIND_LABELS),
  education: indonesian(EDUCATION_LABELS),
  perpetratorRelation: indonesian(PERPETRATOR_RELATION_LABELS),
  revealReasonKind: indonesian(REVEAL_REASON_LABELS),
  holdReasonKind: indonesian(HOLD_REASON_LABELS),
};

/** Every label group by name, each keyed by the codes the API sends. */
export type ConsoleLabels = typeof CONSOLE_LABELS;

export interface ConsoleConfig {
  readonly apiBase: string;
  readonly signIn: ConsoleSignIn;
  readonly labels: ConsoleLabels;
  readonly noteMaxLength: number;
}

/** The config of a console that signs in through `signIn`. */
export function consoleConfig(signIn: ConsoleSignIn): ConsoleConfig {
  return { apiBase: STAFF_API_BASE, signIn, labels: CONSOLE_LABELS, noteMaxLength: NOTE_MAX_LENGTH };
}
