/** zod at every boundary: one way to turn a failed parse into a 400 that names the fields, in both languages. */
import type * as z from 'zod';
import indonesian from 'zod/v4/locales/id.js';
import { type BilingualMessage, type FieldIssue, InvalidInputError } from './errors.js';

const MAX_ISSUES = 20;
const indonesianErrors = indonesian().localeError;

/** Our own rule texts, written once in both languages; schemas use the Indonesian text as the message. */
export const RULE_TEXTS = {
  phone: { id: 'nomor HP Indonesia, contoh 0812xxxxxxx', en: 'an Indonesian mobile number, e.g. 0812xxxxxxx' },
  nik: { id: 'NIK terdiri dari 16 angka', en: 'an NIK has 16 digits' },
  nameOrPhone: { id: 'isi nama atau nomor HP, atau pilih anonim', en: 'give a name or phone number, or choose anonymous' },
  narrative: { id: 'ceritakan apa yang terjadi', en: 'tell us what happened' },
  consent: {
    id: 'persetujuan diperlukan agar laporan dapat diproses',
    en: 'consent is needed so the report can be handled',
  },
  reference: { id: 'contoh: BLR-2026-00042', en: 'for example BLR-2026-00042' },
  trackingCode: { id: 'kode pelacakan belum diisi', en: 'the tracking code is missing' },
  volunteerContact: {
    id: 'relawan / pendamping perlu mengisi nama atau nomor HP agar petugas dapat menghubungi',
    en: 'a volunteer gives a name or phone number so that staff can reach them',
  },
  channelKey: {
    id: 'hanya huruf, angka dan tanda baca ASCII tanpa spasi, dengan panjang yang diizinkan',
    en: 'only ASCII letters, digits and punctuation without spaces, within the allowed length',
  },
  volunteerContactBack: {
    id: 'relawan / pendamping perlu mengizinkan petugas menghubunginya untuk menjangkau korban',
    en: 'a volunteer lets staff contact them, so that staff can reach the victim',
  },
  volunteerDetails: {
    id: 'data relawan hanya diisi oleh relawan / pendamping',
    en: 'volunteer details belong to a volunteer reporter',
  },
  victimContact: { id: 'isi nama, nomor HP, atau alamat korban', en: "give the victim's name, phone number or address" },
  victimContactOfVictim: {
    id: 'jika Anda korbannya, isi kontak Anda di bagian pelapor',
    en: 'if you are the victim, give your contact in the reporter section',
  },
  staffRole: {
    id: 'peran petugas hanya untuk laporan yang dicatat petugas (datang langsung)',
    en: 'the staff role is only for reports entered by staff (walk-in)',
  },
} as const satisfies Record<string, BilingualMessage>;

const RULE_BY_INDONESIAN = new Map<string, BilingualMessage>(Object.values(RULE_TEXTS).map((t) => [t.id, t]));

/** zod's messages describe the rule, never echo the value, so they are safe to return. */
export function toFieldIssues(english: z.ZodError, indonesianIssues: readonly z.core.$ZodIssue[] = []): FieldIssue[] {
  return english.issues.slice(0, MAX_ISSUES).map((issue, index) => {
    const message = RULE_BY_INDONESIAN.get(issue.message) ?? {
      id: indonesianIssues[index]?.message ?? issue.message,
      en: issue.message,
    };
    return { field: issue.path.map(String).join('.') || '(body)', issue: message.en, message };
  });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // Only on failure: parse again with zod's Indonesian messages (schema-level messages win in both runs).
  const again = schema.safeParse(input, { error: indonesianErrors });
  throw new InvalidInputError(toFieldIssues(result.error, again.error?.issues), { cause: result.error });
}
