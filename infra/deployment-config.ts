/**
 * `config/deployment.json`: what one deployment decides beyond its regencies. SMS settings the account
 * applies to every text it sends, how staff sign in (Cognito features a Region may lack), and the keys of
 * regencies whose stack was deleted and is being built again. Validated at synth, like config/tenants.json.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { TENANT_ID_PATTERN } from '#shared/tenancy/tenant.js';
import { FirstSupervisors } from '#shared/oncall/first-supervisors.js';

/** SNS account settings (`SetSMSAttributes`), applied by the core stack. */
export const SmsSettings = z.object({
  /**
   * The registered alphanumeric sender ID (1-11 letters and digits, at least one letter), or null until the
   * Indonesian operators have approved one: carriers may block texts from an unregistered ID.
   */
  senderId: z
    .string()
    .regex(/^(?=.*[A-Za-z])[A-Za-z0-9]{1,11}$/, '1 to 11 letters and digits, at least one letter')
    .nullable(),
  /** The account default; each alert also asks for Transactional itself. */
  smsType: z.enum(['Transactional', 'Promotional']),
  /**
   * USD a month; SNS stops sending SMS within minutes once it is spent. It may not exceed the quota AWS
   * granted the account (USD 1.00 until a quota case is approved): SNS refuses a higher value and the deploy
   * fails.
   */
  monthlySpendLimitUsd: z.number().int().positive(),
  /** The spend alarm fires at this share of the limit. */
  spendAlarmAtShare: z.number().gt(0).lte(1),
  /** Percent of delivered SMS that SNS logs (failures are always logged). The smoke test looks for its SMS there. */
  deliveryStatusSuccessSamplingRate: z.number().int().min(0).max(100),
});
export type SmsSettings = z.infer<typeof SmsSettings>;

/** Cognito sends staff invitations through SES from this verified identity instead of its own limited sender. */
export const StaffEmail = z.object({
  /** An address verified in SES, or an address of a verified domain (then give `verifiedDomain`). */
  fromAddress: z.email(),
  fromName: z.string().min(1).max(64).optional(),
  replyTo: z.email().optional(),
  /** The domain identity the address belongs to, when the address itself is not verified. */
  verifiedDomain: z.string().min(3).optional(),
  /** Where the SES identity lives: the stacks are Region-agnostic, so it is named here. */
  sesRegion: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS Region, e.g. ap-southeast-3'),
}).refine((e) => !e.verifiedDomain || e.fromAddress.endsWith(`@${e.verifiedDomain}`), {
  message: 'fromAddress must be an address of verifiedDomain',
  path: ['fromAddress'],
});
export type StaffEmail = z.infer<typeof StaffEmail>;

/** The staff user pool's features that depend on the Cognito feature plan (and so on the Region and bill). */
export const StaffSignIn = z
  .object({
    featurePlan: z.enum(['lite', 'essentials', 'plus']),
    /** Compromised-credential and adaptive checks; Plus only. AWS suggests `audit` for the first weeks. */
    threatProtection: z.enum(['off', 'audit', 'full-function']),
    /** `classic` hosted UI (version 1) or the newer `managed-login` (version 2; Essentials or Plus). */
    loginPages: z.enum(['classic', 'managed-login']),
    /** null: Cognito's own sender (a small daily quota: fine for a handful of staff, not for a rollout). */
    email: StaffEmail.nullable(),
  })
  .refine((s) => s.threatProtection === 'off' || s.featurePlan === 'plus', {
    message: 'threat protection needs featurePlan "plus"',
    path: ['threatProtection'],
  })
  .refine((s) => s.loginPages === 'classic' || s.featurePlan !== 'lite', {
    message: 'managed login pages need featurePlan "essentials" or "plus"',
    path: ['loginPages'],
  });
export type StaffSignIn = z.infer<typeof StaffSignIn>;

/** A KMS key ARN (single- or multi-Region key). */
const KeyArn = z
  .string()
  .regex(
    /^arn:aws[a-z-]*:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:key\/(mrk-[0-9a-f]{32}|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12})$/,
    'a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>)',
  );

export const DeploymentConfig = z.object({
  sms: SmsSettings,
  staffSignIn: StaffSignIn,
  /**
   * Regency id → the ARN of its key, once its first deploy created one. With it, a tenant stack that is
   * deleted and deployed again keeps the key (and every sealed case) instead of creating a new one.
   */
  tenantKeyArns: z.record(z.string().regex(TENANT_ID_PATTERN), KeyArn),
  /**
   * Regency id → the supervisor whose sign-in account the deploy creates (invited by e-mail): the one person
   * of a new regency who then adds everybody else in the console. Kept here, not in the regency's profile,
   * which is seeded into the table and read by every function.
   */
  firstSupervisors: FirstSupervisors.default({}),
});
export type DeploymentConfig = z.infer<typeof DeploymentConfig>;

export class DeploymentConfigError extends Error {
  override readonly name = 'DeploymentConfigError';
}

/** Reads and checks the file, naming every problem with its path in the file. */
export function loadDeploymentConfig(file: string): DeploymentConfig {
  const parsed = DeploymentConfig.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new DeploymentConfigError(`${file} is not a valid deployment config:\n  - ${problems.join('\n  - ')}`);
  }
  return parsed.data;
}
