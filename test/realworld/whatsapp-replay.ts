/**
 * Replays a WhatsApp webhook body as Meta would post it to the local webhook, adapted as the fixtures'
 * `adaptations` say: the local tenant's phone-number id, a fresh Indonesian number for the published user
 * (an empty BSUID-era "" stays empty), run-unique message ids (one published id stays one id, so a
 * published duplicate stays a duplicate), timestamps of now; signed with the local app secret. Replies
 * are read back from the local outbox, which the webhook fills before it answers.
 */
import { signedHeaders } from '#local/whatsapp-payload.js';
import { LOCAL_WHATSAPP_OUTBOX_PATH } from '#local/whatsapp-routes.js';
import { WHATSAPP_WEBHOOK_PATH } from '#local/whatsapp-runtime.js';
import type { WhatsAppFixture } from './realworld-fixture.js';
import { fail, jsonOf, pass, type ReplayResult, type ReplayRun, type ReplayTarget } from './replay-target.js';

interface Adaptation {
  readonly phoneNumberId: string;
  readonly number: string;
  /** `.rw<run>.<n>` for a published message id: one published id in a body stays one id. */
  readonly messageId: (publishedId: string) => string;
}

/** Run-unique message ids for one body. */
function messageIds(run: ReplayRun): (publishedId: string) => string {
  const ids = new Map<string, string>();
  return (publishedId) => {
    const id = ids.get(publishedId) ?? `${publishedId}.rw${run.id}.${run.nextSerial()}`;
    ids.set(publishedId, id);
    return id;
  };
}

export async function replayWhatsApp(target: ReplayTarget, fixture: WhatsAppFixture, run: ReplayRun): Promise<ReplayResult> {
  const phoneNumberId = target.phoneNumberIds[fixture.tenant];
  if (phoneNumberId === undefined) return fail(fixture.id, `tenant "${fixture.tenant}" has no local WhatsApp number`);
  const adaptation = { phoneNumberId, number: run.nextNumber(), messageId: messageIds(run) };
  const body = adaptWebhook(fixture.published, adaptation);
  const posted = await postWebhook(target, body);
  if (posted.status !== 200) return fail(fixture.id, `webhook answered ${posted.summary}`);
  if (fixture.expect === 'ack') return pass(fixture.id);

  const recipient = recipientOf(body, adaptation.number);
  const replies = recipient === undefined ? 0 : await countReplies(target, recipient);
  if (typeof replies === 'string') return fail(fixture.id, `${replies} (webhook answered ${posted.summary})`);
  if (fixture.expect === 'silent') {
    return replies === 0 ? pass(fixture.id) : fail(fixture.id, `${replies} ${replies === 1 ? 'reply' : 'replies'}; expected none`);
  }
  if (replies === 0) {
    const who = recipient === undefined ? 'no sender in the body' : `to the ${recipient.kind}`;
    return fail(fixture.id, `no reply ${who} (webhook answered ${posted.summary})`);
  }
  return fixture.sameAsSingle ? compareWithSingle(target, fixture, phoneNumberId, run, replies) : pass(fixture.id);
}

/** A batch repeating one message: it gets as many replies as that message alone from another new number. */
async function compareWithSingle(
  target: ReplayTarget,
  fixture: WhatsAppFixture,
  phoneNumberId: string,
  run: ReplayRun,
  batchReplies: number,
): Promise<ReplayResult> {
  const single = structuredClone(fixture.published) as Record<string, any>;
  const value = single.entry[0].changes[0].value;
  value.messages = value.messages.slice(0, 1);
  const adaptation = { phoneNumberId, number: run.nextNumber(), messageId: messageIds(run) };
  const posted = await postWebhook(target, adaptWebhook(single, adaptation));
  const alone = await countReplies(target, { kind: 'number', address: adaptation.number });
  if (posted.status !== 200 || typeof alone === 'string') return fail(fixture.id, `the message alone: ${posted.summary}`);
  return alone === batchReplies
    ? pass(fixture.id)
    : fail(fixture.id, `the batch got ${batchReplies} replies, the message alone ${alone}`);
}

function adaptWebhook(published: unknown, { phoneNumberId, number, messageId }: Adaptation): Record<string, any> {
  const body = structuredClone(published) as Record<string, any>;
  const now = String(Math.floor(Date.now() / 1000));
  for (const entry of body.entry ?? []) {
    for (const change of entry.changes ?? []) {
      const value = change.value ?? {};
      if (value.metadata) value.metadata.phone_number_id = phoneNumberId;
      for (const contact of value.contacts ?? []) if (contact.wa_id) contact.wa_id = number;
      for (const message of value.messages ?? []) {
        if (message.from) message.from = number;
        if (typeof message.id === 'string') message.id = messageId(message.id);
        message.timestamp = now;
      }
      for (const status of value.statuses ?? []) {
        if (status.recipient_id) status.recipient_id = number;
        status.timestamp = now;
      }
    }
  }
  return body;
}

type Recipient = { readonly kind: 'number' | 'BSUID'; readonly address: string };

/** Who a reply would go to: the fresh number when the body names the user by number, else their BSUID. */
function recipientOf(body: Record<string, any>, number: string): Recipient | undefined {
  const values = (body.entry ?? []).flatMap((entry: any) => (entry.changes ?? []).map((change: any) => change.value ?? {}));
  const parts = values.flatMap((value: any) => [...(value.messages ?? []), ...(value.contacts ?? []), ...(value.statuses ?? [])]);
  if (JSON.stringify(parts).includes(`"${number}"`)) return { kind: 'number', address: number };
  const bsuid = parts.map((part: any) => part.from_user_id ?? part.user_id ?? part.recipient_user_id).find(Boolean);
  return bsuid ? { kind: 'BSUID', address: String(bsuid) } : undefined;
}

async function postWebhook(target: ReplayTarget, body: Record<string, any>): Promise<{ status: number; summary: string }> {
  const text = JSON.stringify(body);
  const response = await fetch(`${target.api}${WHATSAPP_WEBHOOK_PATH}`, {
    method: 'POST',
    headers: signedHeaders(text, target.appSecret),
    body: text,
  });
  const json = await jsonOf(response);
  return { status: response.status, summary: `${response.status} ${json?.code ?? JSON.stringify(json ?? '')}` };
}

/** Replies in the local outbox to the recipient, or why they cannot be read. */
async function countReplies(target: ReplayTarget, recipient: Recipient): Promise<number | string> {
  const url = `${target.api}${LOCAL_WHATSAPP_OUTBOX_PATH}?to=${encodeURIComponent(recipient.address)}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${target.appSecret}` } });
  const json = await jsonOf(response);
  if (response.status !== 200 || !Array.isArray(json?.replies)) {
    return `the local outbox answered ${response.status} for a ${recipient.kind} recipient`;
  }
  return json.replies.length;
}
