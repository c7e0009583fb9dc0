/** Cloud configuration: parsed once from the environment at cold start; a missing name fails fast. */
import * as z from 'zod';

const TemplateWithTenant = z.string().includes('{tenant}', { message: 'must contain {tenant}' });

export const CloudConfig = z.object({
  AWS_REGION: z.string().min(1),
  TABLE_NAME: z.string().min(3),
  /** The per-case secrets' own table (no PITR): crypto-shredding, shared/crypto/case-secrets.ts. */
  CASE_SECRETS_TABLE_NAME: z.string().min(3),
  /** e.g. `alias/lapor-aman/{tenant}`: one template instead of one variable per tenant. */
  TENANT_KEY_ALIAS_TEMPLATE: TemplateWithTenant.default('alias/lapor-aman/{tenant}'),
  /** e.g. `arn:aws:sns:ap-southeast-3:123456789012:lapor-aman-{tenant}-alerts`. */
  ALERT_TOPIC_ARN_TEMPLATE: TemplateWithTenant,
  /** The supervisors' topics for the 2 × SLA escalation; unset: those escalations go to the on-call topic. */
  SUPERVISOR_TOPIC_ARN_TEMPLATE: TemplateWithTenant.optional(),
  POWERTOOLS_LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
});
export type CloudConfig = z.infer<typeof CloudConfig>;

export function loadCloudConfig(env: NodeJS.ProcessEnv = process.env): CloudConfig {
  const parsed = CloudConfig.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid environment: ${names}`);
  }
  return parsed.data;
}

export function fillTenant(template: string, tenantId: string): string {
  return template.replaceAll('{tenant}', tenantId);
}

/**
 * The staff functions' own variables, kept out of CloudConfig because only they receive them: the staff
 * user pool and its console app client decide which ID tokens are staff tokens.
 */
export const StaffAuthConfig = z.object({
  COGNITO_USER_POOL_ID: z.string().regex(/^[a-z]{2}(-[a-z]+)+-[0-9]_[0-9A-Za-z]+$/, 'a Cognito user pool id'),
  COGNITO_CLIENT_ID: z.string().regex(/^[0-9a-z]{1,128}$/, 'a Cognito app client id'),
});
export type StaffAuthConfig = z.infer<typeof StaffAuthConfig>;

/** The console page: the app client, and the user pool's managed-login domain where staff sign in. */
export const StaffConsoleConfig = StaffAuthConfig.pick({ COGNITO_CLIENT_ID: true }).extend({
  STAFF_SIGN_IN_URL: z.url({ protocol: /^https$/ }),
});
export type StaffConsoleConfig = z.infer<typeof StaffConsoleConfig>;

/** Parses a function's own environment schema once at cold start; a missing name fails fast. */
export function loadEnvironment<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid environment: ${names}`);
  }
  return parsed.data;
}
