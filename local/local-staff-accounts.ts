/**
 * The local stand-in for the staff user pool: one item per e-mail in the local table, under the same rules as
 * the cloud's (shared/oncall/staff-accounts.ts AccountsOfRegencies), so the directory behaves on a laptop as
 * it does on AWS.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '#shared/store/condition-failure.js';
import { type AccountPool, AccountsOfRegencies, type StaffAccount } from '#shared/oncall/staff-accounts.js';

const LOCAL_ACCOUNT_PK = 'LOCAL#STAFF_ACCOUNT';

export interface LocalAccount extends StaffAccount {
  readonly enabled: boolean;
}

class LocalAccountPool implements AccountPool {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(account: StaffAccount): Promise<'created' | 'exists'> {
    const item: LocalAccount = { ...account, enabled: true };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...accountKey(account.email), type: 'LocalStaffAccount', ...item },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return 'created';
    } catch (error) {
      if (isConditionFailure(error)) return 'exists';
      throw error;
    }
  }

  async find(email: string): Promise<LocalAccount | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: accountKey(email), ConsistentRead: true }));
    return out.Item as LocalAccount | undefined;
  }

  async setEnabled(email: string, enabled: boolean): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: accountKey(email),
        UpdateExpression: 'SET enabled = :enabled',
        ExpressionAttributeValues: { ':enabled': enabled },
      }),
    );
  }
}

/** The local accounts, and a look at one of them (the dev login, tests). */
export class LocalStaffAccounts extends AccountsOfRegencies {
  private readonly local: LocalAccountPool;

  constructor(db: DynamoDBDocumentClient, tableName: string) {
    const pool = new LocalAccountPool(db, tableName);
    super(pool);
    this.local = pool;
  }

  find(email: string): Promise<LocalAccount | undefined> {
    return this.local.find(email);
  }
}

const accountKey = (email: string) => ({ PK: LOCAL_ACCOUNT_PK, SK: email });
