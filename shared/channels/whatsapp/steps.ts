/**
 * The conversation's steps, each ONE definition: the question it asks, whether it is asked at all, and how
 * it reads an answer and what that sets. What comes next is the next question in `QUESTIONS` that is asked
 * in this conversation, so the order lives in one list.
 */
import { formatLongLocal } from '../../domain/local-time.js';
import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  type AgeGroup,
  DANGER_ANSWERS,
  DANGER_LABELS,
  type DangerAnswer,
  GENDER_LABELS,
  GENDERS,
  type Gender,
  RELATION_LABELS,
  RELATIONS,
  type Relation,
  SERVICES,
  type Service,
  STATUS_LABELS,
} from '../../domain/vocabulary.js';
import type { Tenant } from '../../tenancy/tenant.js';
import {
  ageGroupIn,
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
import {
  addMedia,
  addNarrative,
  addPlace,
  type Conversation,
  QUESTIONS,
  type Step,
  startConversation,
} from './conversation.js';
import { attachAdditions, fileEmergency, fileReport } from './filing.js';
import type { OutgoingMessage } from './outgoing-message.js';
import {
  buttons,
  CHOICE,
  callableHotline,
  greeting,
  kecamatanList,
  listQuestion,
  mediaNoun,
  row,
  servicePrompt,
  summary,
  textMessage,
} from './prompts.js';
import { indonesianMobile } from './report-mapping.js';
import { reply, type StepContext, type StepInput, type StepOutcome } from './step-context.js';
import { say, type Text, TEXTS, WHEN_CHOICES, type WhenChoice } from './texts.js';

type Answer = StepOutcome | undefined | Promise<StepOutcome | undefined>;

export interface StepDefinition {
  /** The question (nothing for `done`, which waits for the reporter to start again). */
  readonly prompt: (tenant: Tenant, c: Conversation) => OutgoingMessage[];
  /** Whether the question is asked in this conversation (default: always); detours are only entered. */
  readonly asked?: (c: Conversation) => boolean;
  /** Reads one input; `undefined` when it is no answer here: a file is kept, the question is asked again. */
  readonly answer: (ctx: StepContext, c: Conversation, input: StepInput) => Answer;
}

const MAX_NAME_CHARS = 120;
const MAX_WHEN_CHARS = 200;
/** A first message this long is probably the story itself: keep it rather than ask for it again. */
const STORY_WORDS = 4;

/** A question whose answer is one value: read it, set it, go on. */
function question<T>(spec: {
  readonly prompt: StepDefinition['prompt'];
  readonly asked?: StepDefinition['asked'];
  readonly read: (input: StepInput, c: Conversation, ctx: StepContext) => T | undefined;
  readonly set: (c: Conversation, value: T, ctx: StepContext) => void;
}): StepDefinition {
  return {
    prompt: spec.prompt,
    asked: spec.asked,
    answer: (ctx, c, input) => {
      const value = spec.read(input, c, ctx);
      if (value === undefined) return undefined;
      spec.set(c, value, ctx);
      return advance(ctx, c);
    },
  };
}

export const STEP_DEFINITIONS: Readonly<Record<Step, StepDefinition>> = {
  menu: {
    prompt: (tenant, c) => greeting(tenant, c.lang),
    answer: (ctx, c, input) => {
      const service = chosenService(input);
      if (service) return chooseService(ctx, c, service);
      if (input.kind === 'text' && isGreeting(input.text)) return reply(c, greeting(ctx.tenant, c.lang));
      const noted = keepLooseInput(c, input);
      return reply(c, [...noted, servicePrompt(c.lang, TEXTS.chooseService)]);
    },
  },

  narrative: {
    prompt: (_tenant, c) => [
      buttons(c.lang, c.service === 'pengaduan_kekerasan' ? TEXTS.narrativeReport : TEXTS.narrativeOther, [
        [CHOICE.narrativeDone, TEXTS.done],
      ]),
    ],
    answer: (ctx, c, input) => {
      if (isChoice(input, CHOICE.narrativeDone) || (input.kind === 'text' && isDone(input.text))) {
        if (c.narrative.length === 0 && c.media.length === 0) return reask(ctx, c, TEXTS.narrativeEmpty);
        return advance(ctx, c);
      }
      switch (input.kind) {
        case 'text':
          addNarrative(c, input.text, input.source);
          return reply(c, [doneButton(c, TEXTS.narrativeNoted)]);
        case 'media':
          addMedia(c, input);
          return reply(c, [doneButton(c, TEXTS.mediaSaved(mediaNoun(input.note)))]);
        case 'media-failed':
          return reply(c, [doneButton(c, TEXTS.mediaFailed)]);
        case 'location':
          addPlace(c, describeLocation(c, input));
          return reply(c, [doneButton(c, TEXTS.narrativeNoted)]);
        default:
          return reask(ctx, c, input.kind === 'unreadable' ? TEXTS.unreadable : TEXTS.notUnderstood);
      }
    },
  },

  kecamatan: {
    prompt: (tenant, c) => [kecamatanList(tenant, c.lang, c.kecamatanPage, TEXTS.kecamatanQuestion(tenant.displayName))],
    answer: (ctx, c, input) => {
      if (input.kind === 'choice' && input.id.startsWith(CHOICE.kecamatanPage)) {
        c.kecamatanPage = Number(input.id.slice(CHOICE.kecamatanPage.length)) || 0;
        return reply(c, promptFor(ctx.tenant, c));
      }
      const picked = pickedKecamatan(ctx.tenant, input);
      if (picked !== undefined) {
        c.kecamatan = picked;
        return advance(ctx, c);
      }
      if (input.kind === 'text') {
        addPlace(c, input.text);
        return reply(c, [kecamatanList(ctx.tenant, c.lang, c.kecamatanPage, TEXTS.placeNotedAskKecamatan)]);
      }
      if (input.kind === 'location') {
        addPlace(c, describeLocation(c, input));
        return reply(c, [kecamatanList(ctx.tenant, c.lang, c.kecamatanPage, TEXTS.locationNotedAskKecamatan)]);
      }
      return undefined;
    },
  },

  place: question<string | null>({
    prompt: (_tenant, c) => [buttons(c.lang, TEXTS.placeQuestion, [[CHOICE.placeSkip, TEXTS.skip]])],
    // A place given earlier (a typed place or a shared location) answers it already.
    asked: (c) => c.placeDetail.length === 0,
    read: (input, c) => {
      if (isChoice(input, CHOICE.placeSkip) || (input.kind === 'text' && isSkip(input.text))) return null;
      if (input.kind === 'text') return input.text;
      return input.kind === 'location' ? describeLocation(c, input) : undefined;
    },
    set: (c, place) => {
      if (place !== null) addPlace(c, place);
    },
  }),

  when: question<Conversation['occurred']>({
    prompt: (_tenant, c) => [
      listQuestion(
        c.lang,
        TEXTS.whenQuestion,
        TEXTS.whenButton,
        TEXTS.whenSection,
        Object.entries(WHEN_CHOICES).map(([key, label]) => row(`${CHOICE.when}${key}`, say(c.lang, label))),
      ),
    ],
    read: (input, _c, ctx) => {
      const choice = choiceValue(input, CHOICE.when, Object.keys(WHEN_CHOICES) as WhenChoice[]);
      if (choice) return occurredFor(choice, ctx);
      if (input.kind !== 'text') return undefined;
      return { description: isUnsure(input.text) ? WHEN_CHOICES.unknown.id : input.text.trim().slice(0, MAX_WHEN_CHARS) };
    },
    set: (c, occurred) => {
      c.occurred = occurred;
    },
  }),

  victim_age: question<AgeGroup>({
    prompt: (_tenant, c) => [
      listQuestion(
        c.lang,
        TEXTS.victimAgeQuestion,
        TEXTS.victimAgeButton,
        TEXTS.victimAgeSection,
        AGE_GROUPS.map((group) => row(`${CHOICE.age}${group}`, say(c.lang, AGE_GROUP_LABELS[group]))),
      ),
    ],
    read: (input) => choiceValue(input, CHOICE.age, AGE_GROUPS) ?? (input.kind === 'text' ? ageGroupIn(input.text) : undefined),
    set: (c, age) => {
      c.victim.ageGroup = age;
    },
  }),

  victim_gender: question<Gender>({
    prompt: (_tenant, c) => [
      buttons(c.lang, TEXTS.victimGenderQuestion, [
        [`${CHOICE.gender}perempuan`, GENDER_LABELS.perempuan],
        [`${CHOICE.gender}laki_laki`, GENDER_LABELS.laki_laki],
        [`${CHOICE.gender}tidak_tahu`, GENDER_LABELS.tidak_tahu],
      ]),
    ],
    read: (input) => choiceValue(input, CHOICE.gender, GENDERS) ?? (input.kind === 'text' ? genderIn(input.text) : undefined),
    set: (c, gender) => {
      c.victim.gender = gender;
    },
  }),

  relation: question<Relation>({
    prompt: (_tenant, c) => [
      listQuestion(
        c.lang,
        TEXTS.relationQuestion,
        TEXTS.relationButton,
        TEXTS.relationSection,
        RELATIONS.map((relation) => row(`${CHOICE.relation}${relation}`, say(c.lang, RELATION_LABELS[relation]))),
      ),
    ],
    read: (input) =>
      choiceValue(input, CHOICE.relation, RELATIONS) ?? (input.kind === 'text' ? relationIn(input.text) : undefined),
    set: (c, relation) => {
      c.victim.relation = relation;
    },
  }),

  danger: {
    prompt: (tenant, c) => [
      buttons(c.lang, TEXTS.dangerQuestion(tenant.displayName), [
        [`${CHOICE.danger}ya`, TEXTS.dangerYes],
        [`${CHOICE.danger}tidak`, DANGER_LABELS.tidak],
        [`${CHOICE.danger}tidak_tahu`, DANGER_LABELS.tidak_tahu],
      ]),
    ],
    // Asked once: a case filed on danger earlier in the conversation answered it.
    asked: (c) => c.danger === undefined,
    answer: async (ctx, c, input) => {
      const answer =
        choiceValue<DangerAnswer>(input, CHOICE.danger, DANGER_ANSWERS) ??
        (input.kind === 'text' ? yesNoIn(input.text) : undefined);
      if (!answer) return undefined;
      if (answer !== 'ya') {
        c.danger = answer;
        return advance(ctx, c);
      }
      const filed = await fileEmergency(ctx, c);
      return continueAfterFiling(ctx, c, 'danger', filed);
    },
  },

  identity: question<boolean>({
    prompt: (_tenant, c) => [
      buttons(c.lang, TEXTS.identityQuestion, [
        [CHOICE.anonymous, TEXTS.anonymous],
        [CHOICE.contactMe, TEXTS.contactMe],
      ]),
    ],
    read: (input) => {
      if (isChoice(input, CHOICE.anonymous) || (input.kind === 'text' && isAnonymous(input.text))) return true;
      if (isChoice(input, CHOICE.contactMe) || (input.kind === 'text' && yesNoIn(input.text) === 'ya')) return false;
      return undefined;
    },
    set: (c, anonymous) => {
      c.anonymous = anonymous;
    },
  }),

  name: {
    prompt: (_tenant, c) => [buttons(c.lang, TEXTS.nameQuestion, [[CHOICE.nameSkip, TEXTS.skip]])],
    asked: (c) => c.anonymous === false,
    answer: (ctx, c, input) => {
      if (input.kind === 'text' && isAnonymous(input.text)) {
        c.anonymous = true;
        return advance(ctx, c);
      }
      const skipped = isChoice(input, CHOICE.nameSkip) || (input.kind === 'text' && isSkip(input.text));
      if (skipped) {
        // Without an Indonesian number to call back, a named report needs the name.
        if (!indonesianMobile(c.waId)) {
          return reply(c, [textMessage(c.lang, c.waId ? TEXTS.nameRequired : TEXTS.nameRequiredWithoutNumber)]);
        }
        return advance(ctx, c);
      }
      if (input.kind === 'text' && input.text.trim() !== '') {
        c.name = input.text.trim().slice(0, MAX_NAME_CHARS);
        return advance(ctx, c);
      }
      return undefined;
    },
  },

  consent: {
    prompt: (tenant, c) => [
      buttons(c.lang, TEXTS.consentQuestion(tenant.office), [
        [CHOICE.agree, TEXTS.agree],
        [CHOICE.disagree, TEXTS.disagree],
      ]),
    ],
    answer: (ctx, c, input) => {
      const typed = input.kind === 'text' ? yesNoIn(input.text) : undefined;
      if (isChoice(input, CHOICE.agree) || typed === 'ya') {
        c.consent = true;
        return advance(ctx, c);
      }
      if (!isChoice(input, CHOICE.disagree) && typed !== 'tidak') return undefined;
      // A case filed on danger stays (it is being handled); declining only stops contact and additions.
      if (c.caseRef) return reply(finished(c), [textMessage(c.lang, TEXTS.consentDeclinedAfterFiling(c.caseRef.reference))]);
      c.consent = false;
      return reask(ctx, c, TEXTS.consentDeclined(callableHotline(ctx.tenant)));
    },
  },

  confirm: {
    prompt: (tenant, c) => [
      { kind: 'text', text: summary(tenant, c) },
      buttons(c.lang, c.caseRef ? TEXTS.confirmAddendumQuestion : TEXTS.confirmQuestion, [
        [CHOICE.send, TEXTS.send],
        [CHOICE.restart, TEXTS.restartButton],
        [CHOICE.cancel, TEXTS.cancelButton],
      ]),
    ],
    answer: async (ctx, c, input) => {
      const typed = input.kind === 'text' ? yesNoIn(input.text) : undefined;
      if (!isChoice(input, CHOICE.send) && typed !== 'ya') return undefined;
      if (c.caseRef) {
        await attachAdditions(ctx, c, 'final', c.anonymous === false);
        return reply(finished(c), [textMessage(c.lang, TEXTS.addendumReceived(c.caseRef.reference))]);
      }
      const receipt = await fileReport(ctx, c, 'media');
      const due = formatLongLocal(new Date(receipt.dueAt), ctx.tenant.timeZone, c.lang);
      return reply(finished(c), [textMessage(c.lang, TEXTS.receipt(receipt.reference, receipt.trackingCode, due))]);
    },
  },

  status: {
    prompt: (_tenant, c) => [textMessage(c.lang, TEXTS.statusQuestion)],
    asked: () => false,
    answer: (ctx, c, input) => {
      const typed = input.kind === 'text' ? statusQueryIn(input.text) : {};
      if (typed.reference && !typed.code) {
        c.statusReference = typed.reference;
        return reply(c, [textMessage(c.lang, TEXTS.statusNeedsCode)]);
      }
      const reference = typed.reference ?? c.statusReference;
      // Anything that is not a status query ends the detour and answers the question it interrupted.
      if (!reference || !typed.code) return leaveDetour(ctx, c, input);
      return answerStatusQuery(ctx, c, reference, typed.code);
    },
  },

  danger_check: {
    prompt: (tenant, c) => [
      buttons(c.lang, TEXTS.dangerCheckQuestion(tenant.displayName), [
        [`${CHOICE.dangerNow}ya`, TEXTS.yes],
        [`${CHOICE.dangerNow}tidak`, TEXTS.no],
      ]),
    ],
    asked: () => false,
    answer: async (ctx, c, input) => {
      const answer =
        choiceValue<DangerAnswer>(input, CHOICE.dangerNow, ['ya', 'tidak']) ??
        (input.kind === 'text' ? yesNoIn(input.text) : undefined);
      const back = c.returnTo ?? 'menu';
      c.returnTo = undefined;
      if (answer === 'ya') return continueAfterFiling(ctx, c, back, await fileEmergency(ctx, c, true));
      if (answer) {
        c.dangerDeclined = true;
        return continueAt(ctx, c, back, [textMessage(c.lang, TEXTS.dangerCheckDeclined)]);
      }
      c.returnTo = back;
      if (input.kind !== 'text') return undefined;
      // More words instead of a tap: part of the story, and the question still stands.
      addNarrative(c, input.text, input.source);
      return reask(ctx, c, TEXTS.dangerCheckNoted);
    },
  },

  done: {
    prompt: () => [],
    asked: () => false,
    answer: (ctx, c, input) => begin(ctx, c, input),
  },
};

/** The question of the conversation's current step. */
export function promptFor(tenant: Tenant, c: Conversation): OutgoingMessage[] {
  return STEP_DEFINITIONS[c.step].prompt(tenant, c);
}

/** Reads one input at the current step; what is no answer there is kept (a file) or asked again. */
export async function answerStep(ctx: StepContext, c: Conversation, input: StepInput): Promise<StepOutcome> {
  return (await STEP_DEFINITIONS[c.step].answer(ctx, c, input)) ?? keepMediaOrReask(ctx, c, input);
}

/** `step` itself when it is asked in this conversation, else the next question that is. */
function stepFrom(c: Conversation, step: Step): Step {
  const asked = (candidate: Step) => STEP_DEFINITIONS[candidate].asked?.(c) ?? true;
  if (asked(step)) return step;
  const from = (QUESTIONS as readonly Step[]).indexOf(step);
  return QUESTIONS.slice(from + 1).find(asked) ?? 'confirm';
}

function advance(ctx: StepContext, c: Conversation): StepOutcome {
  const at = (QUESTIONS as readonly Step[]).indexOf(c.step);
  return continueAt(ctx, c, QUESTIONS[at + 1] ?? 'confirm');
}

/** Moves to a step (or the next that is asked) and asks it, after the given replies. */
export function continueAt(ctx: StepContext, c: Conversation, step: Step, lead: readonly OutgoingMessage[] = []): StepOutcome {
  c.step = stepFrom(c, step);
  return reply(c, [...lead, ...promptFor(ctx.tenant, c)]);
}

/**
 * After an emergency filing the conversation goes on where it was, now for additions to the case. Filed
 * before a service was chosen, it is a report of violence, and the story is what is asked next.
 */
export function continueAfterFiling(
  ctx: StepContext,
  c: Conversation,
  where: Step,
  filed: readonly OutgoingMessage[],
): StepOutcome {
  const inQuestions = (QUESTIONS as readonly Step[]).includes(where) && where !== 'menu';
  c.service ??= 'pengaduan_kekerasan';
  return continueAt(ctx, c, inQuestions ? where : 'narrative', filed);
}

function reask(ctx: StepContext, c: Conversation, lead: Text): StepOutcome {
  return reply(c, [textMessage(c.lang, lead), ...promptFor(ctx.tenant, c)]);
}

/** Files are welcome at any step (they join the report); anything else that does not fit gets the question again. */
function keepMediaOrReask(ctx: StepContext, c: Conversation, input: StepInput): StepOutcome {
  if (input.kind === 'media') {
    addMedia(c, input);
    return reply(c, [
      textMessage(c.lang, TEXTS.mediaSavedLater(mediaNoun(input.note))),
      ...promptFor(ctx.tenant, c),
    ]);
  }
  if (input.kind === 'media-failed') return reask(ctx, c, TEXTS.mediaFailed);
  return reask(ctx, c, input.kind === 'unreadable' ? TEXTS.unreadable : TEXTS.notUnderstood);
}

/** A first message, or the first after a finished report: a new conversation greets. */
function begin(ctx: StepContext, previous: Conversation, input: StepInput): StepOutcome {
  return greet(ctx, freshConversation(ctx, previous), input);
}

/** Greets in a new conversation, keeping whatever was already sent. */
export function greet(ctx: StepContext, c: Conversation, input: StepInput): StepOutcome {
  const service = chosenService(input);
  if (service) return chooseService(ctx, c, service);
  if (input.kind === 'text' && isGreeting(input.text)) return reply(c, greeting(ctx.tenant, c.lang));
  const noted = keepLooseInput(c, input);
  return reply(c, [...noted, ...greeting(ctx.tenant, c.lang)]);
}

/** A new conversation in the language of the previous one. */
export function freshConversation(ctx: StepContext, previous: Conversation | undefined): Conversation {
  return startConversation(ctx.newConversationId(), ctx.phone ?? previous?.waId, previous?.lang ?? 'id');
}

/**
 * After a report is stored, nothing of it stays in the conversation: only the language and number, and
 * which case holds which of the reporter's messages (by digest), so that an edit of one reaches the case.
 */
export function finished(c: Conversation): Conversation {
  const filed = c.caseRef ? { caseRef: c.caseRef, ...(c.sources ? { sources: c.sources } : {}) } : {};
  return { ...startConversation(c.conversationId, c.waId, c.lang), step: 'done', ...filed };
}

/** Answers a status query, then asks again the question it interrupted (if it interrupted one). */
export async function answerStatusQuery(
  ctx: StepContext,
  c: Conversation,
  reference: string,
  code: string,
): Promise<StepOutcome> {
  const found = await ctx.actions.checkStatus(reference, code);
  const answer: Text = found
    ? TEXTS.statusResult(
        found.reference,
        say(c.lang, STATUS_LABELS[found.status]),
        formatLongLocal(new Date(found.updatedAt), ctx.tenant.timeZone, c.lang),
      )
    : TEXTS.statusNotFound;
  const back = afterDetour(c);
  return reply(back, [textMessage(c.lang, answer), ...promptFor(ctx.tenant, back)]);
}

/** The step a detour interrupted, or a finished conversation when it interrupted none. */
function afterDetour(c: Conversation): Conversation {
  if (c.step !== 'status') return c;
  const back = c.returnTo;
  if (!back) return finished(c);
  return { ...c, step: back, returnTo: undefined, statusReference: undefined };
}

function leaveDetour(ctx: StepContext, c: Conversation, input: StepInput): Answer {
  const back = afterDetour(c);
  return back.step === 'done' ? begin(ctx, back, input) : answerStep(ctx, back, input);
}

function chooseService(ctx: StepContext, c: Conversation, service: Service): StepOutcome {
  c.service = service;
  const already = c.narrative.length > 0 || c.media.length > 0;
  return continueAt(ctx, c, 'narrative', already ? [textMessage(c.lang, TEXTS.narrativeAlreadyNoted)] : []);
}

/** Before a service is chosen: a story, a file or a place is kept for the report, never dropped. */
function keepLooseInput(c: Conversation, input: StepInput): OutgoingMessage[] {
  const note = (t: Text): OutgoingMessage[] => [textMessage(c.lang, t)];
  switch (input.kind) {
    case 'text':
      if (normaliseAnswer(input.text).split(' ').length < STORY_WORDS) return [];
      addNarrative(c, input.text, input.source);
      return note(TEXTS.notedBeforeService);
    case 'media':
      addMedia(c, input);
      return note(TEXTS.mediaSavedLater(mediaNoun(input.note)));
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

function doneButton(c: Conversation, body: Text): OutgoingMessage {
  return { kind: 'buttons', text: say(c.lang, body), buttons: [{ id: CHOICE.narrativeDone, title: say(c.lang, TEXTS.done) }] };
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

function isChoice(input: StepInput, id: string): boolean {
  return input.kind === 'choice' && input.id === id;
}

/** The value of a tapped option with this prefix, only if it is one of the allowed values. */
function choiceValue<T extends string>(input: StepInput, prefix: string, allowed: readonly T[]): T | undefined {
  if (input.kind !== 'choice' || !input.id.startsWith(prefix)) return undefined;
  const value = input.id.slice(prefix.length);
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
