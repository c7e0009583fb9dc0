/**
 * What a sealed part is bound to: KMS encryption context in the cloud and GCM additional data everywhere.
 * `victimContact`: how to reach the victim, given by someone reporting on their behalf; like `identity`,
 * only the audited reveal opens it. `thread`: the words staff and reporter exchange after the report
 * (staff messages, the reporter's replies and requests), read by both sides.
 */
export const SEALED_PURPOSES = ['details', 'identity', 'draft', 'media', 'note', 'victimContact', 'staffPhone', 'thread'] as const;
export type SealedPurpose = (typeof SEALED_PURPOSES)[number];

/** Only ids: the context is visible in CloudTrail. */
export interface EncryptionContext {
  readonly tenant: string;
  /** The case id, or the conversation / media id the sealed part belongs to. */
  readonly caseId: string;
  readonly purpose: SealedPurpose;
}

export function toKmsContext(context: EncryptionContext): Record<string, string> {
  return { tenant: context.tenant, caseId: context.caseId, purpose: context.purpose };
}

/** Canonical bytes of the context (sorted keys) so that every adapter authenticates the same data. */
export function contextAad(context: EncryptionContext): Buffer {
  const kms = toKmsContext(context);
  const sorted = Object.keys(kms)
    .sort()
    .map((key) => [key, kms[key]]);
  return Buffer.from(JSON.stringify(sorted), 'utf8');
}
