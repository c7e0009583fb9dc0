/**
 * Filing a conversation's report as a case, and adding to that case what the conversation gathers after it
 * was filed (the danger path files first and asks the rest after, as additions).
 */
import type { ReportReceipt } from '../../intake/submit-report.js';
import { type Conversation, type FiledAnswers, filedAnswers } from './conversation.js';
import type { OutgoingMessage } from './outgoing-message.js';
import { emergencyNumbers, textMessage } from './prompts.js';
import type { LaterAnswers, StepContext } from './step-context.js';
import { TEXTS } from './texts.js';

/** What a case filed from an earlier draft is known to hold: nothing for sure, so everything follows. */
const NOTHING_FILED: FiledAnswers = { narrative: 0, placeDetail: 0, victim: {} };

/**
 * Files the report. The draft's files and answers go with it, unless the case was filed from an earlier
 * draft (a message that arrived meanwhile changed it): then they follow at once as an addendum, so none is
 * lost (some may show twice).
 */
export async function fileReport(ctx: StepContext, c: Conversation, additionId: string): Promise<ReportReceipt> {
  const receipt = await ctx.actions.submit(c);
  c.caseRef = { caseId: receipt.caseId, reference: receipt.reference };
  if (receipt.contentChanged) {
    c.filed = NOTHING_FILED;
    await attachAdditions(ctx, c, additionId, false);
  } else {
    c.filed = filedAnswers(c);
    c.attachedMedia = c.media.length;
  }
  return receipt;
}

/**
 * Someone is in danger: the case and its DARURAT alert exist before anything else is asked. The emergency
 * numbers lead the answer, unless the question just answered carried them (`numbersShown`).
 */
export async function fileEmergency(ctx: StepContext, c: Conversation, numbersShown = false): Promise<OutgoingMessage[]> {
  const numbers = numbersShown ? [] : [emergencyNumbers(ctx.tenant, c.lang)];
  if (c.caseRef) return [...numbers, textMessage(c.lang, TEXTS.dangerAlreadyForwarded(c.caseRef.reference))];
  c.danger = 'ya';
  try {
    const receipt = await fileReport(ctx, c, 'danger-media');
    return [...numbers, textMessage(c.lang, TEXTS.dangerForwarded(receipt.reference, receipt.trackingCode))];
  } catch (error) {
    // Storage is failing and Meta will redeliver; the emergency numbers cannot wait for that.
    if (numbers.length > 0) await ctx.actions.sendNow(numbers);
    throw error;
  }
}

/** Adds to the case the files, the answers and (when asked for) the identity it does not hold yet. */
export async function attachAdditions(ctx: StepContext, c: Conversation, id: string, withIdentity: boolean): Promise<void> {
  const media = c.media.slice(c.attachedMedia);
  const answers = laterAnswers(c);
  if (media.length === 0 && !withIdentity && !answers) return;
  await ctx.actions.attach(c, { id, media, withIdentity, ...(answers ? { answers } : {}) });
  c.attachedMedia = c.media.length;
  c.filed = filedAnswers(c);
}

/** The answers given since the case was filed: new parts of the story and place, changed choices. */
export function laterAnswers(c: Conversation): LaterAnswers | undefined {
  const filed = c.filed;
  if (!filed) return undefined;
  const changed = (now: unknown, then: unknown) => JSON.stringify(now) !== JSON.stringify(then);
  const answers: LaterAnswers = {
    ...(c.narrative.length > filed.narrative ? { narrative: c.narrative.slice(filed.narrative) } : {}),
    ...(c.placeDetail.length > filed.placeDetail ? { placeDetail: c.placeDetail.slice(filed.placeDetail) } : {}),
    ...(changed(c.kecamatan, filed.kecamatan) ? { kecamatan: c.kecamatan } : {}),
    ...(changed(c.occurred, filed.occurred) ? { occurred: c.occurred } : {}),
    ...(changed(c.victim, filed.victim) ? { victim: c.victim } : {}),
  };
  return Object.keys(answers).length > 0 ? answers : undefined;
}
