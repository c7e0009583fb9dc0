/**
 * The conversation as a state machine: one inbound message in, the next state and the replies out.
 * Side effects the flow needs (submitting, attaching, checking a status) come in as `StepActions`, so the
 * machine stays free of storage and transport and can be replayed safely: every action is idempotent.
 */
import type { ReportStatus } from '../../intake/check-report-status.js';
import type { ReportReceipt } from '../../intake/submit-report.js';
import { formatLongLocal } from '../../domain/local-time.js';
import {
  AGE_GROUPS,
  type AgeGroup,
  type DangerAnswer,
  GENDERS,
  type Gender,
  RELATIONS,
  type Relation,
  SERVICES,
  type Service,
  STATUS_LABELS,
} from '../../domain/vocabulary.js';
import type { Tenant } from '../../tenancy/tenant.js';
import {
  ageGroupIn,
  type Command,
  commandIn,
  genderIn,
  isAnonymous,
  isDone,
  isGreeting,
  isSkip,
  isUnsure,
  kecamatanIn,
  normaliseAnswer,
  relationIn,
  serviceIn,
  statusQueryIn,
  yesNoIn,
} from './answers.js';
import { type Conversation, type Step, type StoredMediaNote, startConversation } from './conversation.js';
import type { OutgoingMessage } from './outgoing-message.js';
import {
  CHOICE,
  emergencyNumbers,
  greeting,
  kecamatanList,
  mediaNoun,
  promptFor,
  servicePrompt,
  tenantHotline,
  textMessage,
} from './prompts.js';
import { indonesianMobile } from './report-mapping.js';
import { say, type Text, TEXTS, WHEN_CHOICES, type WhenChoice } from './texts.js';
import type { InboundContent } from './webhook-payload.js';

/** What the machine reads: the inbound content with media already stored (or known to have failed). */
export type StepInput =
  | Exclude<InboundContent, { kind: 'media' } | { kind: 'ignored' }>
  | { readonly kind: 'media'; readonly note: StoredMediaNote; readonly caption?: string }
  | { readonly kind: 'media-failed' };

/** What a case still lacks that this conversation can add: new files, and the identity on the danger path. */
export interface CaseAddition {
  readonly id: string;
  readonly media: readonly StoredMediaNote[];
  readonly withIdentity: boolean;
}

export interface StepActions {
  /** Stores the report built from the conversation, its files included; idempotent per conversation. */
  submit(conversation: Conversation): Promise<ReportReceipt>;
  /** Attaches an addition to the conversation's case; idempotent per addition id. */
  attach(conversation: Conversation, addition: CaseAddition): Promise<void>;
  checkStatus(reference: string, trackingCode: string): Promise<ReportStatus | undefined>;
  /** Sends at once, outside the stored outbox, best effort: only for help that must not wait for a retry. */
  sendNow(replies: readonly OutgoingMessage[]): Promise<void>;
}

export interface StepContext {
  readonly tenant: Tenant;
  readonly now: Date;
  readonly waId: string;
  readonly newConversationId: () => string;
  readonly actions: StepActions;
}

export interface StepOutcome {
  /** `null`: forget the conversation (its stored item is deleted). */
  readonly conversation: Conversation | null;
  readonly replies: readonly OutgoingMessage[];
}

const MAX_NARRATIVE_CHARS = 19_000;
const MAX_PLACE_CHARS = 450;
const MAX_NAME_CHARS = 120;
const MAX_WHEN_CHARS = 200;
/** A first message this long is probably the story itself: keep it rather than ask for it again. */
const STORY_WORDS = 4;

export async function runConversationStep(
  ctx: StepContext,
  current: Conversation | undefined,
  input: StepInput,
): Promise<StepOutcome> {
  const command = commandOf(input);
  if (command) return runCommand(ctx, current, command);
  if (!current || current.step === 'done') return begin(ctx, current, input);
  const c = structuredClone(current);
  return STEP_HANDLERS[c.step](ctx, c, input);
}

type StepHandler = (ctx: StepContext, c: Conversation, input: StepInput) => Promise<StepOutcome> | StepOutcome;

const STEP_HANDLERS: Readonly<Record<Step, StepHandler>> = {
  menu: (ctx, c, input) => {
    const service = chosenService(input);
    if (service) return chooseService(ctx, c, service);
    const noted = keepLooseInput(c, input);
    if (input.kind === 'text' && isGreeting(input.text)) return reply(c, greeting(ctx.tenant, c.lang));
    return reply(c, [...noted, servicePrompt(c.lang, TEXTS.chooseService)]);
  },

  narrative: (ctx, c, input) => {
    if (isChoice(input, CHOICE.narrativeDone) || (input.kind === 'text' && isDone(input.text))) {
      if (c.narrative.length === 0 && c.media.length === 0) return reask(ctx, c, TEXTS.narrativeEmpty);
      return advance(ctx, c, 'kecamatan');
    }
    switch (input.kind) {
      case 'text':
        addNarrative(c, input.text);
        return reply(c, [doneButton(c, TEXTS.narrativeNoted)]);
      case 'media':
        addMedia(c, input);
        return reply(c, [doneButton(c, TEXTS.mediaSaved(mediaNoun(input.note.kind)))]);
      case 'media-failed':
        return reply(c, [doneButton(c, TEXTS.mediaFailed)]);
      case 'location':
        addPlace(c, describeLocation(c, input));
        return reply(c, [doneButton(c, TEXTS.narrativeNoted)]);
      default:
        return reask(ctx, c, input.kind === 'unreadable' ? TEXTS.unreadable : TEXTS.notUnderstood);
    }
  },

  kecamatan: (ctx, c, input) => {
    if (input.kind === 'choice' && input.id.startsWith(CHOICE.kecamatanPage)) {
      c.kecamatanPage = Number(input.id.slice(CHOICE.kecamatanPage.length)) || 0;
      return reply(c, promptFor(ctx.tenant, c));
    }
    const picked = pickedKecamatan(ctx.tenant, input);
    if (picked !== undefined) {
      c.kecamatan = picked;
      return advance(ctx, c, c.placeDetail.length > 0 ? 'when' : 'place');
    }
    if (input.kind === 'text') {
      addPlace(c, input.text);
      return reply(c, [kecamatanList(ctx.tenant, c.lang, c.kecamatanPage, TEXTS.placeNotedAskKecamatan)]);
    }
    if (input.kind === 'location') {
      addPlace(c, describeLocation(c, input));
      return reply(c, [kecamatanList(ctx.tenant, c.lang, c.kecamatanPage, TEXTS.locationNotedAskKecamatan)]);
    }
    return keepMediaOrReask(ctx, c, input);
  },

  place: (ctx, c, input) => {
    if (isChoice(input, CHOICE.placeSkip) || (input.kind === 'text' && isSkip(input.text))) {
      return advance(ctx, c, 'when');
    }
    if (input.kind === 'text' || input.kind === 'location') {
      addPlace(c, input.kind === 'text' ? input.text : describeLocation(c, input));
      return advance(ctx, c, 'when');
    }
    return keepMediaOrReask(ctx, c, input);
  },

  when: (ctx, c, input) => {
    const choice = choiceValue(input, CHOICE.when, Object.keys(WHEN_CHOICES) as WhenChoice[]);
    if (choice) {
      c.occurred = occurredFor(choice, ctx);
      return advance(ctx, c, 'victim_age');
    }
    if (input.kind === 'text') {
      c.occurred = { description: isUnsure(input.text) ? WHEN_CHOICES.unknown.id : input.text.trim().slice(0, MAX_WHEN_CHARS) };
      return advance(ctx, c, 'victim_age');
    }
    return keepMediaOrReask(ctx, c, input);
  },

  victim_age: (ctx, c, input) => {
    const age = choiceValue<AgeGroup>(input, CHOICE.age, AGE_GROUPS) ?? (input.kind === 'text' ? ageGroupIn(input.text) : undefined);
    if (!age) return keepMediaOrReask(ctx, c, input);
    c.victim.ageGroup = age;
    return advance(ctx, c, 'victim_gender');
  },

  victim_gender: (ctx, c, input) => {
    const gender = choiceValue<Gender>(input, CHOICE.gender, GENDERS) ?? (input.kind === 'text' ? genderIn(input.text) : undefined);
    if (!gender) return keepMediaOrReask(ctx, c, input);
    c.victim.gender = gender;
    return advance(ctx, c, 'relation');
  },

  relation: (ctx, c, input) => {
    const relation =
      choiceValue<Relation>(input, CHOICE.relation, RELATIONS) ?? (input.kind === 'text' ? relationIn(input.text) : undefined);
    if (!relation) return keepMediaOrReask(ctx, c, input);
    c.victim.relation = relation;
    return advance(ctx, c, 'danger');
  },

  danger: async (ctx, c, input) => {
    const answer =
      choiceValue<DangerAnswer>(input, CHOICE.danger, ['ya', 'tidak', 'tidak_tahu']) ??
      (input.kind === 'text' ? yesNoIn(input.text) : undefined);
    if (!answer) return keepMediaOrReask(ctx, c, input);
    c.danger = answer;
    if (answer !== 'ya' || c.caseRef) return advance(ctx, c, 'identity');
    // Someone is in danger: the case and its DARURAT alert exist before anything else is asked.
    let receipt: ReportReceipt;
    try {
      receipt = await ctx.actions.submit(c);
      await recordFiling(ctx, c, receipt, 'danger-media');
    } catch (error) {
      // Storage is failing and Meta will redeliver; the emergency numbers cannot wait for that.
      await ctx.actions.sendNow([emergencyNumbers(ctx.tenant, c.lang)]);
      throw error;
    }
    c.step = 'identity';
    return reply(c, [
      emergencyNumbers(ctx.tenant, c.lang),
      textMessage(c.lang, TEXTS.dangerForwarded(receipt.reference, receipt.trackingCode)),
      ...promptFor(ctx.tenant, c),
    ]);
  },

  identity: (ctx, c, input) => {
    if (isChoice(input, CHOICE.anonymous) || (input.kind === 'text' && isAnonymous(input.text))) {
      c.anonymous = true;
      return advance(ctx, c, 'consent');
    }
    if (isChoice(input, CHOICE.contactMe) || (input.kind === 'text' && yesNoIn(input.text) === 'ya')) {
      c.anonymous = false;
      return advance(ctx, c, 'name');
    }
    return keepMediaOrReask(ctx, c, input);
  },

  name: (ctx, c, input) => {
    if (input.kind === 'text' && isAnonymous(input.text)) {
      c.anonymous = true;
      return advance(ctx, c, 'consent');
    }
    const skipped = isChoice(input, CHOICE.nameSkip) || (input.kind === 'text' && isSkip(input.text));
    if (skipped) {
      // Without an Indonesian number to call back, a named report needs the name.
      if (!indonesianMobile(c.waId)) return reply(c, [textMessage(c.lang, TEXTS.nameRequired)]);
      return advance(ctx, c, 'consent');
    }
    if (input.kind === 'text' && input.text.trim() !== '') {
      c.name = input.text.trim().slice(0, MAX_NAME_CHARS);
      return advance(ctx, c, 'consent');
    }
    return keepMediaOrReask(ctx, c, input);
  },

  consent: (ctx, c, input) => {
    const typed = input.kind === 'text' ? yesNoIn(input.text) : undefined;
    if (isChoice(input, CHOICE.agree) || typed === 'ya') {
      c.consent = true;
      return advance(ctx, c, 'confirm');
    }
    if (isChoice(input, CHOICE.disagree) || typed === 'tidak') {
      c.consent = false;
      return reask(ctx, c, TEXTS.consentDeclined(tenantHotline(ctx.tenant)));
    }
    return keepMediaOrReask(ctx, c, input);
  },

  confirm: async (ctx, c, input) => {
    const typed = input.kind === 'text' ? yesNoIn(input.text) : undefined;
    if (!isChoice(input, CHOICE.send) && typed !== 'ya') return keepMediaOrReask(ctx, c, input);
    if (c.caseRef) {
      await attachNewMedia(ctx, c, 'final', c.anonymous === false);
      return reply(finished(c), [textMessage(c.lang, TEXTS.addendumReceived(c.caseRef.reference))]);
    }
    const receipt = await ctx.actions.submit(c);
    await recordFiling(ctx, c, receipt, 'media');
    const due = formatLongLocal(new Date(receipt.dueAt), ctx.tenant.timeZone, c.lang);
    return reply(finished(c), [
      textMessage(c.lang, TEXTS.receipt(receipt.reference, receipt.trackingCode, due)),
    ]);
  },

  status: async (ctx, c, input) => {
    const typed = input.kind === 'text' ? statusQueryIn(input.text) : {};
    if (typed.reference && !typed.code) {
      c.statusReference = typed.reference;
      return reply(c, [textMessage(c.lang, TEXTS.statusNeedsCode)]);
    }
    const reference = typed.reference ?? c.statusReference;
    // Anything that is not a status query ends the detour and answers the question it interrupted.
    if (!reference || !typed.code) return leaveStatusCheck(ctx, c, input);
    const found = await ctx.actions.checkStatus(reference, typed.code);
    const answer: Text = found
      ? TEXTS.statusResult(
          found.reference,
          say(c.lang, STATUS_LABELS[found.status]),
          formatLongLocal(new Date(found.updatedAt), ctx.tenant.timeZone, c.lang),
        )
      : TEXTS.statusNotFound;
    const back = afterStatusCheck(c);
    return reply(back, [textMessage(c.lang, answer), ...promptFor(ctx.tenant, back)]);
  },

  done: (ctx, c, input) => begin(ctx, c, input),
};

/** The step a status check interrupted, or a finished conversation when it interrupted none. */
function afterStatusCheck(c: Conversation): Conversation {
  const back = c.returnTo;
  if (!back) return finished(c);
  return { ...c, step: back, returnTo: undefined, statusReference: undefined };
}

function leaveStatusCheck(ctx: StepContext, c: Conversation, input: StepInput): Promise<StepOutcome> | StepOutcome {
  const back = afterStatusCheck(c);
  return back.step === 'done' ? begin(ctx, back, input) : STEP_HANDLERS[back.step](ctx, back, input);
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
      const fresh = startConversation(ctx.newConversationId(), ctx.waId, lang);
      return reply(fresh, [textMessage(lang, TEXTS.restarted), ...greeting(ctx.tenant, lang)]);
    }
    case 'status': {
      const c = current && current.step !== 'done' ? structuredClone(current) : fresh(ctx, current);
      if (c.step !== 'status') c.returnTo = c.step === 'menu' && !c.service ? undefined : c.step;
      c.step = 'status';
      c.statusReference = undefined;
      return reply(c, promptFor(ctx.tenant, c));
    }
    case 'english':
    case 'indonesian': {
      const c = current && current.step !== 'done' ? structuredClone(current) : fresh(ctx, current);
      c.lang = command === 'english' ? 'en' : 'id';
      return reply(c, [textMessage(c.lang, TEXTS.languageSwitched), ...promptFor(ctx.tenant, c)]);
    }
  }
}

/** A first message, or the first after a finished report: greet, keeping whatever was already sent. */
function begin(ctx: StepContext, previous: Conversation | undefined, input: StepInput): StepOutcome {
  const c = fresh(ctx, previous);
  const service = chosenService(input);
  if (service) return chooseService(ctx, c, service);
  if (input.kind === 'text' && isGreeting(input.text)) return reply(c, greeting(ctx.tenant, c.lang));
  const noted = keepLooseInput(c, input);
  return reply(c, [...noted, ...greeting(ctx.tenant, c.lang)]);
}

function fresh(ctx: StepContext, previous: Conversation | undefined): Conversation {
  return startConversation(ctx.newConversationId(), ctx.waId, previous?.lang ?? 'id');
}

function chooseService(ctx: StepContext, c: Conversation, service: Service): StepOutcome {
  c.service = service;
  c.step = 'narrative';
  const already = c.narrative.length > 0 || c.media.length > 0;
  return reply(c, [
    ...(already ? [textMessage(c.lang, TEXTS.narrativeAlreadyNoted)] : []),
    ...promptFor(ctx.tenant, c),
  ]);
}

/** Before a service is chosen: a story, a file or a place is kept for the report, never dropped. */
function keepLooseInput(c: Conversation, input: StepInput): OutgoingMessage[] {
  const note = (t: Text): OutgoingMessage[] => [textMessage(c.lang, t)];
  switch (input.kind) {
    case 'text':
      if (normaliseAnswer(input.text).split(' ').length < STORY_WORDS) return [];
      addNarrative(c, input.text);
      return note(TEXTS.notedBeforeService);
    case 'media':
      addMedia(c, input);
      return note(TEXTS.mediaSavedLater(mediaNoun(input.note.kind)));
    case 'media-failed':
      return note(TEXTS.mediaFailed);
    case 'location':
      addPlace(c, describeLocation(c, input));
      return note(TEXTS.notedBeforeService);
    case 'unreadable':
      return note(TEXTS.unreadable);
    default:
      return [];
  }
}

/** Files are welcome at any step (they join the report); anything else that does not fit gets the question again. */
function keepMediaOrReask(ctx: StepContext, c: Conversation, input: StepInput): StepOutcome {
  if (input.kind === 'media') {
    addMedia(c, input);
    return reply(c, [
      textMessage(c.lang, TEXTS.mediaSavedLater(mediaNoun(input.note.kind))),
      ...promptFor(ctx.tenant, c),
    ]);
  }
  if (input.kind === 'media-failed') return reask(ctx, c, TEXTS.mediaFailed);
  return reask(ctx, c, input.kind === 'unreadable' ? TEXTS.unreadable : TEXTS.notUnderstood);
}

function advance(ctx: StepContext, c: Conversation, step: Step): StepOutcome {
  c.step = step;
  return reply(c, promptFor(ctx.tenant, c));
}

function reask(ctx: StepContext, c: Conversation, lead: Text): StepOutcome {
  return reply(c, [textMessage(c.lang, lead), ...promptFor(ctx.tenant, c)]);
}

function reply(conversation: Conversation, replies: readonly OutgoingMessage[]): StepOutcome {
  return { conversation, replies };
}

/** After a report is stored, nothing of it stays in the conversation; only the language and number do. */
function finished(c: Conversation): Conversation {
  return { ...startConversation(c.conversationId, c.waId, c.lang), step: 'done' };
}

/**
 * The draft's files went with the report, unless the case was filed from an earlier draft (a message that
 * arrived meanwhile changed it): then they follow as an addendum, so none is lost (some may show twice).
 */
async function recordFiling(ctx: StepContext, c: Conversation, receipt: ReportReceipt, additionId: string): Promise<void> {
  c.caseRef = { caseId: receipt.caseId, reference: receipt.reference };
  if (receipt.contentChanged) await attachNewMedia(ctx, c, additionId, false);
  else c.attachedMedia = c.media.length;
}

async function attachNewMedia(ctx: StepContext, c: Conversation, id: string, withIdentity: boolean): Promise<void> {
  const media = c.media.slice(c.attachedMedia);
  if (media.length === 0 && !withIdentity) return;
  await ctx.actions.attach(c, { id, media, withIdentity });
  c.attachedMedia = c.media.length;
}

function doneButton(c: Conversation, body: Text): OutgoingMessage {
  return { kind: 'buttons', text: say(c.lang, body), buttons: [{ id: CHOICE.narrativeDone, title: say(c.lang, TEXTS.done) }] };
}

function addNarrative(c: Conversation, text: string): void {
  // Parts are joined with a blank line (2 characters) into the submission's narrative.
  const used = c.narrative.reduce((sum, part) => sum + part.length + 2, 0);
  const room = MAX_NARRATIVE_CHARS - used;
  if (room > 0 && text.trim() !== '') c.narrative.push(text.trim().slice(0, room));
}

function addPlace(c: Conversation, text: string): void {
  const used = c.placeDetail.reduce((sum, part) => sum + part.length + 2, 0);
  const room = MAX_PLACE_CHARS - used;
  if (room > 0 && text.trim() !== '') c.placeDetail.push(text.trim().slice(0, room));
}

function addMedia(c: Conversation, input: { note: StoredMediaNote; caption?: string }): void {
  // A retried download stores the same object again: keep one note per object.
  if (c.media.some((m) => m.objectId === input.note.objectId)) return;
  // Before the case exists a caption is part of the story; after, it must not change the submission
  // (a retry would no longer match it), so it travels with its file into the addendum instead.
  if (input.caption && !c.caseRef) addNarrative(c, input.caption);
  c.media.push(input.caption && c.caseRef ? { ...input.note, caption: input.caption } : input.note);
}

function describeLocation(c: Conversation, input: Extract<StepInput, { kind: 'location' }>): string {
  const words = [input.name, input.address].filter(Boolean).join(', ');
  const point = `${input.latitude.toFixed(6)},${input.longitude.toFixed(6)}`;
  return `${say(c.lang, TEXTS.sharedLocation)}: ${words ? `${words} ` : ''}(${point})`;
}

function occurredFor(choice: WhenChoice, ctx: StepContext): Conversation['occurred'] {
  if (choice === 'today' || choice === 'yesterday') {
    const day = new Date(ctx.now.getTime() - (choice === 'yesterday' ? 86_400_000 : 0));
    return { date: new Intl.DateTimeFormat('en-CA', { timeZone: ctx.tenant.timeZone }).format(day) };
  }
  // Staff read Indonesian: the description is stored in it whatever language the reporter chose.
  return { description: WHEN_CHOICES[choice].id };
}

function pickedKecamatan(tenant: Tenant, input: StepInput): string | null | undefined {
  if (isChoice(input, CHOICE.kecamatanUnknown)) return null;
  if (input.kind === 'choice' && input.id.startsWith(CHOICE.kecamatan)) {
    return kecamatanIn(input.id.slice(CHOICE.kecamatan.length), tenant.kecamatan);
  }
  if (input.kind !== 'text') return undefined;
  if (isUnsure(input.text) || isSkip(input.text)) return null;
  return kecamatanIn(input.text, tenant.kecamatan);
}

function chosenService(input: StepInput): Service | undefined {
  const chosen = choiceValue<Service>(input, CHOICE.service, SERVICES);
  if (chosen) return chosen;
  if (input.kind !== 'text' || normaliseAnswer(input.text).split(' ').length >= STORY_WORDS) return undefined;
  return serviceIn(input.text);
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

function isChoice(input: StepInput, id: string): boolean {
  return input.kind === 'choice' && input.id === id;
}

/** The value of a tapped option with this prefix, only if it is one of the allowed values. */
function choiceValue<T extends string>(input: StepInput, prefix: string, allowed: readonly T[]): T | undefined {
  if (input.kind !== 'choice' || !input.id.startsWith(prefix)) return undefined;
  const value = input.id.slice(prefix.length);
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
