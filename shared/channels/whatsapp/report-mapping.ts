/** From a WhatsApp conversation to the one `ReportSubmission` contract, and to what an addendum carries. */
import { IndonesianPhone, type ReportSubmissionInput } from '../../intake/report-submission.js';
import type { Conversation } from './conversation.js';
import type { CaseAddition } from './step-context.js';
import { TEXTS } from './texts.js';

/** The reporter's number as E.164 if it is an Indonesian mobile (what a case's identity can hold). */
export function indonesianMobile(waId: string | undefined): string | undefined {
  if (!waId) return undefined;
  const parsed = IndonesianPhone.safeParse(`+${waId.replace(/[^0-9]/g, '')}`);
  return parsed.success ? parsed.data : undefined;
}

/** One case per conversation: a redelivered confirmation lands on the same case. */
export function conversationChannelRef(conversationId: string): string {
  return `conversation:${conversationId}`;
}

/**
 * The submission. Until the reporter chooses otherwise it is anonymous: the danger path submits before
 * identity and consent are asked, on the strength of the danger question saying that "yes" forwards the
 * report at once (protecting someone's vital interest, UU PDP art. 20(2)(d)).
 */
export function toReportSubmission(c: Conversation): ReportSubmissionInput {
  if (c.consent !== true && c.danger !== 'ya') throw new Error('a report is submitted only with consent or in danger');
  const anonymous = c.anonymous !== false;
  return {
    channel: 'whatsapp',
    channelRef: conversationChannelRef(c.conversationId),
    language: c.lang,
    service: c.service ?? 'pengaduan_kekerasan',
    narrative: c.narrative.join('\n\n') || TEXTS.attachedWithoutText(c.media.length).id,
    location: { kecamatan: c.kecamatan ?? undefined, detail: c.placeDetail.join('; ') || undefined },
    occurred: c.occurred ?? {},
    victim: { ageGroup: c.victim.ageGroup, gender: c.victim.gender, relationToReporter: c.victim.relation },
    immediateDanger: c.danger,
    reporter: anonymous ? { anonymous: true } : { anonymous: false, name: c.name, phone: indonesianMobile(c.waId) },
    consent: { dataProcessing: true, contactBack: !anonymous },
  };
}

/** How staff see words a reporter changed after they went into the case (staff read Indonesian). */
export const EDITED_LABEL = 'diubah oleh pelapor';

/**
 * The sealed `details` of an addendum: new files, the answers given after the case was filed, the new words
 * of an edited message, and whether the reporter may now be contacted.
 */
export function additionDetails(c: Conversation, addition: CaseAddition) {
  return {
    source: 'whatsapp',
    media: addition.media,
    ...(addition.answers ? { answers: addition.answers } : {}),
    ...(addition.edited === undefined ? {} : { edited: { text: addition.edited, label: EDITED_LABEL } }),
    ...(addition.withIdentity ? { contactBack: c.anonymous === false } : {}),
  };
}

/** The sealed `identity` an addendum adds to a case that was created anonymous (the danger path). */
export function additionIdentity(c: Conversation) {
  return { name: c.name, phone: indonesianMobile(c.waId) };
}
