/**
 * Rules that hold at every step, applied before the step reads a message: a tracking code is never kept as
 * report text (a status query in it is answered), and danger in any words is answered at once, with the
 * emergency numbers, by a filing or by the question whether someone is in danger now.
 */
import { screenForDanger } from '../../domain/triage.js';
import { statusCommandIn, statusQueryIn, trackingCodeIn } from './answers.js';
import { addMedia, addNarrative, type Conversation } from './conversation.js';
import type { OutgoingMessage } from './outgoing-message.js';
import { fileEmergency } from './filing.js';
import { emergencyNumbers, textMessage } from './prompts.js';
import { reply, type StepContext, type StepInput, type StepOutcome } from './step-context.js';
import { answerStatusQuery, continueAfterFiling, finished, promptFor } from './steps.js';
import { TEXTS } from './texts.js';

/** `fresh`: the conversation starts with this message (none was open). `undefined`: no rule applies. */
export async function applyConversationRules(
  ctx: StepContext,
  c: Conversation,
  input: StepInput,
  fresh: boolean,
): Promise<StepOutcome | undefined> {
  return (await answerTrackingCode(ctx, c, input, fresh)) ?? answerDanger(ctx, c, input);
}

async function answerTrackingCode(
  ctx: StepContext,
  c: Conversation,
  input: StepInput,
  fresh: boolean,
): Promise<StepOutcome | undefined> {
  // The status step reads references and codes itself.
  if (input.kind !== 'text' || c.step === 'status') return undefined;
  const command = statusCommandIn(input.text);
  const code = command?.code ?? trackingCodeIn(input.text);
  if (!command && !code) return undefined;
  const reference = command?.reference ?? statusQueryIn(input.text).reference;
  // A query that opened the conversation leaves nothing behind but a finished conversation.
  const base = fresh ? finished(c) : c;
  if (reference && code) return answerStatusQuery(ctx, base, reference, code);
  if (reference) {
    c.returnTo = fresh || (c.step === 'menu' && !c.service) ? undefined : c.step;
    c.step = 'status';
    c.statusReference = reference;
    return reply(c, [textMessage(c.lang, TEXTS.statusNeedsCode)]);
  }
  return reply(base, [textMessage(c.lang, TEXTS.trackingCodeNotStored), ...promptFor(ctx.tenant, base)]);
}

async function answerDanger(ctx: StepContext, c: Conversation, input: StepInput): Promise<StepOutcome | undefined> {
  const words = input.kind === 'text' ? input.text : input.kind === 'media' ? input.caption : undefined;
  const danger = dangerIn(c, words);
  if (!danger) return undefined;
  if (input.kind === 'media') addMedia(c, input);
  else if (input.kind === 'text') addNarrative(c, input.text, input.source);
  return respondToDanger(ctx, c, danger, []);
}

/** Said "no one is in danger now" when asked: more words of danger are story, unless harm is happening. */
function dangerIn(c: Conversation, words: string | undefined): 'happening' | 'possible' | undefined {
  const danger = words === undefined ? undefined : screenForDanger(words);
  if (danger === 'possible' && c.dangerDeclined && !c.caseRef && c.step !== 'danger_check') return undefined;
  return danger;
}

async function respondToDanger(
  ctx: StepContext,
  c: Conversation,
  danger: 'happening' | 'possible',
  lead: readonly OutgoingMessage[],
): Promise<StepOutcome> {
  // Where the conversation goes on: a detour returns to the question it interrupted.
  const where = c.step === 'danger_check' || c.step === 'status' ? (c.returnTo ?? 'menu') : c.step;
  if (danger === 'happening' || c.caseRef) {
    c.returnTo = undefined;
    return continueAfterFiling(ctx, c, where, [...lead, ...(await fileEmergency(ctx, c))]);
  }
  c.returnTo = where;
  c.step = 'danger_check';
  return reply(c, [...lead, emergencyNumbers(ctx.tenant, c.lang), ...promptFor(ctx.tenant, c)]);
}

/**
 * An edit of an earlier message: in the draft, its words are replaced; once they are in the case, the new
 * words are added to it as an addendum marked "diubah oleh pelapor". Words of danger in it count as any.
 */
export async function answerEdit(
  ctx: StepContext,
  current: Conversation | undefined,
  input: Extract<StepInput, { kind: 'edit' }>,
): Promise<StepOutcome> {
  const at = current?.sources?.[input.target];
  if (!current || at === undefined) {
    return reply(current ?? null, [textMessage(current?.lang ?? 'id', TEXTS.editNotApplied)]);
  }
  const c = structuredClone(current);
  const done = c.step === 'done';
  const caseRef = c.caseRef;
  let lead: OutgoingMessage;
  if (caseRef && (done || at < (c.filed?.narrative ?? 0))) {
    await ctx.actions.attach(c, { id: `edit-${input.source}`, media: [], withIdentity: false, edited: input.text });
    lead = textMessage(c.lang, TEXTS.editAddedToCase(caseRef.reference));
  } else {
    c.narrative[at] = input.text.trim();
    lead = textMessage(c.lang, TEXTS.editApplied);
  }
  const danger = dangerIn(c, input.text);
  if (!danger) return reply(c, [lead]);
  // A filed report's conversation has ended: the numbers, and the edit is with the case.
  if (done) return reply(c, [lead, emergencyNumbers(ctx.tenant, c.lang)]);
  return respondToDanger(ctx, c, danger, [lead]);
}
