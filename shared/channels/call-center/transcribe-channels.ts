/**
 * Amazon Transcribe batch output with channel identification -> turns. A stereo call recording puts the
 * agent and the caller on separate channels; Transcribe writes each channel's words under
 * `results.channel_labels.channels[]`. The call system names the agent's channel (`call.agentChannel`);
 * without it every role stays unknown.
 */
import * as z from 'zod';
import type { SpeakerRole, SpokenTurn } from './spoken-turn.js';
import { type RoleHints, rolesFromHints, TranscribeItem, wordsOf } from './transcribe-words.js';

/** Amazon Transcribe names channels ch_0, ch_1. */
export const ChannelLabel = z.string().regex(/^ch_[0-9]{1,2}$/, 'a Transcribe channel label such as ch_0');

/** The parts of the output read here; everything else in the file is ignored. */
export const TranscribeChannelOutput = z.object({
  results: z.object({
    channel_labels: z.object({
      channels: z.array(
        z.object({
          channel_label: ChannelLabel,
          items: z.array(TranscribeItem.extend({ channel_label: ChannelLabel.optional() })),
        }),
      ),
    }),
  }),
});
export type TranscribeChannelOutput = z.infer<typeof TranscribeChannelOutput>;

/** Silence within one channel longer than this ends an utterance. */
const PAUSE_SEC = 1;

/**
 * The turns of a channel-identified output: each channel's words split into utterances at pauses, then
 * all utterances in the order they began. Both sides may talk at once ("iya, Bu" while the caller is
 * still speaking): the caller's sentence stays whole rather than being cut at every word of the other.
 */
export function turnsFromChannels(output: TranscribeChannelOutput, hints: RoleHints): SpokenTurn[] {
  const channels = output.results.channel_labels.channels.map((channel) =>
    wordsOf(channel.items, (item) => item.channel_label ?? channel.channel_label),
  );
  const roleOf = rolesFromHints(channels.flat(), hints);
  const turns = channels.flatMap((words) => {
    const utterances: { speaker: string; role: SpeakerRole | undefined; text: string; startSec: number; endSec: number }[] = [];
    for (const { label, text, startSec, endSec } of words) {
      const current = utterances.at(-1);
      if (current?.speaker === label && startSec - current.endSec <= PAUSE_SEC) {
        current.text += ` ${text}`;
        current.endSec = endSec;
      } else utterances.push({ speaker: label, role: roleOf(label), text, startSec, endSec });
    }
    return utterances.map(({ endSec: _end, ...turn }) => turn);
  });
  // A stable sort: utterances that begin at the same moment keep their channel order.
  return turns.sort((a, b) => a.startSec - b.startSec);
}
