/**
 * The words of Amazon Transcribe's batch output (`items`), which its speaker-label and its
 * channel-identification output share: punctuation joins the word before it, a new turn starts whenever
 * the speaker (or channel) changes, and the call system's hints say who is who.
 */
import * as z from 'zod';
import type { SpeakerRole, SpokenTurn } from './spoken-turn.js';

/** Transcribe writes seconds as strings ("4.87"); accept numbers too. */
const Seconds = z
  .union([z.number(), z.string().regex(/^[0-9]+(\.[0-9]+)?$/, 'seconds, e.g. "4.87"').transform(Number)])
  .pipe(z.number().nonnegative());

/** One entry of `items`: a word or a punctuation mark, best alternative first; other fields are ignored. */
export const TranscribeItem = z.object({
  type: z.enum(['pronunciation', 'punctuation']),
  start_time: Seconds.optional(),
  end_time: Seconds.optional(),
  alternatives: z.array(z.object({ content: z.string() })).min(1),
});
export type TranscribeItem = z.infer<typeof TranscribeItem>;

export interface Word<Label extends string | undefined = string | undefined> {
  text: string;
  /** The speaker or channel label; undefined when Transcribe gave the word none. */
  readonly label: Label;
  readonly startSec: number;
  readonly endSec: number;
}
export type LabelledWord = Word<string>;

/** Who the call system says is who: a Transcribe speaker or channel label for either side. */
export interface RoleHints {
  readonly caller?: string | undefined;
  readonly agent?: string | undefined;
}

/** The words of `items` in order, each labelled by `labelOf`; a punctuation mark is appended to the word before it. */
export function wordsOf<I extends TranscribeItem, Label extends string | undefined>(
  items: readonly I[],
  labelOf: (item: I) => Label,
): Word<Label>[] {
  const words: Word<Label>[] = [];
  for (const item of items) {
    const content = item.alternatives[0]?.content.trim() ?? '';
    const previous = words.at(-1);
    if (content === '') continue;
    if (item.type === 'punctuation') {
      if (previous) previous.text += content;
      continue;
    }
    const startSec = item.start_time ?? previous?.endSec ?? 0;
    words.push({ text: content, label: labelOf(item), startSec, endSec: item.end_time ?? startSec });
  }
  return words;
}

/**
 * Labelled words -> turns. Roles come from the hints only: the named caller is the only caller; else
 * everyone but the named agent is the caller's side (a mother may hand the phone to her child). A hint that
 * names no speaker of this file, or no hint, leaves every role unknown.
 */
export function turnsFromWords(words: readonly LabelledWord[], hints: RoleHints): SpokenTurn[] {
  const roleOf = rolesFromHints(words, hints);
  const turns: { speaker: string; role: SpeakerRole | undefined; text: string; startSec: number }[] = [];
  for (const { label, text, startSec } of words) {
    const current = turns.at(-1);
    if (current?.speaker === label) current.text += ` ${text}`;
    else turns.push({ speaker: label, role: roleOf(label), text, startSec });
  }
  return turns;
}

/** Each label's role from the hints (see `turnsFromWords`), given the words of the whole file. */
export function rolesFromHints(
  words: readonly LabelledWord[],
  hints: RoleHints,
): (label: string) => SpeakerRole | undefined {
  const labels = new Set(words.map((word) => word.label));
  const { caller, agent } = hints;
  if (caller !== undefined && labels.has(caller)) return (label) => (label === caller ? 'caller' : 'agent');
  if (agent !== undefined && labels.has(agent)) return (label) => (label === agent ? 'agent' : 'caller');
  return () => undefined;
}
