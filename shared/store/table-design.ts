/**
 * The single table, described once as data so the local runtime and the CDK stack create the same thing.
 * Tenant first in every key.
 */
export const TABLE_KEYS = { partitionKey: 'PK', sortKey: 'SK' } as const;
export const TTL_ATTRIBUTE = 'expiresAt';

export const GSI = {
  /** Reporter-facing lookups by human reference (status checks). */
  byReference: { name: 'byReference', partitionKey: 'refKey', sortKey: 'SK' },
  /** Sparse: only cases with an alert still to send carry these attributes. */
  pendingAlerts: { name: 'pendingAlerts', partitionKey: 'outboxPk', sortKey: 'outboxSk' },
} as const;

export const OUTBOX_PARTITION = 'PENDING';

export const keys = {
  tenant: (tenantId: string) => ({ PK: `TENANT#${tenantId}`, SK: 'PROFILE' }),
  case: (tenantId: string, caseId: string) => ({ PK: `TENANT#${tenantId}`, SK: `CASE#${caseId}` }),
  referenceCounter: (tenantId: string, year: number) => ({ PK: `TENANT#${tenantId}`, SK: `COUNTER#REF#${year}` }),
  intakeClaim: (tenantId: string, claimKey: string) => ({ PK: `TENANT#${tenantId}`, SK: `INTAKE#${claimKey}` }),
  referenceIndex: (tenantId: string, reference: string) => `${tenantId}#${reference}`,
} as const;
