/**
 * Amazon Transcribe batch output -> speaker-attributed segments. Words come from `results.items` in
 * order; each word's speaker is its own `speaker_label` (current output) or that of the
 * `speaker_labels.segments` entry with the same start and end time (older output). Punctuation joins the
 * word before it. A new segment starts whenever the speaker changes.
 *
 * Who is the caller, in this order:
 * 1. `callerSpeakerLabel` when the call system knows it: only that speaker is the caller;
 * 2. else everyone but `agentSpeakerLabel`: a mother may hand the phone to her child, and both are the
 *    caller's side of the call;
 * 3. else everyone but the first speaker, because on an inbound hotline the agent answers first
 *    ("Call center UPTD PPA, ada yang bisa kami bantu?").
 */
import { InvalidInputError } from '../../errors.js';
import type { CallMetadata, CallSegment, TranscribeOutput } from './call-transcript.js';

type SpeakerRoles = Pick<CallMetadata, 'callerSpeakerLabel' | 'agentSpeakerLabel'>;

interface Word {
  text: string;
  readonly label: string | undefined;
  readonly startSec: number;
}
type LabelledWord = Word & { readonly label: string };

export function segmentsFromTranscribe(output: TranscribeOutput, roles: SpeakerRoles): CallSegment[] {
  const words = labelWords(wordsOf(output.results));
  const first = words[0]?.label;
  if (first === undefined) return [];
  const isCaller = roles.callerSpeakerLabel
    ? (label: string) => label === roles.callerSpeakerLabel
    : (label: string) => label !== (roles.agentSpeakerLabel ?? first);

  const turns: (CallSegment & { label: string })[] = [];
  for (const { label, text, startSec } of words) {
    const current = turns.at(-1);
    if (current?.label === label) current.text += ` ${text}`;
    else turns.push({ label, speaker: isCaller(label) ? 'caller' : 'agent', text, startSec });
  }
  return turns.map(({ speaker, text, startSec }) => ({ speaker, text, startSec }));
}

function wordsOf(results: TranscribeOutput['results']): Word[] {
  const span = (start: number, end: number) => `${start}-${end}`;
  const labelBySpan = new Map<string, string>();
  for (const segment of results.speaker_labels?.segments ?? []) {
    for (const item of segment.items) labelBySpan.set(span(item.start_time, item.end_time), segment.speaker_label);
  }
  const words: Word[] = [];
  for (const item of results.items) {
    const content = item.alternatives[0]?.content.trim() ?? '';
    const previous = words.at(-1);
    if (content === '') continue;
    if (item.type === 'punctuation') {
      if (previous) previous.text += content;
      continue;
    }
    const { start_time: start, end_time: end } = item;
    words.push({
      text: content,
      label: item.speaker_label ?? (start !== undefined && end !== undefined ? labelBySpan.get(span(start, end)) : undefined),
      startSec: start ?? previous?.startSec ?? 0,
    });
  }
  return words;
}

/** A word Transcribe left unlabelled belongs to the turn it sits in; leading ones to the first speaker. */
function labelWords(words: readonly Word[]): LabelledWord[] {
  const first = words.find((word) => word.label !== undefined)?.label;
  if (first === undefined) {
    if (words.length === 0) return [];
    throw new InvalidInputError([
      {
        field: 'transcribe.results.speaker_labels',
        issue: 'no speaker labels: run the Transcribe job with ShowSpeakerLabels so the caller can be told apart',
      },
    ]);
  }
  let current = first;
  return words.map((word) => {
    current = word.label ?? current;
    return { ...word, label: current };
  });
}
