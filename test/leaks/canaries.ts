/**
 * Distinctive personal data for every field a reporter can give on every channel, and a search that finds it
 * in text or in bytes (strings, binary attributes and files), in any of its spellings.
 */
import { namedReportJson } from '../support/report-fixtures.js';
import { numberSpellings } from '../support/whatsapp.js';

export const WEB = {
  name: 'Kanari Widyaningrum',
  phone: '081377552211',
  nik: '3316094507889911',
  address: 'Jl. Kanari Kenanga No. 41',
  narrative: 'Anak perempuan tetangga dipukuli ayah tirinya. kanari-cerita-web-7310',
  locationDetail: 'kanari-lokasi-web-2231',
  occurred: 'kanari-waktu-web-5530',
} as const;

export const FORM = {
  name: 'Kanari Puspitasari',
  phone: '081355667788',
  address: 'Gg. Kanari Melati 9',
  narrative: 'Ibu saya dipukul suaminya setiap malam. kanari-cerita-form-4401',
} as const;

export const CALL = {
  callerNumber: '0857-2299-4411',
  narrative: 'Keponakan saya dikurung tanpa makan. kanari-cerita-telepon-8812',
} as const;

/** A volunteer (not anonymous) on the web form, giving the victim's contact for outreach too. */
export const VOLUNTEER = {
  name: 'Kanari Relawati',
  phone: '081244336655',
  village: 'Desa Kanari-Lor',
  narrative: 'Seorang ibu di desa kami dipukul suaminya. kanari-cerita-relawan-6604',
  victimName: 'Kanari Korbaningsih',
  victimPhone: '085711229933',
  victimAddress: 'Gg. Kanari Dahlia 17',
} as const;

/** A report taken down by staff at the office's desk, with the victim's contact. */
export const WALK_IN = {
  name: 'Kanari Sumarsih',
  phone: '0813-6600-2244',
  narrative: 'Anak saya dipegang-pegang tetangga. kanari-cerita-meja-9051',
  locationDetail: 'kanari-lokasi-meja-3318',
  occurred: 'kanari-waktu-meja-7720',
  victimName: 'Kanari Putri Meja',
  victimPhone: '0858-7700-1155',
  victimAddress: 'Dusun Kanari-Kidul RT 03',
} as const;

export const WHATSAPP = {
  number: '6281266554433',
  dangerNumber: '6281288112299',
  name: 'Kanari Sulistyowati',
  narrative: 'Adik saya dianiaya majikannya. kanari-cerita-wa-3391',
  place: 'Dusun Kanari-Wetan',
  caption: 'kanari-foto-wa-1177',
  mediaId: 'kanari-media-wa-6620',
  dangerNarrative: 'Suami saya membawa golok sekarang. kanari-bahaya-wa-0042',
} as const;

/** What staff write on a case, naming the victim's family: a note, a correction's reason, an assessment's note (sealed, purpose `note`). */
export const STAFF_NOTE = {
  text: 'Ibu korban (Bu Kanari Rahayu) bersedia didampingi ke puskesmas. kanari-catatan-staf-5512',
  classificationReason: 'Pak Kanari Darmo, pamannya, yang memegang-megang: seksual. kanari-alasan-koreksi-6623',
  assessmentNote: 'Korban tinggal di rumah Pak Kanari Darmo di Dusun Kanari-Wetan. kanari-catatan-asesmen-7734',
  /** Why a reporter's identity is opened: sealed in the audit record, never shown back. */
  revealReason: 'Polisi minta kontak Bu Kanari Rahayu untuk pemeriksaan. kanari-alasan-buka-8845',
} as const;

/** The two-way line: a staff message naming the victim, and the reporters' answers (sealed, purpose `thread`). */
export const THREAD = {
  staffMessage: 'Apakah Bu Kanari Lestari aman di rumah? kanari-pesan-staf-2207',
  whatsappReply: 'Saya di rumah Pakde Kanari. kanari-balasan-wa-8830',
  webReply: 'Di Desa Kanari-Rejo. kanari-balasan-web-4419',
} as const;

/** A referral's purpose, sealed in the referring regency and, with consent, re-sealed in the other one. */
export const REFERRAL = {
  purpose: 'Korban ikut Bu Kanari Sulastri ke Purwakarta. kanari-tujuan-rujukan-3141',
} as const;

/** Data-subject requests (UU PDP): the reporter's words, a supervisor's correction and refusal reason (all sealed). */
export const DATA_REQUEST = {
  inboxWords: 'Saya minta salinan cerita saya. kanari-minta-salinan-3301',
  deskWords: 'Bu Kanari Wati minta alamatnya diperbaiki. kanari-minta-koreksi-3302',
  correction: 'Dusun Kanari-Kidul RT 03. kanari-koreksi-data-3303',
  refusalReason: 'KTP yang dibawa atas nama Bu Kanari Sri, bukan pelapor. kanari-alasan-tolak-3304',
} as const;

/** The web form's named report carrying the WEB canaries (the leak flows and the trace canaries send it). */
export function webCanaryReport() {
  return namedReportJson({
    narrative: WEB.narrative,
    location: { kecamatan: 'Cepu', detail: WEB.locationDetail },
    occurred: { description: WEB.occurred },
    reporter: { anonymous: false, name: WEB.name, phone: WEB.phone, nik: WEB.nik, address: WEB.address },
  });
}

/** The one-press page: a number to be called back on, a shared location, and a number that cannot be read. */
export const PRESS = {
  phone: '081399884411',
  latitude: '-6.123457',
  longitude: '111.987653',
  unreadablePhone: 'kanari-nomor-tekan-5521',
} as const;

/** Every canary, phone numbers in every way they could be written down. */
export function allCanaries(): string[] {
  const phones = [
    WEB.phone,
    FORM.phone,
    CALL.callerNumber,
    VOLUNTEER.phone,
    VOLUNTEER.victimPhone,
    WALK_IN.phone,
    WALK_IN.victimPhone,
    PRESS.phone,
  ].flatMap((written) => numberSpellings(`62${written.replaceAll('-', '').slice(1)}`));
  const whatsappNumbers = [WHATSAPP.number, WHATSAPP.dangerNumber].flatMap(numberSpellings);
  return [
    ...Object.values(WEB),
    ...Object.values(FORM),
    ...Object.values(CALL),
    ...Object.values(VOLUNTEER),
    ...Object.values(WALK_IN),
    ...Object.values(WHATSAPP),
    ...Object.values(STAFF_NOTE),
    ...Object.values(THREAD),
    ...Object.values(REFERRAL),
    ...Object.values(DATA_REQUEST),
    ...Object.values(PRESS),
    ...phones,
    ...whatsappNumbers,
    // The distinctive words alone, wherever a narrative might be cut or re-joined.
    'kanari-',
    'Kanari',
  ].filter((value, index, all) => all.indexOf(value) === index);
}

/** Every string inside a value, binary attributes and buffers decoded as UTF-8 and Latin-1 too. */
export function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return [String(value)];
  if (value instanceof Uint8Array) {
    const bytes = Buffer.from(value);
    return [bytes.toString('utf8'), bytes.toString('latin1')];
  }
  if (value instanceof Set || Array.isArray(value)) return [...value].flatMap(textsIn);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...textsIn(item)]);
  return [];
}

/** The canaries (or `needles`) found in `haystack`, case-insensitively. */
export function canariesIn(haystack: readonly string[], needles: readonly string[] = allCanaries()): string[] {
  const text = haystack.join('\n').toLowerCase();
  return needles.filter((needle) => text.includes(needle.toLowerCase()));
}
