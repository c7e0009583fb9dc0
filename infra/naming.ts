/**
 * Every physical name the deployment fixes in advance. Stacks meet by these names instead of by
 * CloudFormation exports, so 514 tenant stacks never lock the core stack, and the runtime finds a
 * tenant's key and topic by filling `{tenant}` in a template instead of one variable per tenant.
 */
import { Aws } from 'aws-cdk-lib';

export const PRODUCT = 'lapor-aman';

/** The placeholder the runtime fills (see shared/config.ts `fillTenant`). */
export const TENANT_PLACEHOLDER = '{tenant}';

export const CORE_STACK_NAME = 'LaporAman-Core';
export const tenantStackName = (tenantId: string) => `LaporAman-Tenant-${tenantId}`;

/** Fixed so that tenant stacks can seed it without importing an export from the core stack. */
export const TABLE_NAME = PRODUCT;
/** The per-case secrets (crypto-shredding): a table without PITR, see constructs/case-secret-table.ts. */
export const CASE_SECRETS_TABLE_NAME = `${PRODUCT}-case-secrets`;

export const tenantKeyAlias = (tenantId: string) => `alias/${PRODUCT}/${tenantId}`;
/** Matches every tenant key alias and nothing else (the core key's alias lies outside it). */
export const TENANT_KEY_ALIAS_PATTERN = tenantKeyAlias('*');
export const CORE_KEY_ALIAS = `alias/${PRODUCT}-core`;

/** On-call staff get every case alert; supervisors the second SLA escalation (when the tenant names any). */
export type AlertAudience = 'on-call' | 'supervisors';
const AUDIENCE_SUFFIX: Readonly<Record<AlertAudience, string>> = { 'on-call': 'alerts', supervisors: 'supervisor-alerts' };
/** Both end in `-alerts`, so `alertTopicArn('*')` matches every alert topic of every tenant. */
export const alertTopicName = (tenantId: string, audience: AlertAudience = 'on-call') =>
  `${PRODUCT}-${tenantId}-${AUDIENCE_SUFFIX[audience]}`;
export const alertTopicArn = (tenantId: string, audience: AlertAudience = 'on-call') =>
  `arn:${Aws.PARTITION}:sns:${Aws.REGION}:${Aws.ACCOUNT_ID}:${alertTopicName(tenantId, audience)}`;

/** Every WhatsApp secret's name starts so (config/tenants.json names them; the IAM pattern relies on it). */
export const WHATSAPP_SECRET_PREFIX = `${PRODUCT}/whatsapp/`;
/**
 * The deployment's WhatsApp secrets (the defaults of shared/channels/whatsapp/whatsapp-cloud-config.ts). A
 * tenant's access token, and its app secret when its number is in another Meta app, are named in its config.
 */
export const WHATSAPP_SECRETS = {
  WHATSAPP_APP_SECRET_NAME: `${WHATSAPP_SECRET_PREFIX}app-secret`,
  WHATSAPP_VERIFY_TOKEN_NAME: `${WHATSAPP_SECRET_PREFIX}verify-token`,
  WHATSAPP_BLIND_INDEX_KEY_NAME: `${WHATSAPP_SECRET_PREFIX}blind-index-key`,
} as const;
/** HMAC key of web clients' addresses (the default of shared/abuse/abuse-cloud-config.ts). */
export const ABUSE_ADDRESS_KEY_NAME = `${PRODUCT}/abuse/address-key`;

/**
 * A secret's ARN pattern: Secrets Manager appends `-` and six random characters to the name; a name ending
 * in `/*` stands for every secret under that prefix.
 */
export const secretArnPattern = (name: string) =>
  `arn:${Aws.PARTITION}:secretsmanager:${Aws.REGION}:${Aws.ACCOUNT_ID}:secret:${name.endsWith('/*') ? name : `${name}-??????`}`;

/** Photos and voice notes; bucket names are global, hence account and region. */
export const mediaBucketName = () => `${PRODUCT}-media-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
export const mediaBucketArn = () => `arn:${Aws.PARTITION}:s3:::${mediaBucketName()}`;

/** Region in the name: IAM is global, so two regions of one account must not collide. */
export const functionRoleName = (functionName: string) => `${PRODUCT}-${functionName}-${Aws.REGION}`;
export const functionRoleArn = (functionName: string) =>
  `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:role/${functionRoleName(functionName)}`;

/** The role every tenant stack's seeder runs as (one role, not 514), and where it logs. */
export const TENANT_SEEDER_ROLE = 'tenant-seeder';
export const TENANT_SEEDER_LOG_GROUP_PREFIX = `/${PRODUCT}/tenant-seeder/`;

export const tenantKeyArnPattern = () => `arn:${Aws.PARTITION}:kms:${Aws.REGION}:${Aws.ACCOUNT_ID}:key/*`;
