/** First triage of a report (category and urgency) from its form answers and an Indonesian keyword lexicon. */
import {
  CATEGORY_SIGNAL,
  CHAT_ABBREVIATIONS,
  CHAT_DI_STEMS,
  HARM_HAPPENING_NOW,
  NEGATED_BEFORE,
  STILL_HAPPENING,
  TRIAGE_LEXICON,
  TRIAGE_SIGNALS,
  type TriageSignal,
} from './triage-lexicon.js';
import type { AgeGroup, Category, DangerAnswer, Service, Urgency } from './vocabulary.js';

export type { TriageSignal } from './triage-lexicon.js';

/** The parts of a submission triage reads: the form answers and the narrative. */
export interface TriageInput {
  readonly service: Service;
  readonly category?: Category;
  readonly narrative: string;
  readonly immediateDanger: DangerAnswer;
  readonly victimAgeGroup: AgeGroup;
  /** Staff's own rating after talking to the reporter (call-center agent): wins; signals are still read. */
  readonly urgency?: Urgency;
}

/** What is stored in plaintext with the case and shown to staff: no words of the narrative. */
export interface TriageResult {
  readonly category: Category;
  readonly urgency: Urgency;
  /** Stable codes in `TRIAGE_SIGNALS` order: why the report got its category and urgency. */
  readonly signals: readonly TriageSignal[];
}

/** Well above the submission's 20,000-character narrative: bounds the work for any other caller. */
const MAX_SCANNED_CHARS = 50_000;
/** Longer than any negator plus two filler words, so the negation check stays constant-time per hit. */
const NEGATION_WINDOW = 40;

/** Scanning copies with the global flag `matchAll` needs (a hit may be negated, the next one not), built once. */
const scanning = (patterns: readonly RegExp[]) => patterns.map((pattern) => new RegExp(pattern.source, 'g'));
const PATTERNS = TRIAGE_SIGNALS.map((signal) => [signal, scanning(TRIAGE_LEXICON[signal])] as const);
const HAPPENING_NOW = scanning(HARM_HAPPENING_NOW);
const ONGOING = scanning(STILL_HAPPENING);
const DROPPED_DI = new RegExp(`\\bd(?=(?:${CHAT_DI_STEMS.join('|')}))`, 'g');

const INFERENCE_ORDER = [
  'kekerasan_seksual',
  'perdagangan_orang',
  'eksploitasi',
  'kdrt',
  'kekerasan_fisik',
  'kekerasan_psikis',
  'penelantaran',
  'perundungan',
] as const satisfies readonly (keyof typeof CATEGORY_SIGNAL)[];

/**
 * Triage a report. Never throws; service does not change the rules, because people unsure where to
 * turn often pick "konsultasi" for what is a report (a consultation without violence signals is NORMAL).
 *
 * Signals come from the narrative (lexicon hits, negated hits dropped) and from the form: immediateDanger
 * 'ya' adds danger_now, an 'anak_*' age group adds child, a given category adds its own signal.
 *
 * Category: one given by the reporter or agent wins ('lainnya' means "not sure" and is inferred instead);
 * otherwise the first that fits of kekerasan_seksual > perdagangan_orang > eksploitasi > kdrt (domestic
 * context plus physical, psychic, confinement or neglect) > kekerasan_fisik > kekerasan_psikis (psychic or
 * confinement) > penelantaran > perundungan > lainnya.
 *
 * Urgency: DARURAT on danger_now or threat_to_life (a weapon together with danger_now is DARURAT through
 * danger_now); TINGGI on sexual violence (the TPKS 3×24 h clock), a child victim of physical or sexual
 * violence, neglect, exploitation or trafficking, a weapon, a serious injury, physical violence every day
 * or night (the next time is hours away), or someone locked in and deprived of food; NORMAL otherwise. An
 * urgency given by staff who spoke to the reporter replaces this rating.
 */
export function triageReport(input: TriageInput): TriageResult {
  const found = new Set(detectSignals(normaliseNarrative(input.narrative)));
  if (input.immediateDanger === 'ya') found.add('danger_now');
  if (input.victimAgeGroup.startsWith('anak_')) found.add('child');
  const given = input.category === 'lainnya' ? undefined : input.category;
  if (given !== undefined) found.add(CATEGORY_SIGNAL[given]);

  return {
    category: given ?? inferCategory(found),
    urgency: input.urgency ?? rateUrgency(found),
    signals: TRIAGE_SIGNALS.filter((signal) => found.has(signal)),
  };
}

/** Lowercase a–z, digits and single spaces, diacritics stripped and chat abbreviations expanded. */
export function normaliseNarrative(raw: string): string {
  return raw
    .slice(0, MAX_SCANNED_CHARS) // before normalize(): NFKD can grow a huge string past the engine's limit
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\b([a-z]{3,})2(?![0-9])/g, '$1 $1') // chat reduplication: anak2 = anak-anak
    .replace(DROPPED_DI, 'di') // dpukul = dipukul
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1') // tolonggg, tolooong
    .replace(/(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/g, ' ') // 15thn, umur7
    .trim()
    .split(' ')
    .map((token) => CHAT_ABBREVIATIONS.get(token) ?? token)
    .join(' ');
}

/**
 * How a message a reporter is writing speaks of danger, for a channel that can answer at once (WhatsApp):
 * `happening`: harm is said to be happening now, file at once; `possible`: an imminent threat, a weapon, a
 * threat to kill, someone (a child) in danger now or ongoing sexual violence, ask whether someone is in
 * danger; `undefined`: none of these.
 */
export function screenForDanger(raw: string): 'happening' | 'possible' | undefined {
  const text = normaliseNarrative(raw);
  if (HAPPENING_NOW.some((pattern) => hitsUnnegated(text, pattern))) return 'happening';
  const found = new Set(detectSignals(text));
  const imminent = found.has('danger_now') || found.has('threat_to_life') || found.has('weapon');
  const ongoingSexual = found.has('sexual') && ONGOING.some((pattern) => hitsUnnegated(text, pattern));
  return imminent || ongoingSexual ? 'possible' : undefined;
}

function detectSignals(text: string): TriageSignal[] {
  return PATTERNS.filter(([, patterns]) => patterns.some((pattern) => hitsUnnegated(text, pattern))).map(
    ([signal]) => signal,
  );
}

function hitsUnnegated(text: string, pattern: RegExp): boolean {
  for (const match of text.matchAll(pattern)) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, match.index - NEGATION_WINDOW), match.index))) return true;
  }
  return false;
}

function inferCategory(signals: ReadonlySet<TriageSignal>): Category {
  const harmAtHome = ['physical', 'psychic', 'confinement', 'neglect'] as const;
  const fits = (category: (typeof INFERENCE_ORDER)[number]) => {
    if (category === 'kdrt') return signals.has('domestic') && harmAtHome.some((signal) => signals.has(signal));
    if (category === 'kekerasan_psikis') return signals.has('psychic') || signals.has('confinement');
    return signals.has(CATEGORY_SIGNAL[category]);
  };
  return INFERENCE_ORDER.find(fits) ?? 'lainnya';
}

function rateUrgency(signals: ReadonlySet<TriageSignal>): Urgency {
  if (signals.has('danger_now') || signals.has('threat_to_life')) return 'DARURAT';
  const harmedChild =
    signals.has('child') &&
    (signals.has('physical') ||
      signals.has('sexual') ||
      signals.has('exploitation') ||
      signals.has('trafficking') ||
      // A neglected young child (not fed, left alone, abandoned) cannot wait for a routine visit.
      signals.has('neglect'));
  const dailyBlows = signals.has('recurring') && signals.has('physical');
  const heldWithoutFood = signals.has('confinement') && signals.has('neglect');
  const serious = signals.has('sexual') || signals.has('weapon') || signals.has('serious_injury');
  return serious || harmedChild || dailyBlows || heldWithoutFood ? 'TINGGI' : 'NORMAL';
}
