/**
 * Reading what reporters type instead of tapping: commands that always work, and forgiving matches for
 * each question (chat spellings, Javanese/Sundanese-free plain words, English). Pure functions.
 */
import type { AgeGroup, Gender, Relation, Service } from '../../domain/vocabulary.js';

/** Lowercase letters, digits and single spaces; diacritics and punctuation gone. */
export function normaliseAnswer(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export type Command = 'cancel' | 'restart' | 'status' | 'english' | 'indonesian';

const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['batal', 'cancel'],
  ['batalkan', 'cancel'],
  ['cancel', 'cancel'],
  ['stop', 'cancel'],
  ['berhenti', 'cancel'],
  ['ulang', 'restart'],
  ['ulangi', 'restart'],
  ['mulai ulang', 'restart'],
  ['mulai lagi', 'restart'],
  ['restart', 'restart'],
  ['start over', 'restart'],
  ['status', 'status'],
  ['cek status', 'status'],
  ['check status', 'status'],
  ['english', 'english'],
  ['inggris', 'english'],
  ['bahasa inggris', 'english'],
  ['in english', 'english'],
  ['bahasa indonesia', 'indonesian'],
  ['indonesia', 'indonesian'],
  ['indonesian', 'indonesian'],
]);

/** A message that is exactly one of the words that always work (the whole message, nothing else). */
export function commandIn(text: string): Command | undefined {
  return COMMANDS.get(normaliseAnswer(text));
}

const GREETINGS = new Set([
  'halo', 'hallo', 'helo', 'hai', 'hi', 'hello', 'hey', 'p', 'ping', 'menu', 'mulai', 'start',
  'assalamualaikum', 'assalamu alaikum', 'asalamualaikum', 'selamat pagi', 'selamat siang', 'selamat sore',
  'selamat malam', 'pagi', 'siang', 'sore', 'malam', 'permisi', 'halo kak', 'halo min', 'hai kak', 'min', 'kak',
]);

export function isGreeting(text: string): boolean {
  return GREETINGS.has(normaliseAnswer(text));
}

const SERVICE_WORDS: readonly (readonly [RegExp, Service])[] = [
  [/\b(hukum|pendampingan|pengacara|legal|lawyer)\b/, 'pendampingan_hukum'],
  [/\b(konseling|konselor|psikolog|counsel+ing)\b/, 'konseling'],
  [/\b(konsultasi|tanya|bertanya|consult|consultation)\b/, 'konsultasi'],
  [/\b(lapor|melapor|laporan|pengaduan|mengadu|kekerasan|report|1)\b/, 'pengaduan_kekerasan'],
];

export function serviceIn(text: string): Service | undefined {
  const normal = normaliseAnswer(text);
  if (normal === '2') return 'konsultasi';
  if (normal === '3') return 'konseling';
  return SERVICE_WORDS.find(([pattern]) => pattern.test(normal))?.[1];
}

const YES = new Set(['ya', 'iya', 'y', 'yes', 'yaa', 'iyaa', 'betul', 'benar', 'ada', 'iya ada', 'ya ada', 'setuju', 'ok', 'oke', 'okay', 'boleh', 'kirim', 'send']);
const NO = new Set(['tidak', 'tdk', 'gak', 'ga', 'nggak', 'ngga', 'enggak', 'engga', 'no', 'n', 'tidak ada', 'gak ada', 'ndak', 'mboten', 'henteu', 'bukan']);
const UNSURE = new Set(['tidak tahu', 'gak tahu', 'ga tahu', 'nggak tahu', 'tidak tau', 'gak tau', 'ga tau', 'gatau', 'gak tau kak', 'entah', 'kurang tahu', 'not sure', 'dont know', 'don t know', 'unknown']);

export function yesNoIn(text: string): 'ya' | 'tidak' | 'tidak_tahu' | undefined {
  const normal = normaliseAnswer(text);
  if (UNSURE.has(normal)) return 'tidak_tahu';
  if (YES.has(normal)) return 'ya';
  if (NO.has(normal)) return 'tidak';
  return undefined;
}

export function isUnsure(text: string): boolean {
  return UNSURE.has(normaliseAnswer(text));
}

const SKIP = new Set(['lewati', 'lewat', 'skip', 'tidak ada', 'gak ada', '-', 'lanjut', 'next', 'tidak usah']);
export function isSkip(text: string): boolean {
  return SKIP.has(normaliseAnswer(text)) || text.trim() === '-';
}

const DONE = new Set(['selesai', 'sudah', 'udah', 'sdh', 'cukup', 'itu saja', 'itu aja', 'done', 'finished', 'lanjut', 'next']);
export function isDone(text: string): boolean {
  return DONE.has(normaliseAnswer(text));
}

const ANONYMOUS = new Set(['anonim', 'anonymous', 'rahasia', 'tanpa nama', 'anon']);
export function isAnonymous(text: string): boolean {
  return ANONYMOUS.has(normaliseAnswer(text));
}

/** One of the tenant's kecamatan, forgiving case, spacing and a "kec." / "kecamatan" prefix. */
export function kecamatanIn(text: string, kecamatan: readonly string[]): string | undefined {
  const squash = (value: string) => normaliseAnswer(value).replace(/^(kecamatan|kec)\s+/, '').replace(/\s+/g, '');
  const wanted = squash(text);
  if (wanted === '') return undefined;
  return kecamatan.find((name) => squash(name) === wanted);
}

/** An age group from a typed age ("9", "9 tahun", "umur 15", "8 bulan"), or a group word. */
export function ageGroupIn(text: string): AgeGroup | undefined {
  const normal = normaliseAnswer(text);
  if (isUnsure(text)) return 'tidak_tahu';
  if (/\b(bayi|balita|baby)\b/.test(normal)) return 'anak_0_5';
  if (/\b(lansia|nenek|kakek|elderly)\b/.test(normal)) return 'lansia';
  if (/\b(dewasa|adult)\b/.test(normal)) return 'dewasa';
  const age = /\b([0-9]{1,3})\s*(tahun|thn|th|bulan|bln|years?|months?)?\b/.exec(normal);
  if (!age?.[1]) return undefined;
  const value = Number(age[1]);
  if (age[2] && /^(bulan|bln|month)/.test(age[2])) return 'anak_0_5';
  if (value <= 5) return 'anak_0_5';
  if (value <= 12) return 'anak_6_12';
  if (value <= 17) return 'anak_13_17';
  if (value <= 59) return 'dewasa';
  return value <= 120 ? 'lansia' : undefined;
}

export function genderIn(text: string): Gender | undefined {
  const normal = normaliseAnswer(text);
  if (isUnsure(text)) return 'tidak_tahu';
  if (/\b(perempuan|cewek|cewe|wanita|putri|female|girl|woman|p)\b/.test(normal)) return 'perempuan';
  if (/\b(laki laki|laki|lelaki|cowok|cowo|pria|putra|male|boy|man|l)\b/.test(normal)) return 'laki_laki';
  return undefined;
}

const RELATION_WORDS: readonly (readonly [RegExp, Relation])[] = [
  [/\b(saya sendiri|diri sendiri|sendiri|aku sendiri|myself|me)\b/, 'diri_sendiri'],
  [/\b(anak saya|anakku|anak aku|my child|my son|my daughter)\b/, 'anak'],
  [/\b(tetangga|neighbou?r)\b/, 'tetangga'],
  [/\b(murid|siswa|siswi|pupil|student)\b/, 'murid'],
  [/\b(teman|kawan|sahabat|friend)\b/, 'teman'],
  [/\b(keluarga|adik|kakak|ibu|ayah|bapak|istri|suami|keponakan|cucu|sepupu|family|sister|brother|mother|father|wife|husband)\b/, 'keluarga'],
  [/\b(lain|lainnya|other)\b/, 'lainnya'],
];

export function relationIn(text: string): Relation | undefined {
  const normal = normaliseAnswer(text);
  return RELATION_WORDS.find(([pattern]) => pattern.test(normal))?.[1];
}

/** "BLR-2026-00042 ABCD-EFGH-JKMN" in any spacing: the reference, and what is left as the code. */
export function statusQueryIn(text: string): { reference?: string; code?: string } {
  const found = /([A-Za-z]{3})[\s-]*([0-9]{4})[\s-]*([0-9]{5,})/.exec(text);
  const reference = found ? `${found[1]?.toUpperCase()}-${found[2]}-${found[3]}` : undefined;
  const rest = (found ? text.replace(found[0], ' ') : text).replace(/[^A-Za-z0-9]/g, '');
  return { reference, code: rest.length >= 4 && rest.length <= 40 ? rest : undefined };
}

/** "status BLR-2026-00042 ABCD-EFGH-JKMN" (or "cek status …") in one message: the query after the word. */
export function statusCommandIn(text: string): { reference: string; code?: string } | undefined {
  const rest = /^\s*(?:(?:cek|check)\s+)?status\b[\s:,.-]*([\s\S]*)$/i.exec(text)?.[1];
  if (rest === undefined) return undefined;
  const { reference, code } = statusQueryIn(rest);
  return reference ? { reference, code } : undefined;
}

/** The tracking code alphabet (shared/crypto/tracking-code.ts): no 0/O, 1/I/L. */
const CODE_GROUP = '[A-HJKMNP-Z2-9]{4}';
const DASHED_CODE = new RegExp(`(?<![A-Z0-9])${CODE_GROUP}-${CODE_GROUP}-${CODE_GROUP}(?![A-Z0-9])`, 'i');
const LOOSE_CODE = new RegExp(`(?<![A-Z0-9])${CODE_GROUP} ?${CODE_GROUP} ?${CODE_GROUP}(?![A-Z0-9])`, 'gi');

/**
 * A tracking code somewhere in a message, canonical (uppercase, no separators). Written with dashes it is one
 * whatever its letters; without, only with both letters and digits, so that three four-letter words are not one.
 */
export function trackingCodeIn(text: string): string | undefined {
  const dashed = DASHED_CODE.exec(text)?.[0];
  const loose = [...text.matchAll(LOOSE_CODE)].map((m) => m[0]).find((candidate) => /[0-9]/.test(candidate) && /[a-z]/i.test(candidate));
  const found = dashed ?? loose;
  return found?.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
