/**
 * Sending replies. Free-form only inside the 24-hour window; otherwise (or when Meta says the window has
 * closed) the tenant's content-free notice template, once. Stops at the first failure and reports how
 * many went out, so the caller can record it and retry the rest later.
 */
import type { Tenant } from '../../tenancy/tenant.js';
import { DEFAULT_NOTICE_TEMPLATE, type OutgoingMessage, type TemplateMessage, withinServiceWindow } from './outgoing-message.js';
import { OUTSIDE_SERVICE_WINDOW, WhatsAppApiError, type WhatsAppSender } from './ports.js';
import type { WhatsAppUser } from './webhook-payload.js';

export interface DeliveryResult {
  readonly sent: number;
  readonly error?: unknown;
}

export function noticeTemplate(tenant: Tenant): TemplateMessage {
  const configured = tenant.whatsapp?.noticeTemplate;
  return configured ? { kind: 'template', ...configured } : DEFAULT_NOTICE_TEMPLATE;
}

export async function deliverReplies(
  sender: WhatsAppSender,
  tenant: Tenant,
  to: WhatsAppUser,
  replies: readonly OutgoingMessage[],
  window: { readonly lastInboundAt: Date; readonly now: Date },
): Promise<DeliveryResult> {
  if (replies.length === 0) return { sent: 0 };
  if (!withinServiceWindow(window.lastInboundAt, window.now)) return sendTemplateInstead(sender, tenant, to, replies.length);
  let sent = 0;
  for (const reply of replies) {
    try {
      await sender.send(tenant, to, reply);
      sent++;
    } catch (error) {
      if (error instanceof WhatsAppApiError && error.code === OUTSIDE_SERVICE_WINDOW) {
        const rest = await sendTemplateInstead(sender, tenant, to, replies.length - sent);
        return { sent: sent + rest.sent, error: rest.error };
      }
      return { sent, error };
    }
  }
  return { sent };
}

/** One template stands for every reply still owed: the reporter answers it and the conversation resumes. */
async function sendTemplateInstead(
  sender: WhatsAppSender,
  tenant: Tenant,
  to: WhatsAppUser,
  owed: number,
): Promise<DeliveryResult> {
  try {
    await sender.send(tenant, to, noticeTemplate(tenant));
    return { sent: owed };
  } catch (error) {
    return { sent: 0, error };
  }
}
