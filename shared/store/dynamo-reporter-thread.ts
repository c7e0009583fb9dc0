/** A case's thread as its reporter's side reads and writes it: through the case's history, like every change. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CaseChangeContent, RecordedChange } from '../staff/case-change.js';
import type { ReporterThreadStore } from '../thread/ports.js';
import { DynamoCaseHistory } from './dynamo-case-history.js';

export class DynamoReporterThread implements ReporterThreadStore {
  protected readonly history: DynamoCaseHistory;

  constructor(
    protected readonly db: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {
    this.history = new DynamoCaseHistory(db, tableName);
  }

  async listRecentChanges(tenantId: string, caseId: string, limit: number): Promise<readonly RecordedChange[]> {
    return (await this.history.listChanges(tenantId, caseId, limit)).changes;
  }

  appendToCase(tenantId: string, caseId: string, changeKey: string, content: CaseChangeContent): Promise<void> {
    return this.history.appendUnversioned(tenantId, caseId, changeKey, () => content);
  }
}
