/**
 * The SMS the on-call team (and, for the last SLA escalation, the supervisors) receive. Built only from
 * routing fields: never a name, number, address or a word the reporter wrote. Must fit one GSM-7 SMS
 * (160 characters).
 */
import { formatShortLocal, zoneAbbreviation } from '../domain/local-time.js';
import { CHANNEL_LABELS, type Category, type Service } from '../domain/vocabulary.js';
import type { CaseAlert } from '../intake/ports.js';

export const SMS_LIMIT = 160;

const CATEGORY_SMS: Readonly<Record<Category, string>> = {
  kdrt: 'KDRT',
  kekerasan_fisik: 'kekerasan fisik',
  kekerasan_seksual: 'kekerasan seksual',
  kekerasan_psikis: 'kekerasan psikis',
  penelantaran: 'penelantaran',
  perundungan: 'perundungan',
  perdagangan_orang: 'perdagangan orang',
  eksploitasi: 'eksploitasi',
  lainnya: 'jenis belum diketahui',
};

const SERVICE_SMS: Readonly<Record<Service, string>> = {
  pengaduan_kekerasan: 'pengaduan',
  konsultasi: 'konsultasi',
  konseling: 'konseling',
  pendampingan_hukum: 'pendampingan hukum',
};

/** GSM 03.38 basic set (no extension table): anything else would force UCS-2 and 70-character SMS. */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

export function isGsm7(text: string): boolean {
  for (const char of text) if (!GSM7_BASIC.includes(char)) return false;
  return true;
}

/** Keeps only GSM-7 letters of a configured name (kecamatan names are plain ASCII today). */
function gsm7Safe(text: string): string {
  return [...text.normalize('NFD')].filter((char) => GSM7_BASIC.includes(char)).join('');
}

/** One text per event; escalations drop the channel to make room for the missed deadline. */
export function formatAlertSms(alert: CaseAlert, timeZone: string): string {
  const kind =
    alert.category === 'lainnya' && alert.service !== 'pengaduan_kekerasan'
      ? SERVICE_SMS[alert.service]
      : CATEGORY_SMS[alert.category];
  const where = alert.kecamatan ? `Kec. ${gsm7Safe(alert.kecamatan)}` : 'kecamatan belum diketahui';
  const due = `${formatShortLocal(new Date(alert.dueAt), timeZone)} ${zoneAbbreviation(timeZone)}`;
  const routing = `${kind}, ${alert.urgency}, ${where}.`;
  let text: string;
  switch (alert.event) {
    case 'received': {
      // The due time follows the case's tier (within the hour for DARURAT): the SMS says which it is.
      const action =
        alert.urgency === 'DARURAT' ? `Tindak lanjuti SEGERA, batas ${due}.` : `Asesmen paling lambat ${due}.`;
      text = `Lapor Aman ${alert.reference}: ${kind}, ${alert.urgency}, via ${CHANNEL_LABELS[alert.channel].id}, ${where}. ${action}`;
      break;
    }
    case 'overdue':
      text = `Lapor Aman ${alert.reference} BELUM DIASESMEN, batas ${due} lewat. ${routing} Mohon segera diasesmen.`;
      break;
    case 'overdueSupervisor':
      text = `Lapor Aman ESKALASI ${alert.reference}: BELUM DIASESMEN, batas ${due} lewat. ${routing} Mohon ditangani.`;
      break;
    case 'chainSecond':
      text = `Lapor Aman ${alert.reference} BELUM DITANGANI petugas jaga. ${routing} Mohon ditangani.`;
      break;
    case 'chainSupervisors':
      text = `Lapor Aman ESKALASI ${alert.reference}: belum ada petugas yang menangani. ${routing}`;
      break;
    // The TPKS clock and follow-ups: no time in the text, so a retry by the sweeper says the same.
    case 'tpksDue':
      text = `Lapor Aman ${alert.reference}: belum dirujuk ke polisi, batas 3x24 jam UU TPKS segera lewat. Mohon dirujuk atau dicatat.`;
      break;
    case 'tpksDueSupervisor':
      text = `Lapor Aman ESKALASI ${alert.reference}: belum dirujuk ke polisi, batas 3x24 jam UU TPKS hampir lewat. Mohon ditangani.`;
      break;
    case 'followUpDue':
      text = `Lapor Aman ${alert.reference}: tindak lanjut kasus dijadwalkan hari ini. Rincian di konsol petugas.`;
      break;
    // Nothing of the case but its reference: the link opens it after sign-in.
    case 'assigned':
      text = `Lapor Aman ${alert.reference}: kasus ini ditugaskan kepada Anda. Rincian di konsol petugas.`;
      break;
  }
  return withLink(text, alert.link);
}

/** The alert link always fits whole (it is what gets the case handled); the words make room for it. */
function withLink(text: string, link: string | undefined): string {
  const room = link ? SMS_LIMIT - link.length - 1 : SMS_LIMIT;
  const body = text.length <= room ? text : `${text.slice(0, room - 1)}.`;
  return link ? `${body} ${link}` : body;
}
