/**
 * A call transcript -> the one `ReportSubmission` contract; `submitReport` validates afterwards.
 *
 * - The call id is the channel reference: the same call posted again is the same report.
 * - The narrative is what the caller said, turn by turn, or everyone's words, labelled by speaker, when
 *   nobody said who the agent is (see call-narrative.ts); staff then see `speakerRoles: 'unknown'`.
 * - The agent's notes override triage where given (service, category, urgency, kecamatan, victim). An
 *   agent's DARURAT also records that someone is in danger now.
 * - The caller's number is the reporter's identity (sealed, never plaintext) unless the agent noted that
 *   the caller wants to stay anonymous. Withheld, landline and foreign numbers are not kept: the reporter
 *   contract holds Indonesian mobile numbers only, and refusing the call for it would lose the report.
 */
import { IndonesianPhone, type ReportSubmissionInput } from '../../intake/report-submission.js';
import { callNarrative } from './call-narrative.js';
import type { CallTranscript } from './call-transcript.js';
import type { SpokenTurn } from './spoken-turn.js';
import { turnsFromTranscriptFile } from './transcript-formats.js';

/** The posted call as the one submission contract; refuses a transcript file of no supported format. */
export function toReportSubmission(transcript: CallTranscript): ReportSubmissionInput {
  const { call, notes } = transcript;
  const { narrative, rolesUnknown } = callNarrative(turnsOf(transcript));
  const phone = notes.anonymous ? undefined : mobileNumber(call.callerNumber);
  return {
    channel: 'call-center',
    channelRef: call.callId,
    language: call.language.toLowerCase().startsWith('en') ? 'en' : 'id',
    // People ring the hotline to report; the agent notes another service when it was something else.
    service: notes.service ?? 'pengaduan_kekerasan',
    category: notes.category,
    urgency: notes.urgency,
    narrative,
    ...(rolesUnknown ? { speakerRoles: 'unknown' as const } : {}),
    location: { kecamatan: notes.kecamatan },
    victim: { ...notes.victim },
    immediateDanger: notes.urgency === 'DARURAT' ? 'ya' : 'tidak_tahu',
    reporter: phone ? { anonymous: false, phone } : { anonymous: true },
    reporterRole: notes.reporterRole,
    // Ringing the office's own hotline is making the report to it (its recorded greeting says the call
    // is recorded and handled); a call back needs the caller's own yes, which the agent notes.
    consent: { dataProcessing: true, contactBack: phone !== undefined && notes.contactBack === true },
  };
}

function turnsOf({ call, segments, transcribe }: CallTranscript): SpokenTurn[] {
  if (transcribe !== undefined) return turnsFromTranscriptFile(transcribe, call);
  return (segments ?? []).map(({ speaker, text, startSec }) => ({ speaker, role: speaker, text, startSec }));
}

function mobileNumber(callerNumber: string | undefined): string | undefined {
  if (callerNumber === undefined) return undefined;
  const parsed = IndonesianPhone.safeParse(callerNumber);
  return parsed.success ? parsed.data : undefined;
}
