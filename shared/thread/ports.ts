/** What the two-way line needs besides the case store. */
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
