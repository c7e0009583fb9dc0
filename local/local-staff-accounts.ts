/**
 * The local stand-in for the staff user pool's accounts: one item per e-mail in the local table, with the
 * same rules as shared/oncall/cognito-staff-accounts.ts (one account per e-mail across regencies, another
 * regency's account refused), so the directory behaves on a laptop as it does in the cloud.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { checkExistingAccount, type StaffAccount, type StaffAccounts } from '#shared/oncall/staff-accounts.js';

const LOCAL_ACCOUNT_PK = 'LOCAL#STAFF_ACCOUNT';

interface LocalAccountItem extends StaffAccount {
  readonly enabled: boolean;
}

export class LocalStaffAccounts implements StaffAccounts {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async ensureAccount(account: StaffAccount): Promise<'created' | 'existed'> {
    const existing = await this.find(account.email);
    if (existing) {
      checkExistingAccount(existing, account, 'regency-and-role');
      return 'existed';
    }
    const item: LocalAccountItem = { ...account, enabled: true };
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...this.key(account.email), type: 'LocalStaffAccount', ...item } }));
    return 'created';
  }

  async setSignInEnabled(account: StaffAccount, enabled: boolean): Promise<void> {
    const existing = await this.find(account.email);
    if (!existing) {
      if (enabled) await this.ensureAccount(account);
      return;
    }
    checkExistingAccount(existing, account, 'regency');
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.key(account.email),
        UpdateExpression: 'SET enabled = :enabled',
        ExpressionAttributeValues: { ':enabled': enabled },
      }),
    );
  }

  /** The account of an e-mail, for the dev login and tests. */
  async find(email: string): Promise<LocalAccountItem | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: this.key(email), ConsistentRead: true }));
    return out.Item as LocalAccountItem | undefined;
  }

  private key(email: string) {
    return { PK: LOCAL_ACCOUNT_PK, SK: email };
  }
}
