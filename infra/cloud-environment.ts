/**
 * The variables every function gets, checked against the runtime's own schema (shared/config.ts) at
 * synth: a variable a colleague adds there fails `npm run synth` until it is decided here.
 */
import { CloudConfig } from '#shared/config.js';
import { alertTopicArn, CASE_SECRETS_TABLE_NAME, TENANT_PLACEHOLDER, tenantKeyAlias } from './naming.js';

/** Variables of shared/config.ts that the deployment leaves to someone else, and who. */
export const SET_ELSEWHERE: Readonly<Record<string, string>> = {
  AWS_REGION: 'set by Lambda',
  POWERTOOLS_LOG_LEVEL: 'set by LaporFunction with the other Powertools defaults',
};

export function cloudEnvironment(tableName: string): Record<string, string> {
  const environment: Record<string, string> = {
    TABLE_NAME: tableName,
    CASE_SECRETS_TABLE_NAME,
    TENANT_KEY_ALIAS_TEMPLATE: tenantKeyAlias(TENANT_PLACEHOLDER),
    ALERT_TOPIC_ARN_TEMPLATE: alertTopicArn(TENANT_PLACEHOLDER),
    // The runtime uses it only for tenants that list supervisor numbers, whose stacks create that topic.
    SUPERVISOR_TOPIC_ARN_TEMPLATE: alertTopicArn(TENANT_PLACEHOLDER, 'supervisors'),
  };
  const undecided = Object.keys(CloudConfig.shape).filter((name) => !(name in environment) && !(name in SET_ELSEWHERE));
  if (undecided.length > 0) {
    throw new Error(`shared/config.ts declares ${undecided.join(', ')}: set it in infra/cloud-environment.ts`);
  }
  const parsed = CloudConfig.safeParse({ ...environment, AWS_REGION: 'set-by-lambda' });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} (${issue.message})`).join(', ');
    throw new Error(`infra/cloud-environment.ts does not satisfy shared/config.ts: ${problems}`);
  }
  return environment;
}
