import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from 'aws-lambda';
import { createAlertSweeperHandler } from '#functions/alert-sweeper/handler.js';
import { createSlaEscalationHandler } from '#functions/sla-escalation/handler.js';
import { escalateOverdueCases } from '#shared/alerts/escalate-overdue-cases.js';
import { genericCall } from '../fixtures/call-center/call-fixtures.js';
import { motherAtTheDesk } from '../fixtures/walk-in/walk-in-fixtures.js';
import { NO_ABUSE_LIMITS } from '../support/abuse-limits.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { postJsonFrom, sendRaw } from '../support/raw-http.js';
import { staffClient } from '../support/staff/staff-client.js';
import { HOUR } from '../support/test-clock.js';
import { type Exchange, numberSpellings, textOf, WhatsAppReporter } from '../support/whatsapp.js';
import { allCanaries, CALL, canariesIn, DATA_REQUEST, FORM, PRESS, REFERRAL, STAFF_NOTE, textsIn, THREAD, VOLUNTEER, WALK_IN, WEB, WHATSAPP, webCanaryReport } from './canaries.js';
import { captureOutput } from './output-capture.js';

/** What the flows left behind, gathered once and searched by each test below. */
interface Evidence {
  logs: string[];
  alerts: string[];
  errorBodies: string[];
  /** What reporters were told: receipts, confirmation pages, WhatsApp replies (the pre-confirmation summary apart). */
  reporterAnswers: string[];
  /**
   * The one WhatsApp reply that repeats a reporter's own answers back before they confirm, by number. Their
   * words are already in that chat (they just typed them): the summary adds nothing a phone's reader could
   * not see anyway, so it is checked to carry only that reporter's answers, not to carry none.
   */
  summaries: Map<string, string[]>;
  staffAnswers: string[];
  /** What the two-way line showed each reporter: the staff's message in their chat or inbox, nothing else. */
  threadDeliveries: string[];
  table: string[];
  /** The kinds of the case-history items the scan of the table met (each change is its own item). */
  historyKinds: string[];
  databaseFiles: string[];
  mediaFiles: string[];
  references: string[];
  trackingCodes: string[];
}

const evidence: Evidence = {
  logs: [],
  alerts: [],
  errorBodies: [],
  reporterAnswers: [],
  summaries: new Map(),
  staffAnswers: [],
  threadDeliveries: [],
  table: [],
  historyKinds: [],
  databaseFiles: [],
  mediaFiles: [],
  references: [],
  trackingCodes: [],
};

const dataDir = mkdtempSync(join(tmpdir(), 'lapor-aman-leaks-'));
let runtime: TestRuntime;

beforeAll(async () => {
  const output = captureOutput();
  try {
    runtime = await startTestRuntime({ dataDir, logLevel: 'DEBUG', abuseLimits: NO_ABUSE_LIMITS });
    await webJsonFlow();
    await webFormFlow();
    await volunteerFormFlow();
    await emergencyPressFlow();
    await callCenterFlow();
    await walkInFlow();
    await whatsappFlow();
    await whatsappDangerFlow();
    await staffFlow();
    await threadFlow();
    await crossRegencyReferralFlow();
    await dataRequestFlow();
    await alertJobs();
    await gather();
  } finally {
    output.stop();
    evidence.logs.push(...output.lines, ...(runtime?.printed ?? []));
    await runtime?.stop();
  }
}, 120_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** Keeps an answer where it belongs: an error body, or a receipt for the reporter. */
function file(status: number, text: string, receipt = true): void {
  if (status >= 400) evidence.errorBodies.push(text);
  else if (receipt) {
    evidence.reporterAnswers.push(text);
    const found = /([A-Z]{3}-\d{4}-\d{5,}).*?([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/s.exec(text);
    if (found?.[1] && found[2]) {
      evidence.references.push(found[1]);
      evidence.trackingCodes.push(found[2]);
    }
  }
}

async function webJsonFlow(): Promise<void> {
  const report = webCanaryReport();
  const accepted = await postJsonFrom(runtime.url, '/api/v1/blora/reports', report);
  file(accepted.status, JSON.stringify(accepted.json));
  const { reference, trackingCode } = accepted.json;
  for (const query of [{ reference, trackingCode }, { reference, trackingCode: WEB.nik }, { reference: WEB.name, trackingCode: WEB.phone }]) {
    const answer = await postJsonFrom(runtime.url, '/api/v1/blora/reports/status', query);
    file(answer.status, JSON.stringify(answer.json), false);
  }
  // Rejected reports full of personal data: the errors name fields, never values.
  const wrong = [
    { ...report, reporter: { ...report.reporter, phone: `${WEB.name} ${WEB.phone}x`, nik: `${WEB.nik}0` } },
    { ...report, location: { kecamatan: WEB.address } },
    { ...report, consent: { dataProcessing: WEB.name } },
  ];
  for (const body of wrong) {
    const answer = await postJsonFrom(runtime.url, '/api/v1/blora/reports', body);
    file(answer.status, JSON.stringify(answer.json));
  }
}

async function webFormFlow(): Promise<void> {
  const form = new URLSearchParams({
    submissionId: 'leak-form-1',
    service: 'pengaduan_kekerasan',
    narrative: FORM.narrative,
    kecamatan: 'Cepu',
    anonymous: 'tidak',
    reporterName: FORM.name,
    reporterPhone: FORM.phone,
    reporterAddress: FORM.address,
    consent: 'ya',
    contactBack: 'ya',
  });
  const page = await sendRaw(runtime.url, {
    method: 'POST',
    path: '/blora/lapor',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  file(page.status, page.text);
  // A form with an error is re-rendered with what the reporter typed, to their own browser (no-store): by
  // design, so it is not searched. An error page of any other kind is.
  const tooBig = await sendRaw(runtime.url, {
    method: 'POST',
    path: '/blora/lapor',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `${form.toString()}&pad=${'x'.repeat(70_000)}`,
  });
  file(tooBig.status, tooBig.text);
}

/** A volunteer reporting on someone's behalf: their own contact and the victim's, each sealed on its own. */
async function volunteerFormFlow(): Promise<void> {
  const form = new URLSearchParams({
    submissionId: 'leak-volunteer-1',
    service: 'pengaduan_kekerasan',
    narrative: VOLUNTEER.narrative,
    kecamatan: 'Todanan',
    relationToReporter: 'tetangga',
    victimName: VOLUNTEER.victimName,
    victimPhone: VOLUNTEER.victimPhone,
    victimAddress: VOLUNTEER.victimAddress,
    reporterRole: 'volunteer',
    volunteerOrganisation: 'sapa',
    volunteerVillage: VOLUNTEER.village,
    anonymous: 'tidak',
    reporterName: VOLUNTEER.name,
    reporterPhone: VOLUNTEER.phone,
    consent: 'ya',
    contactBack: 'ya',
  });
  const page = await sendRaw(runtime.url, {
    method: 'POST',
    path: '/blora/lapor',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  file(page.status, page.text);
}

/** Two presses of the one-press page: one with a number and the phone's location, one with a number that cannot be read. */
async function emergencyPressFlow(): Promise<void> {
  const presses: Record<string, string>[] = [
    { submissionId: 'leak-press-1', phone: PRESS.phone, kecamatan: 'Cepu', latitude: PRESS.latitude, longitude: PRESS.longitude, accuracy: '12' },
    { submissionId: 'leak-press-2', phone: PRESS.unreadablePhone },
  ];
  for (const fields of presses) {
    const page = await sendRaw(runtime.url, {
      method: 'POST',
      path: '/blora/darurat',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    file(page.status, page.text);
  }
}

async function callCenterFlow(): Promise<void> {
  const call = genericCall();
  call.call.callId = 'leak-call-1';
  call.call.callerNumber = CALL.callerNumber;
  call.segments.push({ speaker: 'caller', startSec: 40, text: CALL.narrative });
  const headers = { 'x-api-key': runtime.callCenterKeys.purwakarta ?? '' };
  const accepted = await postJsonFrom(runtime.url, '/api/v1/call-center/transcripts', call, { headers });
  file(accepted.status, JSON.stringify(accepted.json));
  const invalid = structuredClone(call);
  invalid.call.callId = 'leak-call-2';
  invalid.call.durationSec = CALL.narrative;
  invalid.call.callerNumber = { number: CALL.callerNumber };
  const rejected = await postJsonFrom(runtime.url, '/api/v1/call-center/transcripts', invalid, { headers });
  file(rejected.status, JSON.stringify(rejected.json));
}

/** Staff enter what someone told them at the desk; the receipt is what they read out to that person. */
async function walkInFlow(): Promise<void> {
  const staff = staffClient(runtime, 'blora');
  const report = {
    ...motherAtTheDesk('leak-walk-in-0001'),
    narrative: WALK_IN.narrative,
    location: { kecamatan: 'Jepon', detail: WALK_IN.locationDetail },
    occurred: { description: WALK_IN.occurred },
    reporter: { anonymous: false, name: WALK_IN.name, phone: WALK_IN.phone },
    victimContact: { name: WALK_IN.victimName, phone: WALK_IN.victimPhone, address: WALK_IN.victimAddress },
  };
  const accepted = await staff.post('/walk-in-reports', report);
  file(accepted.status, accepted.text);
  // A mistyped entry full of personal data: the error names the fields, never their values.
  const mistyped = {
    ...report,
    submissionId: 'leak-walk-in-0002',
    reporter: { ...report.reporter, phone: `${WALK_IN.name} ${WALK_IN.phone}x` },
    victimContact: { ...report.victimContact, phone: `${WALK_IN.victimAddress} ${WALK_IN.victimPhone}x` },
  };
  const rejected = await staff.post('/walk-in-reports', mistyped);
  file(rejected.status, rejected.text);
}

/** A reporter whose every reply is kept as a reporter answer (the summary apart). */
class RecordedReporter extends WhatsAppReporter {
  override async send(...args: Parameters<WhatsAppReporter['send']>): Promise<Exchange> {
    const exchange = await super.send(...args);
    for (const reply of exchange.replies) {
      const text = textOf(reply);
      if (text.startsWith('*Ringkasan laporan*')) evidence.summaries.set(this.number, [...(evidence.summaries.get(this.number) ?? []), text]);
      else file(200, text);
    }
    return exchange;
  }
}

async function whatsappFlow(): Promise<void> {
  const reporter = new RecordedReporter(runtime, 'blora', WHATSAPP.number);
  const steps: (() => Promise<unknown>)[] = [
    () => reporter.say('Halo'),
    () => reporter.tap('svc:pengaduan_kekerasan'),
    () => reporter.say(WHATSAPP.narrative),
    () => reporter.send({ type: 'image', mediaId: WHATSAPP.mediaId, mimeType: 'image/jpeg', caption: WHATSAPP.caption }),
    () => reporter.tap('narr:done'),
    () => reporter.tap('kec:Cepu', { list: true }),
    () => reporter.say(WHATSAPP.place),
    () => reporter.tap('when:yesterday', { list: true }),
    () => reporter.tap('age:anak_6_12', { list: true }),
    () => reporter.tap('gender:perempuan'),
    () => reporter.tap('rel:tetangga', { list: true }),
    () => reporter.tap('danger:tidak'),
    () => reporter.tap('id:wa'),
    () => reporter.say(WHATSAPP.name),
    () => reporter.tap('consent:yes'),
    () => reporter.tap('confirm:send'),
  ];
  for (const step of steps) await step();
  // A status check, right and wrong.
  const [reference] = evidence.references.slice(-1);
  const [trackingCode] = evidence.trackingCodes.slice(-1);
  await reporter.say('status');
  await reporter.say(`${reference} ${trackingCode}`);
  await reporter.say('status');
  await reporter.say(`${reference} AAAA-BBBB-CCCC`);
}

async function whatsappDangerFlow(): Promise<void> {
  const reporter = new RecordedReporter(runtime, 'blora', WHATSAPP.dangerNumber);
  await reporter.say('tolong');
  await reporter.tap('svc:pengaduan_kekerasan');
  // Words of danger are asked about at once; "Ya" files the emergency case, the rest follows as an addendum.
  await reporter.say(WHATSAPP.dangerNarrative);
  await reporter.tap('now:ya');
  for (const id of ['narr:done', 'kec?', 'place:skip', 'when:unknown', 'age:tidak_tahu', 'gender:tidak_tahu', 'rel:lainnya']) {
    await reporter.tap(id, { list: id.startsWith('kec') || id.startsWith('when') || id.startsWith('age') || id.startsWith('rel') });
  }
  await reporter.tap('id:wa');
  await reporter.say(WHATSAPP.name);
  await reporter.send({ type: 'image', mediaId: `${WHATSAPP.mediaId}-2`, mimeType: 'image/jpeg', caption: WHATSAPP.caption });
  await reporter.tap('consent:yes');
  await reporter.tap('confirm:send');
}

/** Codes only: the words go in the assessment's sealed note. */
const ASSESSMENT = {
  formsOfViolence: ['seksual'],
  place: 'rumah_tangga',
  victim: { ageBand: '6_12', sex: 'perempuan', disability: { present: false }, education: 'sd' },
  perpetrators: [{ sex: 'laki_laki', ageBand: '45_59', relation: 'keluarga' }],
};

/**
 * Staff open a case, note what they did, correct its classification, record its assessment and reveal its
 * reporter: the answers are theirs to see; logs, the audit trail and the case's history items are not.
 */
async function staffFlow(): Promise<void> {
  const staff = staffClient(runtime, 'blora');
  const cases = (await runtime.scanAll()).filter((item) => item.type === 'Case' && item.tenantId === 'blora');
  for (const item of cases) {
    const path = `/cases/${String(item.caseId)}`;
    const view = await staff.get(path);
    const noted = await staff.post(`${path}/notes`, { text: STAFF_NOTE.text, action: 'pendampingan', expectedVersion: view.json.version });
    const reveal = await staff.post(`${path}/reveal`, { reasonKind: 'rujukan_polisi', reason: STAFF_NOTE.revealReason });
    const corrected = await staff.post(`${path}/classification`, {
      // Two kinds: differs from whatever intake filed, so every case takes the correction.
      categories: ['kekerasan_seksual', 'lainnya'],
      reason: STAFF_NOTE.classificationReason,
      expectedVersion: view.json.version + 1,
    });
    const assessed = await staff.put(`${path}/assessment`, { ...ASSESSMENT, note: STAFF_NOTE.assessmentNote, expectedVersion: view.json.version + 2 });
    expect([corrected.status, assessed.status]).toEqual([200, 200]);
    evidence.staffAnswers.push(view.text, noted.text, reveal.text, corrected.text, assessed.text, (await staff.get(path)).text);
  }
  const csv = await staff.get('/export/cases.csv');
  evidence.staffAnswers.push(csv.text);
}

/**
 * Staff write to the WhatsApp and the web reporters; both answer (the web one also with a wrong code and an
 * oversized answer): the words belong in the chat, the inbox and the staff's view only.
 */
async function threadFlow(): Promise<void> {
  const staff = staffClient(runtime, 'blora');
  const cases = (await runtime.scanAll()).filter((item) => item.type === 'Case' && item.tenantId === 'blora');
  const web = cases.find((item) => item.reference === evidence.references[0]);
  for (const item of [...cases.filter((c) => c.channel === 'whatsapp'), web]) {
    const path = `/cases/${String(item?.caseId)}`;
    const { version } = (await staff.get(path)).json;
    const sent = await staff.post(`${path}/messages`, { text: THREAD.staffMessage, expectedVersion: version });
    file(sent.status, sent.text, false);
  }
  const chat = new WhatsAppReporter(runtime, 'blora', WHATSAPP.number);
  // What the conversation said before the staff wrote is the conversation's own (searched above).
  const before = chat.newReplies().map((reply) => reply.message);
  evidence.threadDeliveries.push(before.map(textOf).filter((text) => text.includes(THREAD.staffMessage)).join('\n'));
  evidence.threadDeliveries.push((await chat.say(THREAD.whatsappReply)).text);

  const [reference, trackingCode] = [evidence.references[0], evidence.trackingCodes[0]];
  const inbox = await postJsonFrom(runtime.url, '/api/v1/blora/reports/messages', { reference, trackingCode });
  evidence.threadDeliveries.push(JSON.stringify(inbox.json));
  const wrongCode = await postJsonFrom(runtime.url, '/api/v1/blora/reports/messages', { reference, trackingCode: 'AAAA-BBBB-CCCC' });
  file(wrongCode.status, JSON.stringify(wrongCode.json), false);
  const answered = await postJsonFrom(runtime.url, '/api/v1/blora/reports/replies', { reference, trackingCode, text: THREAD.webReply });
  file(answered.status, JSON.stringify(answered.json), false);
  const oversized = { reference, trackingCode, text: `${THREAD.webReply} ${'x'.repeat(1000)}` };
  const refused = await postJsonFrom(runtime.url, '/api/v1/blora/reports/replies', oversized);
  file(refused.status, JSON.stringify(refused.json), false);
  for (const item of [...cases.filter((c) => c.channel === 'whatsapp'), web]) evidence.staffAnswers.push((await staff.get(`/cases/${String(item?.caseId)}`)).text);
}

/**
 * The web case is referred to Purwakarta's UPTD with the guardian's consent: its details are re-sealed there
 * as a new case, alerted to Purwakarta's on-call team. Staff of both regencies see them; nothing else does.
 */
async function crossRegencyReferralFlow(): Promise<void> {
  const partner = await staffClient(runtime, 'blora', 'supervisor').post('/partners', {
    kind: 'uptd_lain',
    name: 'UPTD PPA Purwakarta',
    contact: '0878-2060-0744',
    targetTenantId: 'purwakarta',
  });
  const staff = staffClient(runtime, 'blora');
  const web = (await runtime.scanAll()).find((item) => item.type === 'Case' && item.reference === evidence.references[0]);
  const path = `/cases/${String(web?.caseId)}`;
  const { version } = (await staff.get(path)).json;
  const referred = await staff.post(`${path}/referrals`, {
    partnerId: partner.json.partnerId,
    purpose: REFERRAL.purpose,
    shareDetails: true,
    consent: { given: true, by: 'guardian', recordedAt: '2026-03-02T09:00:00+07:00' },
    expectedVersion: version,
    submissionId: 'leak-referral-1',
  });
  expect(referred.status).toBe(201);
  const target = staffClient(runtime, 'purwakarta');
  const [opened] = (await target.get(`/cases?reference=${referred.json.referral.linkedCase.reference}`)).json.cases;
  evidence.staffAnswers.push(referred.text, (await staff.get(path)).text, (await target.get(`/cases/${opened.caseId}`)).text);
}

/**
 * The web reporter asks for a copy in their inbox; at the desk someone asks for a correction and an erasure;
 * a supervisor grants the copy and the correction and refuses the erasure. Their words, the correction and the
 * refusal reason belong in the staff's view only; the copy in the reporter's inbox only.
 */
async function dataRequestFlow(): Promise<void> {
  const supervisor = staffClient(runtime, 'blora', 'supervisor');
  const [reference, trackingCode] = [evidence.references[0], evidence.trackingCodes[0]];
  const asked = await postJsonFrom(runtime.url, '/api/v1/blora/reports/replies', { reference, trackingCode, text: DATA_REQUEST.inboxWords, request: 'copy' });
  file(asked.status, JSON.stringify(asked.json), false);
  const web = (await runtime.scanAll()).find((item) => item.type === 'Case' && item.reference === reference);
  const path = `/cases/${String(web?.caseId)}/data-requests`;
  let { version } = (await supervisor.get(path)).json;
  const correction = await supervisor.post(path, { request: 'correction', text: DATA_REQUEST.deskWords, expectedVersion: version });
  const erasure = await supervisor.post(path, { request: 'erasure', expectedVersion: correction.json.version });
  const { requests } = (await supervisor.get(path)).json;
  version = erasure.json.version;
  const wrong = await supervisor.post(`${path}/${correction.json.requestId}/decision`, {
    outcome: 'granted',
    corrections: [{ field: DATA_REQUEST.correction, value: DATA_REQUEST.correction }],
    expectedVersion: version,
  });
  const byResponder = await staffClient(runtime, 'blora').post(`${path}/${requests[0].id}/decision`, { outcome: 'granted', expectedVersion: version });
  file(wrong.status, wrong.text);
  file(byResponder.status, byResponder.text);
  const decisions = [
    { id: requests[0].id, outcome: 'granted' },
    { id: correction.json.requestId, outcome: 'granted', corrections: [{ field: 'tempat', value: DATA_REQUEST.correction }] },
    { id: erasure.json.requestId, outcome: 'refused', refusal: 'identitas_tidak_terverifikasi', reason: DATA_REQUEST.refusalReason },
  ];
  for (const { id, ...decision } of decisions) {
    const decided = await supervisor.post(`${path}/${id}/decision`, { ...decision, expectedVersion: version });
    expect(decided.status).toBe(200);
    version = decided.json.version;
    evidence.staffAnswers.push(decided.text);
  }
  const inbox = await postJsonFrom(runtime.url, '/api/v1/blora/reports/messages', { reference, trackingCode });
  evidence.threadDeliveries.push(JSON.stringify(inbox.json));
  evidence.staffAnswers.push((await supervisor.get(path)).text, (await supervisor.get(`/cases/${String(web?.caseId)}`)).text);
}

/** The scheduled functions as EventBridge invokes them (their metrics included), then both SLA escalations. */
async function alertJobs(): Promise<void> {
  const scheduled = JSON.parse(readFileSync(new URL('../fixtures/schedule/scheduled-event.json', import.meta.url), 'utf8'));
  const context = { functionName: 'leaks', getRemainingTimeInMillis: () => 60_000 } as Context;
  await createAlertSweeperHandler(runtime.alertJobDeps)(structuredClone(scheduled), context);
  await createSlaEscalationHandler(runtime.alertJobDeps)(structuredClone(scheduled), context);
  for (const hours of [25, 49]) {
    const at = new Date(Date.now() + hours * HOUR);
    await escalateOverdueCases({ ...runtime.alertJobDeps, clock: { now: () => at } });
  }
  const outbox = await fetch(`${runtime.url}/_local/outbox`);
  evidence.alerts.push(await outbox.text());
}

function filesUnder(directory: string): Buffer[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((name) => join(directory, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path));
}

async function gather(): Promise<void> {
  const items = await runtime.scanAll();
  evidence.table.push(...textsIn(items));
  evidence.historyKinds.push(...items.filter((item) => item.type === 'CaseEvent').map((item: any) => String(item.entry?.kind)));
  const decode = (bytes: Buffer) => [bytes.toString('utf8'), bytes.toString('latin1')];
  evidence.databaseFiles.push(...filesUnder(join(dataDir, 'dynamodb')).flatMap(decode));
  evidence.mediaFiles.push(...filesUnder(join(dataDir, 'media')).flatMap(decode));
}

const REPORTS_FILED = 9;

describe('personal data through every channel (canaries)', () => {
  it('ran every flow and captured what it left behind', () => {
    // Assess: the searches below can only fail if there was something to search
    // Nine reports filed (web JSON, form, volunteer form, two presses of the one-press page, call center,
    // walk-in, two on WhatsApp), each receipt naming its stored case.
    expect(new Set(evidence.references.filter((reference) => evidence.table.includes(reference))).size).toBe(REPORTS_FILED);
    expect(evidence.logs.some((line) => line.includes('"level":"DEBUG"') || line.includes('"level":"INFO"'))).toBe(true);
    expect(evidence.logs.some((line) => evidence.references.some((reference) => line.includes(reference)))).toBe(true);
    expect(evidence.logs.some((line) => line.includes('CloudWatchMetrics'))).toBe(true);
    expect(evidence.alerts.join('')).toContain(evidence.references[0]);
    expect(evidence.errorBodies.length).toBeGreaterThanOrEqual(7);
    expect(evidence.mediaFiles.length).toBeGreaterThanOrEqual(4);
    expect(evidence.databaseFiles.join('')).toContain(evidence.references[0]);
    // The scan met the case histories: the staff notes and the emergency reporter's later answers.
    expect(new Set(evidence.historyKinds)).toEqual(
      new Set(['note', 'addendum', 'classification', 'assessment', 'message', 'reply', 'referral', 'dataRequest', 'dataRequestDecision']),
    );
    // Staff reach every person a report names, the victim of an on-behalf report included, through the reveal.
    expect(canariesIn(evidence.staffAnswers)).toEqual(
      expect.arrayContaining([WEB.name, WHATSAPP.narrative, VOLUNTEER.name, VOLUNTEER.victimName, WALK_IN.name, WALK_IN.victimAddress, STAFF_NOTE.text, STAFF_NOTE.classificationReason, STAFF_NOTE.assessmentNote]),
    );
    // The line worked both ways: the staff's message reached the chat and the inbox, both answers the staff.
    expect(canariesIn(evidence.threadDeliveries, [THREAD.staffMessage])).toEqual([THREAD.staffMessage]);
    const [inChat, , inInbox] = evidence.threadDeliveries;
    expect([inChat, inInbox].every((text) => text?.includes(THREAD.staffMessage))).toBe(true);
    expect(canariesIn(evidence.staffAnswers, [THREAD.whatsappReply, THREAD.webReply])).toEqual([THREAD.whatsappReply, THREAD.webReply]);
    // The referral reached Purwakarta's staff: its purpose and the re-sealed narrative.
    expect(canariesIn(evidence.staffAnswers, [REFERRAL.purpose])).toEqual([REFERRAL.purpose]);
    // The data requests were decided: the supervisor reads the words, the correction and the reason.
    expect(canariesIn(evidence.staffAnswers, Object.values(DATA_REQUEST))).toEqual(Object.values(DATA_REQUEST));
  });

  it("gives a reporter's copy (UU PDP) their own words and report, nothing of staff notes, corrections or reasons", () => {
    // Assess
    const inbox = JSON.parse(evidence.threadDeliveries.at(-1) ?? '{}') as { entries: { text: string }[] };
    const copy = inbox.entries.find((entry) => entry.text.includes('Salinan data yang Anda berikan'))?.text ?? '';
    expect(canariesIn([copy], [DATA_REQUEST.inboxWords, THREAD.webReply, WEB.narrative])).toEqual([DATA_REQUEST.inboxWords, THREAD.webReply, WEB.narrative]);
    expect(canariesIn([copy], [STAFF_NOTE.text, THREAD.staffMessage, DATA_REQUEST.correction, DATA_REQUEST.refusalReason, WEB.name, WEB.phone])).toEqual([]);
  });

  it("shows a reporter's line only the staff's message and their own answers", () => {
    // Assess
    expect(canariesIn(evidence.threadDeliveries, [WEB.name, WEB.nik, WHATSAPP.name, CALL.narrative, STAFF_NOTE.text])).toEqual([]);
  });

  it('writes no canary to any log line or metric, at DEBUG level too', () => {
    // Assess
    expect(canariesIn(evidence.logs)).toEqual([]);
  });

  it('puts no canary in any SMS to the on-call team or supervisors', () => {
    // Assess
    expect(canariesIn(evidence.alerts)).toEqual([]);
  });

  it('puts no canary in any error body', () => {
    // Assess
    expect(canariesIn(evidence.errorBodies)).toEqual([]);
  });

  it('stores no canary in plaintext, neither in the table items nor in the database files on disk', () => {
    // Assess
    expect(canariesIn(evidence.table)).toEqual([]);
    expect(canariesIn(evidence.databaseFiles)).toEqual([]);
  });

  it('keeps every media file encrypted', () => {
    // Assess
    expect(canariesIn(evidence.mediaFiles, [WHATSAPP.mediaId, WHATSAPP.caption, 'local placeholder'])).toEqual([]);
  });

  it('tells reporters their reference and tracking code and nothing of what they reported', () => {
    // Assess
    expect(canariesIn(evidence.reporterAnswers)).toEqual([]);
    // Counted from the answers themselves: each stored case's reference reached its reporter (instructions
    // quote a made-up one), in an answer that also carried a tracking code.
    const mentioned = new Set(evidence.reporterAnswers.flatMap((text) => text.match(/[A-Z]{3}-\d{4}-\d{5,}/g) ?? []));
    const told = [...mentioned].filter((reference) => evidence.table.includes(reference));
    const withTrackingCode = told.filter((reference) =>
      evidence.reporterAnswers.some((text) => text.includes(reference) && /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.test(text)),
    );
    expect(told).toHaveLength(REPORTS_FILED);
    expect(withTrackingCode).toEqual(told);
  });

  it('repeats a WhatsApp reporter only their own answers, once, in the summary they confirm', () => {
    // Prepare
    const first = evidence.summaries.get(WHATSAPP.number) ?? [];
    const second = evidence.summaries.get(WHATSAPP.dangerNumber) ?? [];
    const otherChannels = [WEB.name, WEB.nik, FORM.narrative, CALL.narrative, CALL.callerNumber, VOLUNTEER.victimName, WALK_IN.narrative];

    // Assess
    expect([first.length, second.length]).toEqual([1, 1]);
    expect(canariesIn(first, [...otherChannels, WHATSAPP.dangerNarrative, ...numberSpellings(WHATSAPP.number)])).toEqual([]);
    expect(canariesIn(second, [...otherChannels, WHATSAPP.narrative, WHATSAPP.place, ...numberSpellings(WHATSAPP.dangerNumber)])).toEqual([]);
  });

  it('keeps tracking codes out of logs, alerts, the table and the database files', () => {
    // Assess
    const places = [...evidence.logs, ...evidence.alerts, ...evidence.table, ...evidence.databaseFiles];
    expect(canariesIn(places, evidence.trackingCodes)).toEqual([]);
  });
});

// Keeps the list honest: a canary nobody could find would make these tests pass for nothing.
describe('canary list', () => {
  it('holds every personal value the flows above send', () => {
    // Assess
    expect(allCanaries()).toEqual(
      expect.arrayContaining([
        WEB.nik,
        FORM.address,
        CALL.narrative,
        VOLUNTEER.victimAddress,
        WALK_IN.occurred,
        WHATSAPP.place,
        STAFF_NOTE.text,
        PRESS.longitude,
      ]),
    );
    expect(allCanaries()).toEqual(
      expect.arrayContaining(['+6281266554433', '+6285711229933', '0858-7700-1155', '6285877001155', '+6281399884411']),
    );
  });
});
