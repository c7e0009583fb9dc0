/** CaseStore on DynamoDB: every state change is one conditional write of one item (dynalite has no transactions). */
import { firstSlaWatch } from '../oncall/acknowledge-chain.js';
import { isConditionFailure } from './condition-failure.js';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { OutboxCase } from '../alerts/ports.js';
import type { CaseStatus } from '../domain/vocabulary.js';
import type { AlertEvent, CaseRecord, CaseStatusView, CaseStore, FiledCase, IntakeClaim } from '../intake/ports.js';
import { CASEWORK_PARTITION, caseYearAttributes, GSI, keys, OUTBOX_PARTITION, openCaseAttributes, SLA_PARTITION } from './table-design.js';
import { DynamoAlertOutbox } from './dynamo-alert-outbox.js';
import { nextOutboxAttempt } from '../alerts/outbox-schedule.js';
import { nextReminderAt } from '../staff/casework-clock.js';


export class DynamoCaseStore implements CaseStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claimIntake(claim: IntakeClaim): Promise<IntakeClaim> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.intakeClaim(claim.tenantId, claim.claimKey), type: 'IntakeClaim', ...claim },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return claim;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const winner = await this.findIntakeClaim(claim.tenantId, claim.claimKey);
      if (!winner) throw error;
      return winner;
    }
  }

  private async findIntakeClaim(tenantId: string, claimKey: string): Promise<IntakeClaim | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.intakeClaim(tenantId, claimKey), ConsistentRead: true }),
    );
    return out.Item ? toClaim(out.Item) : undefined;
  }

  async retakeIntakeClaim(claim: IntakeClaim, toFingerprint: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.intakeClaim(claim.tenantId, claim.claimKey),
          UpdateExpression: 'SET fingerprint = :to',
          ConditionExpression: 'fingerprint = :from',
          ExpressionAttributeValues: { ':from': claim.fingerprint, ':to': toFingerprint },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async nextReferenceNumber(tenantId: string, year: number): Promise<number> {
    const out = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.referenceCounter(tenantId, year),
        UpdateExpression: 'ADD #last :one SET #type = :type',
        ExpressionAttributeNames: { '#last': 'lastNumber', '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'ReferenceCounter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const value = out.Attributes?.lastNumber;
    if (typeof value !== 'number') throw new Error('reference counter returned no number');
    return value;
  }

  async createCase(record: CaseRecord): Promise<FiledCase & { created: boolean }> {
    const firstAttempt = nextOutboxAttempt(record.alerts);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.case(record.tenantId, record.caseId),
            type: 'Case',
            refKey: keys.referenceIndex(record.tenantId, record.reference),
            ...(firstAttempt
              ? { outboxPk: OUTBOX_PARTITION, outboxSk: keys.scheduleSortKey(firstAttempt, record.tenantId, record.caseId) }
              : {}),
            ...(record.status === 'selesai' ? {} : openCaseAttributes(record.tenantId)),
            ...caseYearAttributes(record.tenantId, record.createdAt),
            // Watched for the SLA from the start: the first escalation (or acknowledgement step) is due then.
            ...(record.status === 'diterima'
              ? { slaPk: SLA_PARTITION, slaSk: keys.scheduleSortKey(firstSlaWatch(record), record.tenantId, record.caseId) }
              : {}),
            ...caseworkWatchOf(record),
            ...record,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return { created: true, reference: record.reference, status: record.status };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // The winner of a concurrent attempt numbered the case itself: its reference is the one to answer with.
      const filed = await this.findFiledCase(record.tenantId, record.caseId);
      if (!filed) throw error;
      return { created: false, ...filed };
    }
  }

  async findFiledCase(tenantId: string, caseId: string): Promise<FiledCase | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.case(tenantId, caseId),
        ProjectionExpression: '#reference, #status',
        ExpressionAttributeNames: { '#reference': 'reference', '#status': 'status' },
        ConsistentRead: true,
      }),
    );
    if (!out.Item) return undefined;
    return { reference: String(out.Item.reference), status: out.Item.status as CaseStatus };
  }

  async findCaseByReference(tenantId: string, reference: string): Promise<CaseStatusView | undefined> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: GSI.byReference.name,
        KeyConditionExpression: '#refKey = :refKey',
        ExpressionAttributeNames: { '#refKey': GSI.byReference.partitionKey },
        ExpressionAttributeValues: { ':refKey': keys.referenceIndex(tenantId, reference) },
        Limit: 1,
      }),
    );
    const item = out.Items?.[0];
    if (!item || item.tenantId !== tenantId) return undefined;
    return {
      caseId: String(item.caseId),
      reference: String(item.reference),
      status: item.status as CaseStatus,
      updatedAt: String(item.updatedAt),
      trackingHash: String(item.trackingHash),
    };
  }

  /** Other alerts of the case may still be pending: the outbox keeps its place in the index right. */
  markAlertSent(tenantId: string, caseId: string, event: AlertEvent, sentAt: string, stored?: OutboxCase, messageId?: string): Promise<boolean> {
    return new DynamoAlertOutbox(this.db, this.tableName).markAlertSent(tenantId, caseId, event, sentAt, stored, messageId);
  }
}

function toClaim(item: Record<string, unknown>): IntakeClaim {
  const receipt = item.receipt as IntakeClaim['receipt'];
  return {
    tenantId: String(item.tenantId),
    claimKey: String(item.claimKey),
    caseId: String(item.caseId),
    createdAt: String(item.createdAt),
    fingerprint: String(item.fingerprint),
    receipt,
  };
}

/** A sexual-violence case is watched for the TPKS police-referral clock from the start. */
function caseworkWatchOf(record: CaseRecord): Record<string, string> {
  const at = nextReminderAt({ category: record.category, createdAt: record.createdAt, alerts: {} });
  return at ? { dlPk: CASEWORK_PARTITION, dlSk: keys.scheduleSortKey(at, record.tenantId, record.caseId) } : {};
}
