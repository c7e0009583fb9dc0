/**
 * The copy a data subject gets when a supervisor grants their access request: what they gave the office —
 * their report (chronology, place, time, the victim's age group and sex as they told it), what they added
 * later, and their own messages. Never staff notes, staff messages or assessments, and never another
 * person's identity. The reporter's own contact stays in the `identity` part, which only the audited reveal
 * opens: the export says so, and the desk shows it to them after checking who they are.
 */
import { mapBounded } from '../map-bounded.js';
import type { StaffCase, StaffDependencies } from '../staff/ports.js';
import type { RecordedChange } from '../staff/case-change.js';
import { openThreadEntry } from '../thread/thread-entries.js';

/** Sealed entries opened at once. */
const OPEN_AT_ONCE = 4;

export interface AccessExport {
  readonly reference: string;
  readonly madeAt: string;
  /** Absent once the personal data was destroyed. */
  readonly report?: {
    readonly narrative?: string;
    readonly place?: string;
    readonly occurred?: { readonly date?: string; readonly description?: string };
    readonly victim?: { readonly ageGroup?: string; readonly gender?: string };
    readonly contactBack?: boolean;
  };
  /** What they added after the report (later answers, captions of their files). */
  readonly added: readonly { readonly at: string; readonly text: string }[];
  /** Their own messages to the office, oldest first. */
  readonly messages: readonly { readonly at: string; readonly text: string }[];
}

interface SealedReport {
  narrative?: string;
  locationDetail?: string;
  occurred?: { date?: string; description?: string };
  victim?: { ageGroup?: string; gender?: string };
  contactBack?: boolean;
}

interface SealedAddendum {
  media?: readonly { caption?: string }[];
  answers?: { narrative?: readonly string[]; placeDetail?: readonly string[]; occurred?: { description?: string } };
  edited?: { text?: string };
}

export async function buildAccessExport(
  deps: Pick<StaffDependencies, 'vault' | 'clock'>,
  record: StaffCase,
  history: readonly RecordedChange[],
): Promise<AccessExport> {
  const details = { tenant: record.tenantId, caseId: record.caseId, purpose: 'details' } as const;
  const opened = record.details ? await deps.vault.open<SealedReport>(details, record.details) : undefined;
  const added = await mapBounded(
    history.flatMap(({ entry }) => (entry.kind === 'addendum' && entry.details ? [{ at: entry.at, sealed: entry.details }] : [])),
    OPEN_AT_ONCE,
    async ({ at, sealed }) => ({ at, text: addendumText(await deps.vault.open<SealedAddendum>(details, sealed)) }),
  );
  const theirWords = history.flatMap(({ entry }) =>
    (entry.kind === 'reply' && entry.reply) || (entry.kind === 'dataRequest' && entry.reply) ? [entry] : [],
  );
  const messages = await mapBounded(theirWords, OPEN_AT_ONCE, async (entry) => {
    const view = await openThreadEntry(deps.vault, record.tenantId, record.caseId, entry);
    return { at: entry.at, text: 'text' in view ? (view.text ?? '') : '' };
  });
  return {
    reference: record.reference,
    madeAt: deps.clock.now().toISOString(),
    ...(opened
      ? {
          report: {
            narrative: opened.narrative,
            place: opened.locationDetail,
            occurred: opened.occurred,
            victim: { ageGroup: opened.victim?.ageGroup, gender: opened.victim?.gender },
            contactBack: opened.contactBack,
          },
        }
      : {}),
    added: added.filter(({ text }) => text !== ''),
    messages,
  };
}

function addendumText(addendum: SealedAddendum): string {
  const answers = addendum.answers;
  return [
    ...(answers?.narrative ?? []),
    ...(answers?.placeDetail ?? []),
    answers?.occurred?.description,
    addendum.edited?.text,
    ...(addendum.media ?? []).map((file) => file.caption),
  ]
    .filter((line): line is string => typeof line === 'string' && line.trim() !== '')
    .join('\n');
}

/** The export as the reporter reads it in their thread (Bahasa Indonesia, plain text). */
export function accessExportText(copy: AccessExport): string {
  const lines = [`Salinan data yang Anda berikan untuk laporan ${copy.reference} (dibuat ${copy.madeAt}):`];
  if (copy.report) {
    lines.push(`Cerita: ${copy.report.narrative ?? '-'}`, `Tempat: ${copy.report.place ?? '-'}`);
    if (copy.report.occurred?.date || copy.report.occurred?.description) {
      lines.push(`Waktu kejadian: ${[copy.report.occurred.date, copy.report.occurred.description].filter(Boolean).join(', ')}`);
    }
    lines.push(`Boleh dihubungi: ${copy.report.contactBack ? 'ya' : 'tidak'}`);
  }
  for (const item of copy.added) lines.push(`Tambahan (${item.at}): ${item.text}`);
  for (const message of copy.messages) lines.push(`Pesan Anda (${message.at}): ${message.text}`);
  lines.push('Data kontak Anda tersimpan terkunci; petugas dapat menunjukkannya di kantor setelah memeriksa identitas Anda.');
  return lines.join('\n');
}
