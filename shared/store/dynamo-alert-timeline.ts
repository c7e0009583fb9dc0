/** Alert steps on a case's timeline: a change without a version of its own, recorded once by its key. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertTimeline } from '../oncall/on-call-alert-publisher.js';
import { DynamoCaseHistory } from './dynamo-case-history.js';

export class DynamoAlertTimeline implements AlertTimeline {
  private readonly history: DynamoCaseHistory;

  constructor(db: DynamoDBDocumentClient, tableName: string) {
    this.history = new DynamoCaseHistory(db, tableName);
  }

  recordRecipients(...[tenantId, caseId, changeKey, entry]: Parameters<AlertTimeline['recordRecipients']>): Promise<void> {
    return this.history.appendUnversioned(tenantId, caseId, changeKey, () => ({ entry: { kind: 'alertRecipients', ...entry } }));
  }
}
