/**
 * Amazon Transcribe batch output with speaker labels (ShowSpeakerLabels) -> turns. Words come from
 * `results.items` in order; each word's speaker is its own `speaker_label` (current output) or that of the
 * `speaker_labels.segments` entry with the same start and end time (older output); a word left without one
 * belongs to the turn it sits in. The call system names the caller (`callerSpeakerLabel`) or the agent
 * (`agentSpeakerLabel`); without either every role stays unknown. Output of a job run without speaker
 * labels is one unlabelled stream of words, kept whole.
 */
import * as z from 'zod';
import type { SpokenTurn } from './spoken-turn.js';
import { type LabelledWord, type RoleHints, TranscribeItem, turnsFromWords, type Word, wordsOf } from './transcribe-words.js';

/** Amazon Transcribe names speakers spk_0 … spk_29. */
export const SpeakerLabel = z.string().regex(/^spk_[0-9]{1,2}$/, 'a Transcribe speaker label such as spk_0');

/** The parts of the output read here; everything else in the file is ignored. */
export const TranscribeSpeakerOutput = z.object({
  results: z.object({
    items: z.array(TranscribeItem.extend({ speaker_label: SpeakerLabel.optional() })),
    speaker_labels: z
      .object({
        segments: z.array(
          z.object({
            speaker_label: SpeakerLabel,
            items: z.array(z.object({ start_time: TranscribeItem.shape.start_time, end_time: TranscribeItem.shape.end_time })),
          }),
        ),
      })
      .optional(),
  }),
});
export type TranscribeSpeakerOutput = z.infer<typeof TranscribeSpeakerOutput>;

/** The turns of a speaker-labelled output. */
export function turnsFromSpeakerLabels(output: TranscribeSpeakerOutput, hints: RoleHints): SpokenTurn[] {
  const { results } = output;
  const span = (start: number | undefined, end: number | undefined) => `${start}-${end}`;
  const labelBySpan = new Map<string, string>();
  for (const segment of results.speaker_labels?.segments ?? []) {
    for (const item of segment.items) labelBySpan.set(span(item.start_time, item.end_time), segment.speaker_label);
  }
  const words = wordsOf(results.items, (item) => item.speaker_label ?? labelBySpan.get(span(item.start_time, item.end_time)));
  return turnsFromWords(labelGaps(words), hints);
}

/** A word Transcribe left unlabelled belongs to the turn it sits in; words before any label, to the first labelled speaker. */
function labelGaps(words: readonly Word[]): LabelledWord[] {
  let current = words.find((word) => word.label !== undefined)?.label ?? '';
  return words.map((word) => {
    current = word.label ?? current;
    return { ...word, label: current };
  });
}
