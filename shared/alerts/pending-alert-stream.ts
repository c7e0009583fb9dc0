/**
 * What the table's stream hands the alert sweeper: batches of case items that have a pending alert (the
 * event source mapping's filter in infra lets nothing else through). Only the keys are read; the sweeper
 * re-reads each case, so a stale or redelivered record is harmless.
 */
import * as z from 'zod';
import type { CaseKey } from './send-handed-off-alerts.js';

const CASE_PARTITION = /^TENANT#([^#]+)$/;
const CASE_SORT_KEY = /^CASE#([^#]+)$/;

export const PendingAlertStreamRecord = z.object({
  eventName: z.enum(['INSERT', 'MODIFY', 'REMOVE']),
  dynamodb: z.object({
    SequenceNumber: z.string().min(1),
    Keys: z.object({
      PK: z.object({ S: z.string().regex(CASE_PARTITION) }),
      SK: z.object({ S: z.string().regex(CASE_SORT_KEY) }),
    }),
  }),
});
export type PendingAlertStreamRecord = z.infer<typeof PendingAlertStreamRecord>;

export const PendingAlertStreamBatch = z.object({ Records: z.array(PendingAlertStreamRecord).min(1) });
export type PendingAlertStreamBatch = z.infer<typeof PendingAlertStreamBatch>;

/** Lambda's partial batch response: the stream resumes from the first failed record's sequence number. */
export interface StreamBatchResponse {
  readonly batchItemFailures: readonly { readonly itemIdentifier: string }[];
}

export function caseKeyOf(record: PendingAlertStreamRecord): CaseKey {
  const { PK, SK } = record.dynamodb.Keys;
  return {
    tenantId: (CASE_PARTITION.exec(PK.S) as RegExpExecArray)[1] as string,
    caseId: (CASE_SORT_KEY.exec(SK.S) as RegExpExecArray)[1] as string,
  };
}
