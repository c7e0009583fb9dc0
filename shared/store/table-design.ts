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
  /**
   * Sparse: cases still `diterima` with an SLA escalation ahead (slaSk = `<escalate at>#<tenant>#<caseId>`).
   * The escalation job drops a case from it once the case is assessed or fully escalated.
   */
  awaitingAssessment: { name: 'awaitingAssessment', partitionKey: 'slaPk', sortKey: 'slaSk' },
  /**
   * Sparse: alert delivery records by the transport's message id, the only thing SNS's SMS delivery-status
   * log names. (The local runtime's outbox entries carry a messageId too; their sort key tells them apart.)
   */
  byMessageId: { name: 'byMessageId', partitionKey: 'messageId', sortKey: 'SK' },
  /**
   * Sparse: a tenant's cases while they are open (`openPk` = `TENANT#<t>`), so the default case list reads
   * the office's open caseload, never its years of closed cases. Closing removes `openPk`, reopening sets it.
   */
  openCases: { name: 'openCases', partitionKey: 'openPk', sortKey: 'SK' },
  /**
   * Sparse: cases with a case-work reminder ahead (the TPKS police-referral clock, a follow-up's day),
   * `dlSk = <remind at>#<tenant>#<caseId>`; the reminder job moves or drops it.
   */
  caseworkDeadlines: { name: 'caseworkDeadlines', partitionKey: 'dlPk', sortKey: 'dlSk' },
  /**
   * Sparse: closed cases on their way out (retSk = `<stage>#<at>#<tenant>#<caseId>`): `C` closed, not yet
   * planned; `P` personal data due at `at`; `R` the routing fields due at `at`. Held cases are not in it.
   */
  retentionDue: { name: 'retentionDue', partitionKey: 'retPk', sortKey: 'retSk' },
  /**
   * A tenant's cases by the UTC year they were reported (`yearPk` = `TENANT#<t>#Y#<yyyy>`), by `createdAt`:
   * a year's numbers, CSV and dated list read that year only, however many years the regency has.
   */
  byYear: { name: 'byYear', partitionKey: 'yearPk', sortKey: 'createdAt' },
} as const;

export const RETENTION_PARTITION = 'RETENTION';

/** The attributes that put a case in the open-cases index. */
export const openCaseAttributes = (tenantId: string) => ({ [GSI.openCases.partitionKey]: `TENANT#${tenantId}` });

/** A stored item with the index attributes a table created before `openCases` lacks (local rebuilds). */
export function withOpenCaseAttributes(item: Record<string, unknown>): Record<string, unknown> {
  const lacking = item.type === 'Case' && item.status !== 'selesai' && item[GSI.openCases.partitionKey] === undefined;
  return lacking ? { ...item, ...openCaseAttributes(String(item.tenantId)) } : item;
}

/** The attribute that puts a case in the year index (UTC year of `createdAt`, an ISO instant). */
export const caseYearAttributes = (tenantId: string, createdAt: string) => ({
  [GSI.byYear.partitionKey]: keys.caseYear(tenantId, Number(createdAt.slice(0, 4))),
});

/** A stored case lacking `yearPk` (written before the year index), given it (local rebuilds, backfills). */
export function withCaseYearAttributes(item: Record<string, unknown>): Record<string, unknown> {
  const lacking = item.type === 'Case' && typeof item.createdAt === 'string' && item[GSI.byYear.partitionKey] === undefined;
  return lacking ? { ...item, ...caseYearAttributes(String(item.tenantId), item.createdAt as string) } : item;
}

export const OUTBOX_PARTITION = 'PENDING';
export const SLA_PARTITION = 'AWAITING';
export const CASEWORK_PARTITION = 'CASEWORK';

export const CASE_EVENT_PREFIX = 'V#';

export const keys = {
  tenant: (tenantId: string) => ({ PK: `TENANT#${tenantId}`, SK: 'PROFILE' }),
  case: (tenantId: string, caseId: string) => ({ PK: `TENANT#${tenantId}`, SK: `CASE#${caseId}` }),
  /**
   * A case's history: one partition per case (tenant first, like every key), so the tenant's partition,
   * which lists its cases, stays lean however long a case is handled.
   */
  caseHistory: (tenantId: string, caseId: string) => `TENANT#${tenantId}#CASE#${caseId}`,
  /** One recorded change; zero-padded, so sort keys order like versions. */
  caseEvent: (tenantId: string, caseId: string, version: number) => ({
    PK: keys.caseHistory(tenantId, caseId),
    SK: `${CASE_EVENT_PREFIX}${String(version).padStart(10, '0')}`,
  }),
  /** Partition of the year index (GSI.byYear): one per tenant and UTC year. */
  caseYear: (tenantId: string, year: number) => `TENANT#${tenantId}#Y#${year}`,
  referenceCounter: (tenantId: string, year: number) => ({ PK: `TENANT#${tenantId}`, SK: `COUNTER#REF#${year}` }),
  intakeClaim: (tenantId: string, claimKey: string) => ({ PK: `TENANT#${tenantId}`, SK: `INTAKE#${claimKey}` }),
  referenceIndex: (tenantId: string, reference: string) => `${tenantId}#${reference}`,
  /** Sort key of both sparse schedules: due time first, so a query `< now` finds what is due. */
  scheduleSortKey: (at: string, tenantId: string, caseId: string) => `${at}#${tenantId}#${caseId}`,
  /** One per alert that reached the transport: what makes a re-send recognisable (dedupe). */
  alertDelivery: (tenantId: string, caseId: string, event: string, personId?: string) => ({
    PK: `TENANT#${tenantId}`,
    // Per person when the alert went to people of the directory (shared/oncall).
    SK: `ALERT#${caseId}#${event}${personId ? `#${personId}` : ''}`,
  }),
  /** The one key not led by a tenant: the call-center API key's hash is what tells the tenant. */
  callCenterKey: (keyHash: string) => ({ PK: `APIKEY#${keyHash}`, SK: 'CALL_CENTER' }),
  /** A reporter's WhatsApp conversation, by blind index of tenant + number or BSUID (TTL 24 h). */
  whatsappConversation: (tenantId: string, senderKey: string) => ({ PK: `TENANT#${tenantId}`, SK: `WACONV#${senderKey}` }),
  /**
   * Which conversation a reporter's identity (blind index of their number or of their BSUID) belongs to, when
   * it is not the one keyed by that identity itself (TTL a day past the conversation's).
   */
  whatsappAlias: (tenantId: string, identityKey: string) => ({ PK: `TENANT#${tenantId}`, SK: `WAID#${identityKey}` }),
  /** How a case reaches its WhatsApp reporter (sealed recipient, delivery state): in the case's own partition. */
  reporterLine: (tenantId: string, caseId: string) => ({ PK: keys.caseHistory(tenantId, caseId), SK: 'LINE#WHATSAPP' }),
  /** Which case a reporter's identity (blind index of number or BSUID) last filed: where their answers go. */
  whatsappLine: (tenantId: string, identityKey: string) => ({ PK: `TENANT#${tenantId}`, SK: `WALINE#${identityKey}` }),
  /** Dedupe marker of one inbound WhatsApp message, by blind index of its id (TTL 8 days). */
  whatsappMessage: (tenantId: string, messageKey: string) => ({ PK: `TENANT#${tenantId}`, SK: `WAMSG#${messageKey}` }),
  /** Not led by a tenant either: Meta's phone-number id in a webhook is what tells the tenant. */
  whatsappNumber: (phoneNumberId: string) => ({ PK: `WABA#${phoneNumberId}`, SK: 'TENANT' }),
  /** One record per identity reveal, written before the decryption; ULIDs make the log newest-first sortable. */
  revealAudit: (tenantId: string, auditId: string) => ({ PK: `TENANT#${tenantId}`, SK: `AUDIT#REVEAL#${auditId}` }),
  /** A responder's request to reveal an identity, and the supervisor's decision on it (shared/staff/reveal-requests.ts). */
  revealRequest: (tenantId: string, requestId: string) => ({ PK: `TENANT#${tenantId}`, SK: `REVEALREQ#${requestId}` }),
  /** Written once when an approved request opens the identity: the second use finds it and is refused. */
  revealGrantUse: (tenantId: string, requestId: string) => ({ PK: `TENANT#${tenantId}`, SK: `REVEALUSE#${requestId}` }),
  /** Who opened which file of a case (shared/staff/open-case-media.ts), written before it is decrypted. */
  mediaAudit: (tenantId: string, auditId: string) => ({ PK: `TENANT#${tenantId}`, SK: `AUDIT#MEDIA#${auditId}` }),
  /** A partner organisation of the regency's referral directory. */
  partner: (tenantId: string, partnerId: string) => ({ PK: `TENANT#${tenantId}`, SK: `PARTNER#${partnerId}` }),
  /** One audited act of case work (partners, consent overrides); ULIDs sort it newest-first. */
  caseworkAudit: (tenantId: string, auditId: string) => ({ PK: `TENANT#${tenantId}`, SK: `AUDIT#CASEWORK#${auditId}` }),
  /**
   * One fixed window of an abuse counter (shared/abuse), TTL `expiresAt`. Its own partition per subject, so a
   * flood of counted requests never heats the tenant's partition, where its cases are written.
   */
  rateWindow: (tenantId: string, scope: string, subject: string, windowStart: string) => ({
    PK: `RATE#${tenantId}#${scope}#${subject}`,
    SK: `WINDOW#${windowStart}`,
  }),
  /** A person of the regency's staff directory (shared/oncall). */
  staffPerson: (tenantId: string, personId: string) => ({ PK: `TENANT#${tenantId}`, SK: `STAFF#${personId}` }),
  /** Claims a sign-in e-mail for one person of the regency: no two people sign in as the same. */
  staffEmail: (tenantId: string, email: string) => ({ PK: `TENANT#${tenantId}`, SK: `STAFFEMAIL#${email}` }),
  /** The regency's rota: one item, replaced whole under a version. */
  rota: (tenantId: string) => ({ PK: `TENANT#${tenantId}`, SK: 'ROTA' }),
  /** Who changed the directory or the rota, when and how; ULIDs sort it newest-last. */
  onCallAudit: (tenantId: string, auditId: string) => ({ PK: `TENANT#${tenantId}`, SK: `AUDIT#ONCALL#${auditId}` }),
  /** An alert link's opaque id: the one key not led by a tenant (the link names only itself). */
  alertLink: (linkId: string) => ({ PK: `ALERTLINK#${linkId}`, SK: 'LINK' }),
  /** The alert link of a case, so that every SMS about the case carries the same one. */
  caseAlertLink: (tenantId: string, caseId: string) => ({ PK: `TENANT#${tenantId}`, SK: `ALERTLINK#${caseId}` }),
} as const;

/**
 * The per-case secrets (shared/crypto/case-secrets.ts) live in a table of their own: it has no point-in-time
 * recovery and no backups, so a destroyed secret is gone everywhere. Same key names as the case table.
 */
export const caseSecretKey = (tenantId: string, caseId: string) => ({ PK: `TENANT#${tenantId}#CASE#${caseId}`, SK: 'SECRET' });
