/**
 * Who may open which sealed part, and the IAM that enforces it twice: in each function role's identity
 * policy (core stack: the same few statements whatever the number of tenants) and in each tenant key's
 * key policy (tenant stack: bound to that tenant). A KMS request must pass both.
 *
 * Purposes are the encryption-context purposes of shared/crypto/encryption-context.ts. `media` is the one
 * exception in the cloud: files live in S3, encrypted by S3 with the tenant key (SSE-KMS), so "seal media"
 * means "S3 may generate a data key for our media bucket on my behalf", and "open media" the Decrypt.
 */
import { Aws } from 'aws-cdk-lib';
import { AccountRootPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SEALED_PURPOSES, type SealedPurpose } from '#shared/crypto/encryption-context.js';
import type { FunctionEntry } from './function-catalog.js';
import {
  alertTopicArn,
  functionRoleArn,
  mediaBucketArn,
  TENANT_KEY_ALIAS_PATTERN,
  tenantKeyArnPattern,
} from './naming.js';

/**
 * The only functions that may decrypt each purpose. Intake (web-report, call-center) opens no report part;
 * WhatsApp reopens only its own drafts; staff read details and notes; identity needs the audited reveal,
 * and files the audited case-media function; the thread (staff messages and replies) is read by both of its
 * ends; the retention job reads details only to find a destroyed case's files.
 */
export const DECRYPT_ALLOWED: Readonly<Record<SealedPurpose, readonly string[]>> = {
  // case-media opens `details` only to know which files a case holds (and their recorded types).
  details: ['staff-api', 'case-media', 'retention'],
  note: ['staff-api'],
  draft: ['whatsapp-webhook'],
  identity: ['reveal-identity'],
  // The victim's contact from an on-behalf report: as confidential as the reporter's identity.
  victimContact: ['reveal-identity'],
  // Reporters' files: only the audited case-media function (through S3, which holds them SSE-KMS).
  media: ['case-media'],
  // Staff mobile numbers (shared/oncall): the directory view (staff-admin) and the one sender of per-person
  // SMS, the sweeper; every other function leaves a rota regency's alerts to it (shared/alerts/defer-to-sweeper.ts).
  staffPhone: ['staff-admin', 'alert-sweeper'],
  // Staff messages and the reporter's replies: the staff, the reporter's inbox (web) and their chat (WhatsApp).
  thread: ['staff-api', 'web-report', 'whatsapp-webhook'],
};

export class KmsAccessError extends Error {
  override readonly name = 'KmsAccessError';
}

/** Throws when a catalog entry asks to decrypt a purpose its function may not open. */
export function assertKmsAccessAllowed(entry: FunctionEntry): void {
  for (const purpose of [...entry.kms.generate, ...entry.kms.decrypt]) {
    if (!SEALED_PURPOSES.includes(purpose)) {
      throw new KmsAccessError(`functions/${entry.name}: unknown sealed purpose "${purpose}"`);
    }
  }
  for (const purpose of entry.kms.decrypt) {
    const allowed = DECRYPT_ALLOWED[purpose];
    if (!allowed.includes(entry.name)) {
      throw new KmsAccessError(
        `functions/${entry.name} may not decrypt purpose "${purpose}": only ${allowed.join(', ') || 'no function'} may (infra/kms-access.ts)`,
      );
    }
  }
}

/** Which AWS service uses the tenant key on the function's behalf, if any. */
export type KmsVia = 'sns' | 's3';

/** One permission on the tenant keys. */
export interface KmsGrant {
  readonly kind: 'seal' | 'open' | 'store-media' | 'read-media' | 'publish-alert';
  readonly actions: readonly string[];
  /** Direct use: bound to these encryption-context purposes. */
  readonly purposes?: readonly SealedPurpose[];
  /**
   * Service use: only through that service (`kms:ViaService`) and under the service's own encryption
   * context (the topic or bucket ARN), which no sealed case part carries: such a grant cannot open a case.
   */
  readonly via?: KmsVia;
}

export function kmsGrants(entry: FunctionEntry): KmsGrant[] {
  assertKmsAccessAllowed(entry);
  const direct = (purposes: readonly SealedPurpose[]) => purposes.filter((purpose) => purpose !== 'media').sort();
  const seal = direct(entry.kms.generate);
  const open = direct(entry.kms.decrypt);
  const grants: KmsGrant[] = [];
  if (seal.length > 0) grants.push({ kind: 'seal', actions: ['kms:GenerateDataKey'], purposes: seal });
  if (open.length > 0) grants.push({ kind: 'open', actions: ['kms:Decrypt'], purposes: open });
  if (entry.kms.generate.includes('media')) grants.push({ kind: 'store-media', actions: ['kms:GenerateDataKey'], via: 's3' });
  if (entry.kms.decrypt.includes('media')) grants.push({ kind: 'read-media', actions: ['kms:Decrypt'], via: 's3' });
  // SNS needs both to publish to a KMS-encrypted topic.
  if (entry.publishesAlerts) grants.push({ kind: 'publish-alert', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], via: 'sns' });
  return grants;
}

const STATEMENT_IDS: Readonly<Record<KmsGrant['kind'], string>> = {
  seal: 'SealWithTenantKeys',
  open: 'OpenWithTenantKeys',
  'store-media': 'StoreMediaWithTenantKeys',
  'read-media': 'ReadMediaWithTenantKeys',
  'publish-alert': 'PublishToEncryptedAlertTopics',
};

const SERVICE_CONTEXT: Readonly<Record<KmsVia, string>> = {
  sns: 'kms:EncryptionContext:aws:sns:topicArn',
  s3: 'kms:EncryptionContext:aws:s3:arn',
};

const viaService = (via: KmsVia) => `${via}.${Aws.REGION}.amazonaws.com`;

/** What the service's encryption context may be: every alert topic, or the media bucket and its objects. */
function serviceContextPattern(via: KmsVia, topicArns: readonly string[]): string[] {
  return via === 'sns' ? [...topicArns] : [mediaBucketArn(), `${mediaBucketArn()}/*`];
}

/** Identity-policy statements of one function role: any tenant key (found by its alias), its purposes only. */
export function kmsIdentityStatements(entry: FunctionEntry): PolicyStatement[] {
  return kmsGrants(entry).map(
    (grant) =>
      new PolicyStatement({
        sid: STATEMENT_IDS[grant.kind],
        actions: [...grant.actions],
        resources: [tenantKeyArnPattern()],
        conditions: {
          'ForAnyValue:StringLike': { 'kms:ResourceAliases': TENANT_KEY_ALIAS_PATTERN },
          ...(grant.via
            ? {
                StringEquals: { 'kms:ViaService': viaService(grant.via) },
                StringLike: { [SERVICE_CONTEXT[grant.via]]: serviceContextPattern(grant.via, [alertTopicArn('*')]) },
              }
            : { StringEquals: { 'kms:EncryptionContext:purpose': [...(grant.purposes ?? [])] } }),
        },
      }),
  );
}

export interface KeyPolicyOptions {
  /** The tenant's alert topics, encrypted with its key (default: the on-call topic only). */
  readonly alertTopicArns?: readonly string[];
}

/**
 * Key-policy statements of one tenant's key, one per distinct grant with every role that holds it. The
 * principal is the account narrowed by `aws:PrincipalArn` to the function roles' fixed names, so the role's
 * identity policy must allow too, and the tenant stack needs no export from the core stack.
 */
export function tenantKeyPolicyStatements(
  tenantId: string,
  catalog: readonly FunctionEntry[],
  options: KeyPolicyOptions = {},
): PolicyStatement[] {
  const topics = options.alertTopicArns ?? [alertTopicArn(tenantId)];
  const groups = new Map<string, { grant: KmsGrant; roles: string[] }>();
  for (const entry of catalog) {
    for (const grant of kmsGrants(entry)) {
      const key = `${grant.kind}:${(grant.purposes ?? []).join(',')}`;
      const group = groups.get(key) ?? { grant, roles: [] };
      group.roles.push(functionRoleArn(entry.name));
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(
    ({ grant, roles }) =>
      new PolicyStatement({
        // Unique per statement (a kind appears once per purpose set): policies refuse repeated ids.
        sid: STATEMENT_IDS[grant.kind] + (grant.purposes ?? []).map((p) => p[0]?.toUpperCase() + p.slice(1)).join(''),
        actions: [...grant.actions],
        principals: [new AccountRootPrincipal()],
        resources: ['*'],
        conditions: {
          ArnEquals: { 'aws:PrincipalArn': roles },
          ...(grant.via
            ? {
                StringEquals: { 'kms:ViaService': viaService(grant.via) },
                StringLike: { [SERVICE_CONTEXT[grant.via]]: serviceContextPattern(grant.via, topics) },
              }
            : {
                StringEquals: {
                  'kms:EncryptionContext:tenant': tenantId,
                  'kms:EncryptionContext:purpose': [...(grant.purposes ?? [])],
                },
              }),
        },
      }),
  );
}
