/**
 * The conversation as a state machine: one inbound message in, the next state and the replies out. First
 * the words that always work (commands), then the rules that hold at every step (conversation-rules.ts),
 * then the current step's own definition (steps.ts).
 */
import { type Command, commandIn } from './answers.js';
import { type Conversation, startConversation } from './conversation.js';
import { answerEdit, applyConversationRules } from './conversation-rules.js';
import type { OutgoingMessage } from './outgoing-message.js';
import { CHOICE, greeting, textMessage } from './prompts.js';
import { reply, type StepContext, type StepInput, type StepOutcome } from './step-context.js';
import { answerStep, freshConversation, greet, promptFor } from './steps.js';
import { TEXTS } from './texts.js';

export type { CaseAddition, StepActions, StepContext, StepInput, StepOutcome } from './step-context.js';

export async function runConversationStep(
  ctx: StepContext,
  current: Conversation | undefined,
  input: StepInput,
): Promise<StepOutcome> {
  const command = commandOf(input);
  if (command) return runCommand(ctx, current, command);
  // An edit may reach a report already filed, so it reads the conversation even after the receipt.
  if (input.kind === 'edit') return answerEdit(ctx, current, input);
  const ongoing = current && current.step !== 'done' ? structuredClone(current) : undefined;
  const c = ongoing ?? freshConversation(ctx, current);
  // A number WhatsApp gives now is the one to call back; one it no longer gives (a username) stays known.
  if (ctx.phone) c.waId = ctx.phone;
  const ruled = await applyConversationRules(ctx, c, input, !ongoing);
  if (ruled) return ruled;
  return ongoing ? answerStep(ctx, c, input) : greet(ctx, c, input);
}

async function runCommand(ctx: StepContext, current: Conversation | undefined, command: Command): Promise<StepOutcome> {
  const lang = current?.lang ?? 'id';
  switch (command) {
    case 'cancel': {
      const replies: OutgoingMessage[] = [textMessage(lang, TEXTS.cancelled)];
      if (current?.caseRef && current.step !== 'done') {
        replies.push(textMessage(lang, TEXTS.cancelledCaseStays(current.caseRef.reference)));
      }
      return { conversation: null, replies };
    }
    case 'restart': {
      const fresh = startConversation(ctx.newConversationId(), ctx.phone ?? current?.waId, lang);
      return reply(fresh, [textMessage(lang, TEXTS.restarted), ...greeting(ctx.tenant, lang)]);
    }
    case 'status': {
      const c = current && current.step !== 'done' ? structuredClone(current) : freshConversation(ctx, current);
      if (c.step !== 'status') c.returnTo = c.step === 'menu' && !c.service ? undefined : c.step;
      c.step = 'status';
      c.statusReference = undefined;
      return reply(c, promptFor(ctx.tenant, c));
    }
    case 'english':
    case 'indonesian': {
      const c = current && current.step !== 'done' ? structuredClone(current) : freshConversation(ctx, current);
      c.lang = command === 'english' ? 'en' : 'id';
      return reply(c, [textMessage(c.lang, TEXTS.languageSwitched), ...promptFor(ctx.tenant, c)]);
    }
  }
}

function commandOf(input: StepInput): Command | undefined {
  if (input.kind === 'text') return commandIn(input.text);
  if (input.kind !== 'choice') return undefined;
  const byChoice: Record<string, Command> = {
    [CHOICE.cancel]: 'cancel',
    [CHOICE.restart]: 'restart',
    [CHOICE.status]: 'status',
    [CHOICE.english]: 'english',
    [CHOICE.indonesian]: 'indonesian',
  };
  return Object.hasOwn(byChoice, input.id) ? byChoice[input.id] : undefined;
}
