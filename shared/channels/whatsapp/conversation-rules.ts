/**
 * Rules that hold at every step, applied before the step reads a message: a tracking code is never kept as
 * report text (a status query in it is answered), and danger in any words is answered at once, with the
 * emergency numbers, by a filing or by the question whether someone is in danger now.
 */
import { screenForDanger } from '../../domain/triage.js';
import { statusCommandIn, statusQueryIn, trackingCodeIn } from './answers.js';
import { addMedia, addNarrative, type Conversation } from './conversation.js';
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
  const danger = words === undefined ? undefined : screenForDanger(words);
  if (!danger) return undefined;
  // Said "no one is in danger now" when asked: more words of danger are story, unless harm is happening.
  if (danger === 'possible' && c.dangerDeclined && !c.caseRef && c.step !== 'danger_check') return undefined;
  if (input.kind === 'media') addMedia(c, input);
  else if (words !== undefined) addNarrative(c, words);
  // Where the conversation goes on: a detour returns to the question it interrupted.
  const where = c.step === 'danger_check' || c.step === 'status' ? (c.returnTo ?? 'menu') : c.step;
  if (danger === 'happening' || c.caseRef) {
    c.returnTo = undefined;
    return continueAfterFiling(ctx, c, where, await fileEmergency(ctx, c));
  }
  c.returnTo = where;
  c.step = 'danger_check';
  return reply(c, [emergencyNumbers(ctx.tenant, c.lang), ...promptFor(ctx.tenant, c)]);
}
