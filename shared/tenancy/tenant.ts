/** A tenant is one regency office: its public facts, its routing and its service promise. */
import * as z from 'zod';
import { DEFAULT_RETENTION, RetentionRules } from '../pdp/retention-rules.js';
import { DEFAULT_RESPONSE_HOURS } from '../domain/response-clock.js';
import { DEFAULT_REVEAL_MODE, RevealMode } from '../staff/reveal-policy.js';
import { Channel } from '../domain/vocabulary.js';

export const TENANT_ID_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

export const Hotline = z.object({
  kind: z.enum(['whatsapp', 'phone']),
  label: z.string().min(1),
  number: z.string().regex(/^[0-9+][0-9 -]{5,20}$/),
  hours: z.string().min(1),
});
export type Hotline = z.infer<typeof Hotline>;

/** E.164 (+6281234567890): the form SNS SMS subscriptions take. */
const E164 = z.string().regex(/^\+[1-9][0-9]{7,14}$/);

/**
 * Who receives the alert SMS. The tenant's stack subscribes these numbers to its topics; the repository's
 * seed keeps them empty (real staff numbers belong to the deployment, not to the code).
 */
export const TenantAlerts = z.object({
  onCallSms: z.array(E164).default([]),
  /** Numbers for the second SLA escalation (twice the tier's time); with none, it goes to the on-call topic instead. */
  supervisorSms: z.array(E164).default([]),
});
export type TenantAlerts = z.infer<typeof TenantAlerts>;

/**
 * The tenant's WhatsApp Business number on the Cloud API. Secrets are referenced by NAME only (AWS Secrets
 * Manager in the cloud; generated into `.data/` locally): the access token is per number; the app secret
 * defaults to the deployment's (`WHATSAPP_APP_SECRET_NAME`) and is named here only when this number
 * belongs to another Meta app.
 */
export const TenantWhatsApp = z.object({
  phoneNumberId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  accessTokenSecretName: z.string().min(1),
  appSecretName: z.string().min(1).optional(),
  /** Approved message template for notices after the 24-hour window; it must reveal nothing about a report. */
  noticeTemplate: z.object({ name: z.string().regex(/^[a-z0-9_]{1,512}$/), language: z.string().min(2) }).optional(),
});
export type TenantWhatsApp = z.infer<typeof TenantWhatsApp>;

/** A week: anything longer is a typo (hours, not minutes), not a promise to a person in danger. */
const MAX_RESPONSE_HOURS = 168;
const tierHours = (tier: keyof typeof DEFAULT_RESPONSE_HOURS) =>
  z
    .number()
    .positive(`${tier}: hours must be more than 0`)
    .max(MAX_RESPONSE_HOURS, `${tier}: at most ${MAX_RESPONSE_HOURS} hours`)
    .default(DEFAULT_RESPONSE_HOURS[tier]);

/**
 * Hours to the first assessment per urgency tier (the on-call reminder then, the supervisors at twice it).
 * A more urgent tier never gets more time than a less urgent one.
 */
export const ResponseHoursConfig = z
  .strictObject({ DARURAT: tierHours('DARURAT'), TINGGI: tierHours('TINGGI'), NORMAL: tierHours('NORMAL') })
  .refine((h) => h.DARURAT <= h.TINGGI && h.TINGGI <= h.NORMAL, {
    error: 'responseHours must give DARURAT <= TINGGI <= NORMAL: a more urgent case never waits longer',
  });

export const Tenant = z.object({
  id: z.string().regex(TENANT_ID_PATTERN),
  displayName: z.string().min(1),
  province: z.string().min(1),
  office: z.string().min(1),
  serviceName: z.string().min(1),
  referencePrefix: z.string().regex(/^[A-Z]{3}$/),
  timeZone: z.string().min(1),
  responseHours: ResponseHoursConfig.default(DEFAULT_RESPONSE_HOURS),
  channels: z.array(Channel).min(1),
  hotlines: z.array(Hotline).min(1),
  kecamatan: z.array(z.string().min(1)).min(1),
  alerts: TenantAlerts.optional(),
  /**
   * Minutes the person on call has to acknowledge a DARURAT / TINGGI alert before it goes to the second
   * person on call, and as long again before it goes to the supervisors (shared/oncall).
   */
  acknowledgeMinutes: z
    .strictObject({
      DARURAT: z.number().int().min(5).max(240).default(15),
      TINGGI: z.number().int().min(5).max(720).default(60),
    })
    .default({ DARURAT: 15, TINGGI: 60 }),
  whatsapp: TenantWhatsApp.optional(),
  /** How long closed cases are kept (shared/pdp/retention-rules.ts); safe defaults when not set. */
  retention: RetentionRules.default(DEFAULT_RETENTION),
  /**
   * Who may open a reporter's identity (shared/staff/reveal-policy.ts): `direct` (any staff member, with a
   * reason) or `approval` (a responder asks, a supervisor approves); `approval` when not set.
   */
  revealMode: RevealMode.default(DEFAULT_REVEAL_MODE),
  /**
   * A regency for `npm run smoke` only: its pages tell a visitor that nothing sent there is handled, and the
   * smoke test files and removes its test case here and nowhere else.
   */
  smokeTest: z.literal(true).optional(),
});
export type Tenant = z.infer<typeof Tenant>;

/**
 * What `config/tenants.json` may say about one tenant: a tenant, and not the field `responseHours` replaced
 * (profiles stored by older code still carry it; the registry ignores it there).
 */
const TenantConfig = Tenant.extend({
  slaHours: z
    .never({ error: 'slaHours was replaced by responseHours: {"DARURAT": 1, "TINGGI": 6, "NORMAL": 24}' })
    .optional(),
});

export const TenantsConfig = z
  .object({ tenants: z.array(TenantConfig).min(1) })
  .refine((c) => new Set(c.tenants.map((t) => t.id)).size === c.tenants.length, 'tenant ids must be unique')
  .refine(
    (c) => new Set(c.tenants.map((t) => t.referencePrefix)).size === c.tenants.length,
    'reference prefixes must be unique',
  );
export type TenantsConfig = z.infer<typeof TenantsConfig>;

/** The national numbers every reporter in danger is given, whatever the regency. */
export const NATIONAL_EMERGENCY_NUMBERS = [
  { label: { id: 'Darurat nasional', en: 'National emergency' }, number: '112' },
  { label: { id: 'Polisi', en: 'Police' }, number: '110' },
  { label: { id: 'SAPA 129 (telepon)', en: 'SAPA 129 (call)' }, number: '129' },
  { label: { id: 'SAPA 129 (WhatsApp)', en: 'SAPA 129 (WhatsApp)' }, number: '08111-129-129' },
] as const;
