/** Cloud configuration: parsed once from the environment at cold start; a missing name fails fast. */
import * as z from 'zod';

const TemplateWithTenant = z.string().includes('{tenant}', { message: 'must contain {tenant}' });

export const CloudConfig = z.object({
  AWS_REGION: z.string().min(1),
  TABLE_NAME: z.string().min(3),
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
