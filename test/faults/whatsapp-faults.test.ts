import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { messagePayload, signedHeaders } from '#local/whatsapp-payload.js';
import { NO_ABUSE_LIMITS } from '../support/abuse-limits.js';
import { casesWithReference } from '../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { type FaultTiming, FaultPlan, faultyPorts } from '../support/port-faults.js';
import type { RawRequest } from '../support/raw-http.js';
import { createTestClock, MINUTE } from '../support/test-clock.js';
import { answerUntilDanger, receiptIn, textOf, WhatsAppReporter } from '../support/whatsapp.js';
import { expectOnlyRetryableFailuresBefore, receivedSms, sendUntilAnswered, settleAlerts } from './fault-helpers.js';

// Now: the simulated messages carry the real time, and replies go out free-form only within 24 hours of it.
const clock = createTestClock();
/** Meta redelivers a failed notification minutes later (past the two-minute lease of a crashed attempt). */
const metaRedelivers = { beforeRetry: () => clock.advance(3 * MINUTE) };
const faults = new FaultPlan();
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ clock, abuseLimits: NO_ABUSE_LIMITS, ...faultyPorts(faults) });
});
afterAll(async () => {
  await runtime.stop();
});
afterEach(() => {
  faults.heal();
});

let nextNumber = 6281377700000;

/** A reporter who answered every question but the last; `final` is the message that files the report. */
async function reporterAtTheLastStep(flow: 'confirm' | 'danger'): Promise<{ reporter: WhatsAppReporter; final: RawRequest }> {
  const reporter = new WhatsAppReporter(runtime, 'blora', String(nextNumber++));
  await answerUntilDanger(reporter, { place: 'Desa Ngloram' });
  if (flow === 'confirm') {
    await reporter.tap('danger:tidak');
    await reporter.tap('id:wa');
    await reporter.tap('name:skip');
    await reporter.tap('consent:yes');
  }
  reporter.newReplies();
  const id = flow === 'confirm' ? 'confirm:send' : 'danger:ya';
  // Built once: Meta redelivers exactly the same bytes.
  const body = JSON.stringify(messagePayload({ phoneNumberId: reporter.phoneNumberId, from: reporter.number }, { type: 'button_reply', id, title: id }));
  return { reporter, final: { method: 'POST', path: '/webhooks/whatsapp', headers: signedHeaders(body, runtime.whatsapp.appSecret), body } };
}

const INTAKE = [
  'Put INTAKE',
  'Update COUNTER',
  'Put SECRET', // the case's key material (crypto-shredding), made with the case id: nothing to look up
  'KMS generate details',
  'KMS generate identity',
  'Put CASE',
  'Get ROTA', // who is on call: none set, so the regency topic
  'SNS publish',
  'Update CASE', // mark sent, keeping SNS's message id (the delivery record only if this fails)
  // the case can reach the chat from now on (staff messages): the sealed recipient, then its pointer
  'KMS generate thread',
  'Update LINE',
  'Put WALINE',
];

/** Every call the filing message makes through the ports, in order (checked by the first tests). */
const FLOWS: Readonly<Record<'confirm' | 'danger', readonly string[]>> = {
  // claim the message, find the sender's conversation (alias, then the item), open the draft, file the report,
  // seal and save the finished conversation, reply, finish
  confirm: ['Put WAMSG', 'Get WAID', 'Get WACONV', 'KMS decrypt draft', ...INTAKE, 'KMS generate draft', 'Put WACONV', 'WhatsApp send', 'Update WACONV', 'Update WAMSG'],
  // anonymous so far: no identity to seal; three replies (receipt and emergency numbers, the next question)
  danger: [
    'Put WAMSG',
    'Get WAID',
    'Get WACONV',
    'KMS decrypt draft',
    ...INTAKE.filter((step) => step !== 'KMS generate identity'),
    'KMS generate draft',
    'Put WACONV',
    'WhatsApp send',
    'WhatsApp send',
    'WhatsApp send',
    'Update WACONV',
    'Update WAMSG',
  ],
};

/** One fault per step of a flow; a step that occurs several times (three replies) is hit at each occurrence. */
function matrix(flow: 'confirm' | 'danger', timings: readonly FaultTiming[]) {
  return FLOWS[flow].flatMap((label, index) => {
    const skip = FLOWS[flow].slice(0, index).filter((earlier) => earlier === label).length;
    return timings
      // SNS accepting and then failing is the documented second-SMS window (web-intake-faults.test.ts).
      .filter((timing) => !(label === 'SNS publish' && timing === 'after'))
      .map((timing) => ({ flow, label, skip, timing, step: skip > 0 ? `${label} #${skip + 1}` : label }));
  });
}

describe('WhatsApp filing under faults', () => {
  it.each(['confirm', 'danger'] as const)('goes through exactly the steps the fault matrix covers when the %s message files the report', async (flow) => {
    // Prepare
    const { final } = await reporterAtTheLastStep(flow);
    faults.calls.length = 0;

    // Act
    await sendUntilAnswered(runtime, final);

    // Assess
    expect(faults.calls).toEqual(FLOWS[flow]);
  });

  it.each([...matrix('confirm', ['before', 'after']), ...matrix('danger', ['before'])])(
    'files the $flow report exactly once, answers the reporter and alerts once when $step fails $timing taking effect',
    async ({ flow, label, skip, timing }) => {
      // Prepare
      const { reporter, final } = await reporterAtTheLastStep(flow);
      const before = faults.injected.length;
      faults.add({ label, skip, timing, times: 1 });

      // Act
      const answers = await sendUntilAnswered(runtime, final, metaRedelivers);
      await settleAlerts(runtime, clock.now());

      // Assess
      expect(faults.injected.slice(before)).toEqual([{ label, timing }]);
      expect(faults.pending).toBe(0);
      expectOnlyRetryableFailuresBefore(answers);
      expect(answers.at(-1)?.status).toBe(200);
      const { reference } = receiptIn(reporter.newReplies().map((reply) => textOf(reply.message)).join('\n'));
      expect(await casesWithReference(runtime, reference)).toHaveLength(1);
      expect(await receivedSms(runtime, reference)).toHaveLength(1);
    },
  );
});
