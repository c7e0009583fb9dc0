/**
 * A call transcript -> the one `ReportSubmission` contract; `submitReport` validates afterwards.
 *
 * - The call id is the channel reference: the same call posted again is the same report.
 * - The narrative is what the caller said, turn by turn. The agent's words are left out: "apakah anak itu
 *   sekarang dalam bahaya?" is a question, not a report, and must not raise triage to DARURAT.
 * - The agent's notes override triage where given (service, category, urgency, kecamatan, victim). An
 *   agent's DARURAT also records that someone is in danger now.
 * - The caller's number is the reporter's identity (sealed, never plaintext) unless the agent noted that
 *   the caller wants to stay anonymous. Withheld, landline and foreign numbers are not kept: the reporter
 *   contract holds Indonesian mobile numbers only, and refusing the call for it would lose the report.
 */
import { NoCallerSpeechError } from '../../errors.js';
import { IndonesianPhone, NARRATIVE_MAX_LENGTH, type ReportSubmissionInput } from '../../intake/report-submission.js';
import type { CallSegment, CallTranscript } from './call-transcript.js';
import { segmentsFromTranscribe } from './transcribe-segments.js';

export function toReportSubmission(transcript: CallTranscript): ReportSubmissionInput {
  const { call, notes } = transcript;
  const segments = transcript.transcribe
    ? segmentsFromTranscribe(transcript.transcribe, call)
    : (transcript.segments ?? []);
  const phone = notes.anonymous ? undefined : mobileNumber(call.callerNumber);
  return {
    channel: 'call-center',
    channelRef: call.callId,
    language: call.language.toLowerCase().startsWith('en') ? 'en' : 'id',
    // People ring the hotline to report; the agent notes another service when it was something else.
    service: notes.service ?? 'pengaduan_kekerasan',
    category: notes.category,
    urgency: notes.urgency,
    narrative: callerNarrative(segments),
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

/** The caller's turns in call order, one per line; the start is kept when a long call exceeds the limit. */
function callerNarrative(segments: readonly CallSegment[]): string {
  const said = [...segments]
    .sort((a, b) => a.startSec - b.startSec)
    .filter((segment) => segment.speaker === 'caller')
    .map((segment) => segment.text.trim())
    .filter((text) => text !== '')
    .join('\n');
  if (said === '') throw new NoCallerSpeechError();
  return said.length <= NARRATIVE_MAX_LENGTH ? said : `${said.slice(0, NARRATIVE_MAX_LENGTH - 1).trimEnd()}…`;
}

function mobileNumber(callerNumber: string | undefined): string | undefined {
  if (callerNumber === undefined) return undefined;
  const parsed = IndonesianPhone.safeParse(callerNumber);
  return parsed.success ? parsed.data : undefined;
}
