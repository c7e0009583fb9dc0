/**
 * The checks an IT officer runs after a deploy, against the dedicated test regency: the form answers (and
 * shows that it is the test regency), a report is accepted, its alert reaches the SMS delivery log, the
 * staff API refuses an unsigned call, the WhatsApp webhook refuses an unsigned body, and the test case is
 * removed again. Each prints one line; a failed check says what it saw.
 */
import { randomUUID } from 'node:crypto';
import { SMOKE_TEST_NOTICE_ID } from '#shared/channels/web/page-layout.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import type { SmokeTarget } from './smoke-target.js';

export const CHECKS = {
  form: 'the report form answers',
  report: 'a report is accepted',
  sms: 'its alert reaches the SMS delivery log',
  staff: 'the staff API refuses an unsigned call',
  webhook: 'the WhatsApp webhook refuses an unsigned body',
  cleanup: 'its test case is cleaned up',
} as const;
export type CheckName = (typeof CHECKS)[keyof typeof CHECKS];

export interface CheckResult {
  readonly check: CheckName;
  readonly outcome: 'passed' | 'failed' | 'not run';
  readonly detail: string;
}

export interface SmokeOptions {
  /** The API's base URL (`ApiUrl` of the core stack, or the local runtime's), without a trailing slash. */
  readonly api: string;
  /** The test regency, as config/tenants.json describes it. */
  readonly tenant: Tenant;
  readonly target: SmokeTarget;
  /** How long to wait for the alert's delivery record and for its SMS in the delivery log. */
  readonly waitMs: number;
  readonly pollMs: number;
  readonly now?: () => Date;
}

class CheckFailed extends Error {
  override readonly name = 'CheckFailed';
}

/** Runs every check; a check whose precondition failed is reported as not run, never skipped silently. */
export async function runSmokeChecks(options: SmokeOptions): Promise<CheckResult[]> {
  const { api, tenant } = options;
  if (!tenant.smokeTest) throw new Error(`${tenant.id} is not marked "smokeTest": true in config/tenants.json`);
  const results: CheckResult[] = [];
  const run = async <T>(check: CheckName, body: () => Promise<{ detail: string; value: T }>): Promise<T | undefined> => {
    try {
      const { detail, value } = await body();
      results.push({ check, outcome: 'passed', detail });
      return value;
    } catch (error) {
      if (!(error instanceof CheckFailed)) throw error;
      results.push({ check, outcome: 'failed', detail: error.message });
      return undefined;
    }
  };
  const notRun = (check: CheckName, because: string) => results.push({ check, outcome: 'not run', detail: because });

  const testRegency = await run(CHECKS.form, () => checkForm(api, tenant));
  const filed = testRegency ? await run(CHECKS.report, () => fileReport(api, tenant)) : undefined;
  if (!testRegency) notRun(CHECKS.report, 'nothing is filed unless the deployment shows this regency as a test regency');
  const caseId = filed ? await findCase(options, filed.reference) : undefined;
  if (filed && caseId) {
    await run(CHECKS.sms, () => checkSms(options, caseId, filed.filedAt));
  } else {
    notRun(CHECKS.sms, filed ? `no case ${filed.reference} was found in the table` : 'no report was filed');
  }
  await run(CHECKS.staff, () => checkStaffApi(api, tenant));
  await run(CHECKS.webhook, () => checkWebhook(api));
  if (filed && caseId) {
    await run(CHECKS.cleanup, () => removeCase(options, filed, caseId));
  } else {
    notRun(CHECKS.cleanup, 'there is no test case to remove');
  }
  return results;
}

async function checkForm(api: string, tenant: Tenant) {
  const response = await fetch(`${api}/${tenant.id}/lapor`);
  const html = await response.text();
  if (response.status !== 200) throw new CheckFailed(`GET /${tenant.id}/lapor answered ${response.status}, expected 200`);
  if (!html.includes(`id="${SMOKE_TEST_NOTICE_ID}"`)) {
    throw new CheckFailed(`the deployed ${tenant.id} is no test regency (its form shows no test notice): nothing was filed`);
  }
  return { detail: `200, with the test-regency notice`, value: true };
}

async function fileReport(api: string, tenant: Tenant) {
  const filedAt = new Date();
  const response = await fetch(`${api}/api/v1/${tenant.id}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `smoke-${randomUUID()}` },
    body: JSON.stringify({
      service: 'konsultasi',
      narrative: 'UJI COBA TEKNIS (npm run smoke): laporan otomatis untuk memeriksa sistem, bukan laporan sungguhan.',
      location: { kecamatan: tenant.kecamatan[0] },
      victim: {},
      immediateDanger: 'tidak',
      reporter: { anonymous: true },
      consent: { dataProcessing: true },
    }),
  });
  const body = (await response.json().catch(() => ({}))) as { reference?: string; trackingCode?: string; code?: string };
  if (response.status !== 201 || !body.reference?.startsWith(`${tenant.referencePrefix}-`) || !body.trackingCode) {
    throw new CheckFailed(`POST /api/v1/${tenant.id}/reports answered ${response.status} ${body.code ?? ''}, expected 201 with a reference`.trimEnd());
  }
  return { detail: `201, ${body.reference}`, value: { reference: body.reference, trackingCode: body.trackingCode, filedAt } };
}

async function findCase(options: SmokeOptions, reference: string): Promise<string | undefined> {
  // The reference index is read eventually consistently: give it a moment.
  return waitFor(() => options.target.cases.findCaseId(options.tenant, reference), options);
}

async function checkSms(options: SmokeOptions, caseId: string, filedAt: Date) {
  const { target, tenant } = options;
  const delivery = await waitFor(() => target.cases.findDelivery(tenant, caseId), options);
  if (!delivery) throw new CheckFailed(`no alert was accepted by SNS within ${options.waitMs / 1000} s (alarm PendingAlerts; logs of the intake function)`);
  if (delivery.failureReason) throw new CheckFailed(`the carrier did not deliver the alert SMS (${delivery.failureReason}; message ${delivery.messageId})`);
  if (target.silentBecause) throw new CheckFailed(target.silentBecause);
  // A refusal recorded meanwhile (functions/sms-delivery-status) answers too: the intake's SMS has no
  // delivery record until then, so the first read may have found only the message id on the case.
  const refusal = async () => (await target.cases.findDelivery(tenant, caseId))?.failureReason;
  const entry = await waitFor(async () => {
    const reason = await refusal();
    return reason ? { delivered: false as const, reason } : target.smsDeliveryOf(delivery.messageId, filedAt);
  }, options);
  if (!entry) throw new CheckFailed(`message ${delivery.messageId} is not in the SMS delivery log after ${options.waitMs / 1000} s`);
  if (!entry.delivered) throw new CheckFailed(`the carrier did not deliver the alert SMS (${entry.reason}; message ${delivery.messageId})`);
  return { detail: `message ${delivery.messageId}, ${entry.detail}`, value: true };
}

async function checkStaffApi(api: string, tenant: Tenant) {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const expires = Math.floor(Date.now() / 1000) + 3600;
  // A token anyone could write: no signature at all.
  const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ token_use: 'id', 'custom:tenant': tenant.id, 'custom:role': 'supervisor', exp: expires })}.`;
  const statuses: number[] = [];
  for (const headers of [{}, { authorization: `Bearer ${unsigned}` }] as Record<string, string>[]) {
    statuses.push((await fetch(`${api}/api/v1/staff/cases`, { headers })).status);
  }
  if (statuses.some((status) => status !== 401)) {
    throw new CheckFailed(`GET /api/v1/staff/cases answered ${statuses.join(' and ')} without a token and with an unsigned one, expected 401`);
  }
  return { detail: '401 without a token, 401 with an unsigned one', value: true };
}

async function checkWebhook(api: string) {
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '0', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: 'smoke-test' }, messages: [{ from: '620000000000', id: 'wamid.smoke', timestamp: '0', type: 'text', text: { body: 'uji coba' } }] } }] }],
  });
  const statuses: number[] = [];
  for (const signature of [undefined, `sha256=${'0'.repeat(64)}`]) {
    const headers = { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) };
    statuses.push((await fetch(`${api}/webhooks/whatsapp`, { method: 'POST', headers, body })).status);
  }
  if (statuses.some((status) => status !== 401)) {
    throw new CheckFailed(`POST /webhooks/whatsapp answered ${statuses.join(' and ')} to an unsigned and a wrongly signed body, expected 401`);
  }
  return { detail: '401 unsigned, 401 wrongly signed', value: true };
}

async function removeCase(options: SmokeOptions, filed: { reference: string; trackingCode: string }, caseId: string) {
  const { api, tenant } = options;
  const removed = await options.target.cases.removeCase(tenant, caseId);
  const response = await fetch(`${api}/api/v1/${tenant.id}/reports/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reference: filed.reference, trackingCode: filed.trackingCode }),
  });
  if (response.status !== 404) throw new CheckFailed(`${filed.reference} still answers ${response.status} after its ${removed} items were removed`);
  return { detail: `${removed} items of ${filed.reference} removed; its status check answers 404`, value: true };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, options: SmokeOptions): Promise<T | undefined> {
  const now = options.now ?? (() => new Date());
  const deadline = now().getTime() + options.waitMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined || now().getTime() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}
