/**
 * `npm run wa -- --tenant blora`: chat as a reporter with the local WhatsApp webhook of `npm start`.
 * Each message is posted exactly as Meta posts it (payload shape and X-Hub-Signature-256); replies are
 * read back from the local outbox. Type a number to tap a button or list row. `--bsuid user.x` adds a
 * WhatsApp username's id to each message; with `--number none` the number is hidden as Meta does.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  DEFAULT_NOTICE_TEMPLATE,
  NOTICE_TEMPLATE_TEXT,
  type OutgoingMessage,
} from '#shared/channels/whatsapp/outgoing-message.js';
import { LOCAL_WHATSAPP_OUTBOX_PATH } from './whatsapp-routes.js';
import { loadOrCreateWhatsAppSecrets, WHATSAPP_SECRETS_FILE } from './whatsapp-local-secrets.js';
import { messagePayload, type SimulatedMessage, signedHeaders, simulatedMessageId } from './whatsapp-payload.js';
import type { LocalWhatsAppReply } from './whatsapp-outbox.js';
import { loadTenantsConfig } from './runtime.js';
import { WHATSAPP_WEBHOOK_PATH } from './whatsapp-runtime.js';

const { values: args } = parseArgs({
  options: {
    tenant: { type: 'string', default: 'blora' },
    number: { type: 'string', default: '6281234500001' },
    bsuid: { type: 'string' },
    url: { type: 'string', default: `http://localhost:${process.env.PORT ?? 3000}` },
    data: { type: 'string', default: process.env.LAPOR_AMAN_DATA_DIR ?? '.data' },
  },
});

const secretsFile = join(resolve(args.data), WHATSAPP_SECRETS_FILE);
if (!existsSync(secretsFile)) {
  console.error(`No ${secretsFile}: run \`npm start\` first (it creates the local WhatsApp secrets).`);
  process.exit(1);
}
const { appSecret } = loadOrCreateWhatsAppSecrets(secretsFile);
const tenant = loadTenantsConfig().tenants.find((t) => t.id === args.tenant);
if (!tenant?.whatsapp) {
  console.error(`Tenant "${args.tenant}" has no WhatsApp number in config/tenants.json.`);
  process.exit(1);
}
const phoneNumberId = tenant.whatsapp.phoneNumberId;
const from = args.number === 'none' ? '' : args.number.replace(/[^0-9]/g, '');
const userId = args.bsuid;
/** Whom replies go to: the number when messages carry one, else the BSUID. */
const replyAddress = from || userId || '';
if (!replyAddress) {
  console.error('Give a number, or --bsuid with --number none.');
  process.exit(1);
}

let lastSeq = 0;
let choices: { id: string; title: string; list: boolean }[] = [];
let lastSent: { message: SimulatedMessage; id: string } | undefined;
let lastText: string | undefined;

const COMMANDS: Record<string, (rest: string) => SimulatedMessage | undefined> = {
  '/foto': (caption) => ({ type: 'image', mediaId: `local-${Date.now()}`, mimeType: 'image/jpeg', caption: caption || undefined }),
  '/suara': () => ({ type: 'audio', mediaId: `local-${Date.now()}`, mimeType: 'audio/ogg; codecs=opus' }),
  '/video': (caption) => ({ type: 'video', mediaId: `local-${Date.now()}`, mimeType: 'video/mp4', caption: caption || undefined }),
  '/dokumen': () => ({ type: 'document', mediaId: `local-${Date.now()}`, mimeType: 'application/pdf' }),
  '/lokasi': () => ({ type: 'location', latitude: -6.9706, longitude: 111.4193, name: 'Alun-alun', address: 'Jl. Pemuda' }),
  '/stiker': () => ({ type: 'sticker', mediaId: `local-${Date.now()}`, mimeType: 'image/webp' }),
  '/audio': () => ({ type: 'audio', mediaId: `local-${Date.now()}`, mimeType: 'audio/mpeg', voice: false }),
  '/ubah': (text) => (lastText ? { type: 'edit', originalMessageId: lastText, text } : undefined),
};

const you = [from ? `+${from}` : undefined, userId ? `username ${userId}` : undefined].filter(Boolean).join(', ');
console.log(`WhatsApp simulator: you are ${you}, writing to ${tenant.displayName} (${phoneNumberId}) at ${args.url}.
Type a message. A number taps a button or list row. ${Object.keys(COMMANDS).join(' ')} send files, places
and edits (/audio: a forwarded audio file; /ubah <text>: edit your last text); /ulangi redelivers your last
message (as Meta does after a failure); /keluar quits.\n`);

/** How often the simulator looks for messages staff sent while the reporter was quiet. */
const STAFF_MESSAGE_POLL_MS = 2_000;

// Replies from an earlier session are history: show only what answers this one.
await fetchReplies().catch(() => undefined);

const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'anda> ' });
rl.prompt();
// Staff write on their own time (console messages, the notice template): look for them between answers.
let posting = false;
const watch = setInterval(() => {
  if (posting) return;
  void fetchReplies()
    .then((replies) => {
      for (const reply of replies) show(reply.message);
      if (replies.length > 0) rl.prompt();
    })
    .catch(() => undefined);
}, STAFF_MESSAGE_POLL_MS);
for await (const raw of rl) {
  const line = raw.trim();
  if (line === '/keluar' || line === '/exit') break;
  const message = line === '' ? undefined : toMessage(line);
  if (message) {
    const id = message === lastSent?.message ? lastSent.id : simulatedMessageId(replyAddress);
    lastSent = { message, id };
    if (message.type === 'text') lastText = id;
    posting = true;
    await post(message, id).finally(() => {
      posting = false;
    });
  } else if (line.startsWith('/ubah')) {
    console.log('(send a text first: /ubah edits your last text)');
  }
  rl.prompt();
}
rl.close();
clearInterval(watch);

function toMessage(line: string): SimulatedMessage | undefined {
  if (line === '/ulangi') {
    if (!lastSent) console.log('(nothing to redeliver yet)');
    return lastSent?.message;
  }
  const [command = '', ...rest] = line.split(' ');
  const build = COMMANDS[command];
  if (build) return build(rest.join(' '));
  const picked = /^[0-9]{1,2}$/.test(line) ? choices[Number(line) - 1] : undefined;
  if (picked) return { type: picked.list ? 'list_reply' : 'button_reply', id: picked.id, title: picked.title };
  return { type: 'text', text: line };
}

async function post(message: SimulatedMessage, messageId: string): Promise<void> {
  const body = JSON.stringify(messagePayload({ phoneNumberId, from, userId, messageId, profileName: 'Simulator' }, message));
  const response = await fetch(`${args.url}${WHATSAPP_WEBHOOK_PATH}`, {
    method: 'POST',
    headers: signedHeaders(body, appSecret),
    body,
  }).catch((error: Error) => {
    console.log(`(could not reach ${args.url}: ${error.message}; is \`npm start\` running?)`);
    return undefined;
  });
  if (!response) return;
  if (response.status !== 200) console.log(`(webhook answered ${response.status}; Meta would redeliver: try /ulangi)`);
  await response.arrayBuffer();
  const replies = await fetchReplies();
  // Buttons and list rows of one answer are numbered together: the greeting has both.
  if (replies.length > 0) choices = [];
  else if (response.status === 200) console.log('(no reply: this message was already processed)');
  for (const reply of replies) show(reply.message);
}

async function fetchReplies(): Promise<LocalWhatsAppReply[]> {
  const url = `${args.url}${LOCAL_WHATSAPP_OUTBOX_PATH}?to=${encodeURIComponent(replyAddress)}&after=${lastSeq}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${appSecret}` } });
  const { replies = [] } = (await response.json()) as { replies?: LocalWhatsAppReply[] };
  lastSeq = replies.at(-1)?.seq ?? lastSeq;
  return replies;
}

function show(message: OutgoingMessage): void {
  if (message.kind === 'template') {
    // The approved text of the notice template (Meta fills it in; our request names only the template).
    const approved = message.name === DEFAULT_NOTICE_TEMPLATE.name ? ` ${NOTICE_TEMPLATE_TEXT}` : '';
    console.log(`\n${tenant?.displayName}> [template ${message.name}]${approved}\n`);
    return;
  }
  console.log(`\n${tenant?.displayName}> ${message.text.replaceAll('\n', '\n  ')}`);
  const first = choices.length;
  if (message.kind === 'buttons') {
    choices.push(...message.buttons.map((b) => ({ ...b, list: false })));
  } else if (message.kind === 'list') {
    choices.push(...message.sections.flatMap((s) => s.rows.map((r) => ({ id: r.id, title: r.title, list: true }))));
    console.log(`  [${message.button}]`);
  }
  for (const [i, choice] of choices.slice(first).entries()) console.log(`   ${first + i + 1}. ${choice.title}`);
  console.log();
}
