/**
 * The staff directory, the rota and their audit on DynamoDB, in the regency's partition. A person is one
 * item; a sign-in e-mail is claimed by a conditional put before the person is stored, so two people of a
 * regency never share one. The rota is one item replaced under its version.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { auditItemsNewestFirst, putAuditItem } from './audit-page.js';
import type {
  OnCallAuditEntry,
  OnCallAuditLog,
  RotaStore,
  StaffDirectory,
  StoredRota,
} from '../oncall/ports.js';
import type { StaffPerson } from '../oncall/staff-person.js';
import type { ChainSettings } from '../alerts/ports.js';
import type { Page } from '../staff/ports.js';
import { isConditionFailure } from './condition-failure.js';
import { markRotaSaved } from './dynamo-tenant-registry.js';
import { queryItems } from './query-items.js';
import { keys } from './table-design.js';

const PERSON_PREFIX = 'STAFF#';
const AUDIT_PREFIX = 'AUDIT#ONCALL#';

export class DynamoStaffDirectory implements StaffDirectory, RotaStore, OnCallAuditLog, ChainSettings {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listPeople(tenantId: string): Promise<StaffPerson[]> {
    const items = await queryItems(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenant(tenantId).PK, ':prefix': PERSON_PREFIX },
      ConsistentRead: true,
    });
    return items.map(toPerson);
  }

  async findPerson(tenantId: string, personId: string): Promise<StaffPerson | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.staffPerson(tenantId, personId), ConsistentRead: true }),
    );
    return out.Item ? toPerson(out.Item) : undefined;
  }

  async findPersonByEmail(tenantId: string, email: string): Promise<StaffPerson | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.staffEmail(tenantId, email), ConsistentRead: true }),
    );
    return typeof out.Item?.personId === 'string' ? this.findPerson(tenantId, out.Item.personId) : undefined;
  }

  async addPerson(person: StaffPerson): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.staffEmail(person.tenantId, person.email), type: 'StaffEmail', personId: person.personId },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.staffPerson(person.tenantId, person.personId), type: 'StaffPerson', ...person },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  }

  async savePerson(person: StaffPerson, expectedVersion: number): Promise<boolean> {
    return this.putVersioned(
      { ...keys.staffPerson(person.tenantId, person.personId), type: 'StaffPerson', ...person },
      expectedVersion,
    );
  }

  async findRota(tenantId: string): Promise<StoredRota | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.rota(tenantId), ConsistentRead: true }));
    if (!out.Item) return undefined;
    return {
      rota: out.Item.rota as StoredRota['rota'],
      version: Number(out.Item.version),
      updatedAt: out.Item.updatedAt as string | undefined,
      updatedBy: out.Item.updatedBy as StoredRota['updatedBy'],
    };
  }

  async hasRota(tenantId: string): Promise<boolean> {
    return (await this.findRota(tenantId)) !== undefined;
  }

  async saveRota(tenantId: string, stored: StoredRota, expectedVersion: number): Promise<boolean> {
    if (!(await this.putVersioned({ ...keys.rota(tenantId), type: 'Rota', tenantId, ...stored }, expectedVersion))) return false;
    // Rota first, flag second: if setting the flag fails, the intake keeps sending at once to the regency's
    // topic (as before its rota) until the next save sets it; the other order could hand alerts to the
    // sweeper for a regency that has no rota.
    await markRotaSaved(this.db, this.tableName, tenantId, stored.updatedAt ?? new Date().toISOString());
    return true;
  }

  record(entry: OnCallAuditEntry): Promise<void> {
    return putAuditItem(this.db, this.tableName, { ...keys.onCallAudit(entry.tenantId, entry.auditId), type: 'OnCallAudit', ...entry });
  }

  async list(tenantId: string, limit: number, resumeAfter?: string): Promise<Page<OnCallAuditEntry>> {
    const page = await auditItemsNewestFirst(this.db, this.tableName, {
      tenantId,
      prefix: AUDIT_PREFIX,
      limit,
      startKey: resumeAfter ? keys.onCallAudit(tenantId, resumeAfter) : undefined,
    });
    const items = page.items.map(({ PK: _pk, SK: _sk, type: _type, ...entry }) => entry as unknown as OnCallAuditEntry);
    return { items, resumeAfter: page.more ? items.at(-1)?.auditId : undefined };
  }

  /** Put whose item carries `version`: the first save expects 0 (no item yet). */
  private async putVersioned(item: Record<string, unknown> & { version: number }, expectedVersion: number): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : '#version = :expected',
          ...(expectedVersion === 0
            ? {}
            : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

function toPerson(item: Record<string, unknown>): StaffPerson {
  const { PK: _pk, SK: _sk, type: _type, ...person } = item;
  return person as unknown as StaffPerson;
}
