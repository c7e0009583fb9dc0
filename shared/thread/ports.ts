/** What the two-way line needs besides the case store. */
import type { CaseChangeContent, RecordedChange } from '../staff/case-change.js';
import type { Tenant } from '../tenancy/tenant.js';

/** How a staff message reached the reporter, as the console tells it. */
export type MessageDelivery =
  /** Sent into the reporter's WhatsApp chat. */
  | 'sent'
  /** Outside WhatsApp's 24-hour window: the content-free notice went out; the text waits for their answer. */
  | 'notice'
  /** Not sent yet (the send failed): it is tried again with the next message or the reporter's next answer. */
  | 'waiting'
  /** No chat to write to: the reporter reads it in their inbox (reference + tracking code). */
  | 'inbox';

/** Delivers the staff messages a WhatsApp reporter has not received yet (adapter: the WhatsApp channel). */
export interface ReporterChat {
  deliverOwed(tenant: Tenant, caseId: string): Promise<MessageDelivery>;
}

/** The reporter's side of a case's history (adapter: shared/store/dynamo-reporter-thread.ts). */
export interface ReporterThreadStore {
  /** The newest recorded changes, newest first. */
  listRecentChanges(tenantId: string, caseId: string, limit: number): Promise<readonly RecordedChange[]>;
  /** Records a change once per key, whatever the case's version. */
  appendToCase(tenantId: string, caseId: string, changeKey: string, content: CaseChangeContent): Promise<void>;
}
