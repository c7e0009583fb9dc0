/**
 * A call's turns -> the report's narrative, which staff read and triage scans.
 *
 * - Everyone's role is known: the caller's turns only, in call order, one per line. The agent's words are
 *   left out: "apakah anak itu sekarang dalam bahaya?" is a question, not a report, and must not raise
 *   triage to DARURAT.
 * - Someone's role is unknown (the file does not say who the agent is, and the call system did not
 *   either): every turn not known to be the agent's is kept, each labelled by its speaker ("Pembicara 1:
 *   …"), so that the caller's words are never lost; which speaker is the agent is never guessed from who
 *   spoke first. Triage then reads everyone's words, and staff are told the roles are unknown.
 */
import { NoCallerSpeechError } from '../../errors.js';
import { NARRATIVE_MAX_LENGTH } from '../../intake/report-submission.js';
import type { SpokenTurn } from './spoken-turn.js';

export interface CallNarrative {
  readonly narrative: string;
  /** True when the narrative holds labelled turns of speakers whose role nobody gave. */
  readonly rolesUnknown: boolean;
}

/** The narrative of a call; refuses a call in which nobody but the agent said anything. */
export function callNarrative(turns: readonly SpokenTurn[]): CallNarrative {
  const said = joinTurnsOfOneSpeaker(
    [...turns].sort((a, b) => a.startSec - b.startSec).filter((turn) => turn.text.trim() !== ''),
  );
  const rolesUnknown = said.some((turn) => turn.role === undefined);
  const labelOf = speakerLabels(said);
  const narrative = said
    .filter((turn) => turn.role !== 'agent')
    .map((turn) => {
      const label = rolesUnknown ? labelOf(turn) : undefined;
      return label ? `${label}: ${turn.text.trim()}` : turn.text.trim();
    })
    .join('\n');
  if (narrative === '') throw new NoCallerSpeechError();
  return {
    narrative: narrative.length <= NARRATIVE_MAX_LENGTH ? narrative : `${narrative.slice(0, NARRATIVE_MAX_LENGTH - 1).trimEnd()}…`,
    rolesUnknown,
  };
}

/** Consecutive turns of one speaker read as one (Call Analytics writes a turn per sentence). */
function joinTurnsOfOneSpeaker(turns: readonly SpokenTurn[]): SpokenTurn[] {
  const joined: SpokenTurn[] = [];
  for (const turn of turns) {
    const previous = joined.at(-1);
    if (previous && previous.speaker === turn.speaker && previous.role === turn.role) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text.trim()} ${turn.text.trim()}` };
    } else joined.push(turn);
  }
  return joined;
}

/**
 * Labels for staff, in Indonesian: the caller when the file said so, else "Pembicara N", numbered by who
 * spoke first (a number, not a role). A file that tells no speakers apart gets no label.
 */
function speakerLabels(turns: readonly SpokenTurn[]): (turn: SpokenTurn) => string | undefined {
  const order = [...new Set(turns.map((turn) => turn.speaker))];
  return (turn) => {
    if (turn.role === 'caller') return 'Penelepon';
    return turn.speaker === '' ? undefined : `Pembicara ${order.indexOf(turn.speaker) + 1}`;
  };
}
