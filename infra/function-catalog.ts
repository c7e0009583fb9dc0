/**
 * One entry per folder in `functions/`: what the CDK app needs to deploy it. Adding a function means
 * adding its folder and an entry here; `npm run synth` fails until both exist, and the KMS rules in
 * `kms-access.ts` refuse an entry that asks for more than its role allows.
 */
import type * as z from 'zod';
import { AbuseCloudConfig } from '#shared/abuse/abuse-cloud-config.js';
import { AlertSweeperCloudConfig } from '#shared/alerts/alert-sweeper-cloud-config.js';
import { WhatsAppCloudConfig, WhatsAppSenderCloudConfig } from '#shared/channels/whatsapp/whatsapp-cloud-config.js';
import { StaffAuthConfig, StaffConsoleConfig } from '#shared/config.js';
import { CaseMediaCloudConfig } from '#shared/media/media-cloud-config.js';
import { RetentionCloudConfig } from '#shared/pdp/retention-cloud-config.js';
import type { SealedPurpose } from '#shared/crypto/encryption-context.js';
import { isCaseKeyed } from '#shared/crypto/identity-vault.js';
import type { CaseSecretAccess } from './constructs/case-secret-table.js';
import { ABUSE_ADDRESS_KEY_NAME, WHATSAPP_SECRET_PREFIX, WHATSAPP_SECRETS } from './naming.js';

/** The table operations a function may call (least privilege: nothing is implied). */
export type TableAction =
  | 'BatchWriteItem'
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'ConditionCheckItem';

/** Who may call the function's HTTP routes (the routes themselves come from shared/http/routes.ts). */
export type HttpAccess =
  /** No API Gateway authorizer; `reason` says why and what the handler checks instead (kept for cdk-nag). */
  | {
      readonly auth: 'public';
      readonly reason: string;
      /** Its GET route is the page the staff user pool sends staff back to after signing in or out. */
      readonly staffSignInCallback?: true;
    }
  /** A staff ID token from the Cognito user pool; the handler reads `custom:tenant` and `custom:role`. */
  | { readonly auth: 'staff' };

/** What only the core stack knows, for the variables of an entry. */
export interface DeploymentValues {
  readonly mediaBucket: string;
  readonly staffUserPoolId: string;
  readonly staffClientId: string;
  /** The staff user pool's sign-in domain (`https://<prefix>.auth.<region>.amazoncognito.com`). */
  readonly staffSignInUrl: string;
  /** The API's URL, where the console and its alert links (`/staff/a/<id>`) answer. */
  readonly apiUrl: string;
  /** config/deployment.json `sms.senderId`. */
  readonly smsSenderId: string | null;
}

export interface FunctionEntry {
  /** The folder under functions/; the Lambda entry is `functions/<name>/lambda.ts`. */
  readonly name: string;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** Purposes it may create data keys for (seal) and open, on the tenant keys. */
  readonly kms: { readonly generate: readonly SealedPurpose[]; readonly decrypt: readonly SealedPurpose[] };
  readonly table: readonly TableAction[];
  /** Publishes to the tenants' alert topics (SNS encrypts them with the tenant key). */
  readonly publishesAlerts: boolean;
  /** Secrets Manager names it reads; a name ending in `/*` stands for every secret under that prefix. */
  readonly secrets?: readonly string[];
  /** Destroys per-case secrets (crypto-shredding): the retention job alone. */
  readonly destroysCaseSecrets?: true;
  /** Deletes media objects and all their versions (retention). */
  readonly deletesMedia?: true;
  /** Sends SMS straight to staff numbers (SNS `Publish` with `PhoneNumber`, no topic): the alert sweeper alone. */
  readonly sendsPersonalSms?: true;
  /** Calls the staff user pool's admin APIs (create, disable, enable, read a user), on that pool only. */
  readonly managesStaffAccounts?: true;
  /**
   * Also invoked by the table's stream, filtered to case items with a pending alert: sends handed-off alerts
   * at once (the alert sweeper alone; needs `schedule` for its dead-letter queue).
   */
  readonly pendingAlertStream?: true;
  /** Invoked on a schedule (asynchronously: it gets a dead-letter queue). */
  readonly schedule?: { readonly everyMinutes: number };
  /** Invoked by the subscription of SNS's SMS failure log group (infra/constructs/sms-delivery.ts). */
  readonly smsDeliveryFailures?: true;
  readonly http?: HttpAccess;
  /** Variables beyond the cloud configuration (shared/config.ts) that every function receives. */
  readonly environment?: (deployment: DeploymentValues) => Readonly<Record<string, string>>;
  /** The function's own config schema: its environment must satisfy it at synth, not at cold start. */
  readonly environmentSchema?: z.ZodType;
}

/** What a function may do in the case secrets' table: follows from the purposes it seals and opens. */
export function caseSecretAccess(entry: FunctionEntry): CaseSecretAccess[] {
  return [
    ...(entry.kms.generate.some(isCaseKeyed) ? (['seal'] as const) : []),
    ...(entry.kms.decrypt.some(isCaseKeyed) ? (['open'] as const) : []),
    ...(entry.destroysCaseSecrets ? (['destroy'] as const) : []),
  ];
}

const INTAKE_TABLE_ACTIONS: readonly TableAction[] = ['GetItem', 'Query', 'PutItem', 'UpdateItem'];
const ALERT_JOB_TABLE_ACTIONS: readonly TableAction[] = ['GetItem', 'Query', 'PutItem', 'UpdateItem'];
const STAFF_AUTH = (deployment: DeploymentValues) => ({
  COGNITO_USER_POOL_ID: deployment.staffUserPoolId,
  COGNITO_CLIENT_ID: deployment.staffClientId,
});

export const FUNCTION_CATALOG: readonly FunctionEntry[] = [
  {
    name: 'web-report',
    description: 'Web report form, JSON intake and status check',
    memoryMb: 512,
    timeoutSeconds: 10,
    // `victimContact`: a volunteer (or anyone but the victim) may give the victim's contact on the form.
    kms: { generate: ['details', 'identity', 'victimContact', 'thread'], decrypt: ['thread'] },
    table: INTAKE_TABLE_ACTIONS,
    publishesAlerts: true,
    secrets: [ABUSE_ADDRESS_KEY_NAME],
    http: {
      auth: 'public',
      reason:
        'Reporters are anonymous by design (no account may be required to report violence); the handler binds the tenant from the URL slug, validates every body with zod, limits its size and rate-limits clients.',
    },
    environment: () => ({ ABUSE_ADDRESS_KEY_NAME }),
    environmentSchema: AbuseCloudConfig,
  },
  {
    name: 'call-center',
    description: 'Call-center transcripts to cases',
    memoryMb: 512,
    timeoutSeconds: 10,
    kms: { generate: ['details', 'identity'], decrypt: [] },
    table: INTAKE_TABLE_ACTIONS,
    publishesAlerts: true,
    http: {
      auth: 'public',
      reason:
        "Machine-to-machine route: the handler authenticates the call system's per-tenant API key (stored only as a hash) before reading the body.",
    },
    environment: () => ({ ABUSE_ADDRESS_KEY_NAME }),
    environmentSchema: AbuseCloudConfig,
  },
  {
    name: 'whatsapp-webhook',
    description: "Meta's WhatsApp webhook: conversations to cases",
    // Media up to 16 MB is downloaded from Meta and stored encrypted; API Gateway waits 30 s at most.
    memoryMb: 1024,
    timeoutSeconds: 25,
    kms: { generate: ['details', 'draft', 'identity', 'media', 'thread'], decrypt: ['draft', 'thread'] },
    table: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
    publishesAlerts: true,
    secrets: [`${WHATSAPP_SECRET_PREFIX}*`],
    http: {
      auth: 'public',
      reason:
        'Meta calls the webhook and cannot present a JWT: the handler verifies X-Hub-Signature-256 (HMAC of the raw body with the app secret) before reading a message, and the GET handshake must echo the verify token.',
    },
    environment: (deployment) => ({ MEDIA_BUCKET: deployment.mediaBucket, ...WHATSAPP_SECRETS, ABUSE_ADDRESS_KEY_NAME }),
    environmentSchema: WhatsAppCloudConfig.extend(AbuseCloudConfig.shape),
  },
  {
    name: 'alert-sweeper',
    description: 'Sends case alerts pending in the outbox: to the people on call, and the regency topics',
    memoryMb: 256,
    timeoutSeconds: 50,
    // The one sender of per-person SMS: opens the number of whoever the rota names (`staffPhone`), nothing else.
    kms: { generate: [], decrypt: ['staffPhone'] },
    table: ALERT_JOB_TABLE_ACTIONS,
    publishesAlerts: true,
    sendsPersonalSms: true,
    // Seconds after a report rather than at the next minute; the schedule stays as the safety net and retries.
    pendingAlertStream: true,
    schedule: { everyMinutes: 1 },
    environment: (deployment) => ({
      ALERT_LINK_BASE: deployment.apiUrl,
      ...(deployment.smsSenderId ? { SMS_SENDER_ID: deployment.smsSenderId } : {}),
    }),
    environmentSchema: AlertSweeperCloudConfig,
  },
  {
    name: 'sla-escalation',
    description: 'Escalates cases not assessed within their SLA',
    memoryMb: 256,
    timeoutSeconds: 120,
    kms: { generate: [], decrypt: [] },
    table: ALERT_JOB_TABLE_ACTIONS,
    publishesAlerts: true,
    // A DARURAT case is due within the hour: its reminder may not wait five more minutes.
    schedule: { everyMinutes: 1 },
  },
  {
    name: 'sms-delivery-status',
    description: 'Records SMS that carriers did not deliver on their alerts',
    memoryMb: 256,
    timeoutSeconds: 30,
    kms: { generate: [], decrypt: [] },
    // Finds the delivery record by message id and adds the failure to it: nothing else of a case.
    table: ['Query', 'UpdateItem'],
    publishesAlerts: false,
    smsDeliveryFailures: true,
  },
  {
    name: 'staff-console',
    description: 'The staff console page (sign-in through the staff user pool)',
    memoryMb: 256,
    timeoutSeconds: 5,
    kms: { generate: [], decrypt: [] },
    table: [],
    publishesAlerts: false,
    http: {
      auth: 'public',
      reason:
        'A static page with no data: it sends staff to the user pool to sign in (authorization code + PKCE) and calls the staff API, which requires their token.',
      staffSignInCallback: true,
    },
    environment: (deployment) => ({
      COGNITO_CLIENT_ID: deployment.staffClientId,
      STAFF_SIGN_IN_URL: deployment.staffSignInUrl,
    }),
    environmentSchema: StaffConsoleConfig,
  },
  {
    name: 'staff-api',
    description: 'Staff API: cases without identities, status, notes, exports, walk-in reports',
    memoryMb: 512,
    timeoutSeconds: 15,
    // Walk-in reports are intake (submitReport): they seal a case's parts and send its alert.
    kms: {
      generate: ['note', 'details', 'identity', 'victimContact', 'thread'],
      decrypt: ['details', 'note', 'thread'],
    },
    table: ['GetItem', 'Query', 'PutItem', 'UpdateItem'],
    publishesAlerts: true,
    // Staff messages go into a WhatsApp reporter's chat with the regency's access token (nothing else).
    secrets: [`${WHATSAPP_SECRET_PREFIX}*/access-token`],
    http: { auth: 'staff' },
    environment: (deployment) => ({ ...STAFF_AUTH(deployment), ...WHATSAPP_SECRETS }),
    environmentSchema: StaffAuthConfig.extend(WhatsAppSenderCloudConfig.shape),
  },
  {
    name: 'reveal-identity',
    description: "Reveals a reporter's identity to staff, audited before it is opened",
    memoryMb: 512,
    timeoutSeconds: 10,
    // Seals the reveal reason's words (`note`) for the audit record; opens nothing but the identity parts.
    kms: { generate: ['note'], decrypt: ['identity', 'victimContact'] },
    table: ['GetItem', 'Query', 'PutItem'],
    publishesAlerts: false,
    http: { auth: 'staff' },
    environment: STAFF_AUTH,
    environmentSchema: StaffAuthConfig,
  },
  {
    name: 'case-media',
    description: "Lists and opens a case's files for staff, audited before a file is opened",
    // Files up to 16 MB (WhatsApp's limit) are read into memory when answered inline (up to 4 MB) or linked.
    memoryMb: 512,
    timeoutSeconds: 15,
    kms: { generate: [], decrypt: ['details', 'media'] },
    // UpdateItem: reading a case brings a projection a crash left behind up to date.
    table: ['GetItem', 'Query', 'PutItem', 'UpdateItem'],
    publishesAlerts: false,
    http: { auth: 'staff' },
    environment: (deployment) => ({ ...STAFF_AUTH(deployment), MEDIA_BUCKET: deployment.mediaBucket }),
    environmentSchema: CaseMediaCloudConfig,
  },
  {
    name: 'retention',
    description: "Destroys closed cases' personal data when their regency's retention ends (crypto-shredding)",
    memoryMb: 512,
    timeoutSeconds: 300,
    // `details` names the case's files; nothing else is opened. It seals nothing.
    kms: { generate: [], decrypt: ['details'] },
    // DeleteItem/BatchWriteItem: the case item and its history once the routing fields are due.
    table: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'],
    publishesAlerts: false,
    destroysCaseSecrets: true,
    deletesMedia: true,
    // Daily would do; every half hour keeps each run's page small and a backlog short.
    schedule: { everyMinutes: 30 },
    environment: (deployment) => ({ MEDIA_BUCKET: deployment.mediaBucket }),
    environmentSchema: RetentionCloudConfig,
  },
  {
    name: 'staff-admin',
    description: "The regency's staff directory and the sign-in accounts behind it",
    memoryMb: 512,
    timeoutSeconds: 10,
    // Seals a new person's mobile number and opens the numbers for the directory view (`staffPhone`).
    kms: { generate: ['staffPhone'], decrypt: ['staffPhone'] },
    table: ['GetItem', 'Query', 'PutItem'],
    publishesAlerts: false,
    managesStaffAccounts: true,
    http: { auth: 'staff' },
    environment: STAFF_AUTH,
    environmentSchema: StaffAuthConfig,
  },
];
