/**
 * What every transcript format is read into: the call as turns, each by one speaker, with that speaker's
 * role when the file or the call system says it. A role nobody gave stays unknown; it is never guessed from
 * who spoke first.
 */

/** The two sides of a hotline call. */
export type SpeakerRole = 'caller' | 'agent';

export interface SpokenTurn {
  /** The file's own name for the speaker (spk_0, ch_1, a participant id); '' when the file tells none apart. */
  readonly speaker: string;
  /** Undefined when neither the file nor the call system said who this speaker is. */
  readonly role: SpeakerRole | undefined;
  readonly text: string;
  readonly startSec: number;
}
