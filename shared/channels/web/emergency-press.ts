/**
 * The one-press page (`/{tenant}/darurat`) as a report: one press files a DARURAT case through the same
 * `submitReport` as every channel. Anonymous unless a phone number was typed; the phone's location only
 * when the reporter shared it; otherwise the kecamatan they picked, if any.
 */
import * as z from 'zod';
import type { BilingualMessage } from '../../errors.js';
import { formValues, optionalAnswer, type ReportFormSubmission } from './report-form.js';
import { IndonesianPhone } from '../../intake/report-submission.js';
import { pressChannelRef } from './channel-refs.js';

/** The page's field names: the contract between `renderEmergencyPressPage` and `parseEmergencyPress`. */
export const PRESS_FIELDS = ['phone', 'kecamatan', 'latitude', 'longitude', 'accuracy'] as const;
export type PressField = (typeof PRESS_FIELDS)[number];

/**
 * What staff read in place of a story: the reporter pressed and said nothing more. Indonesian, like the
 * console, whatever the page's language; it names no one and carries no triage signal but the danger.
 */
export const PRESS_NARRATIVE =
  'Permintaan bantuan darurat lewat tombol satu tekan di halaman web. Pelapor belum menceritakan apa yang terjadi.';

const Coordinates = z.object({
  latitude: z.coerce.number().min(-90).max(90),
  longitude: z.coerce.number().min(-180).max(180),
  // Metres, as the Geolocation API reports it; a phone without GPS may be kilometres off.
  accuracy: z.coerce.number().min(0).max(1_000_000).optional(),
});

/**
 * "Lokasi dari ponsel pelapor: -6.970010, 111.418020 (±25 m)": sealed with the details like any place the
 * reporter names. Coordinates that do not parse are left out: the browser's Geolocation API never sends
 * such values, and dropping a tampered field refuses no one.
 */
function sharedLocation(fields: URLSearchParams): string | undefined {
  const parsed = Coordinates.safeParse({
    latitude: fields.get('latitude') || undefined,
    longitude: fields.get('longitude') || undefined,
    accuracy: fields.get('accuracy') || undefined,
  });
  if (!parsed.success) return undefined;
  const { latitude, longitude, accuracy } = parsed.data;
  const within = accuracy === undefined ? '' : ` (±${Math.round(accuracy)} m)`;
  return `Lokasi dari ponsel pelapor: ${latitude.toFixed(6)}, ${longitude.toFixed(6)}${within}`;
}

export interface EmergencyPress {
  readonly submission: ReportFormSubmission;
  /** For the confirmation: a number was typed but is no Indonesian mobile number, so it was left out. */
  readonly notice?: BilingualMessage;
}

const PHONE_LEFT_OUT: BilingualMessage = {
  id: 'Nomor HP yang Anda tulis tidak dapat dibaca, jadi tidak ikut dikirim: petugas tidak dapat menelepon Anda. Permintaan bantuan tetap terkirim.',
  en: 'The mobile number you typed could not be read, so it was not sent: staff cannot call you back. Your request for help was sent.',
};

/**
 * Builds the DARURAT submission from the pressed form; never throws, whatever was posted. A number that
 * cannot be read never stops the press (the alert matters more than a callback): it is left out, and the
 * confirmation tells the reporter that nobody can call them back on it.
 */
export function parseEmergencyPress(fields: URLSearchParams): EmergencyPress {
  const typed = optionalAnswer(fields, 'phone');
  const phone = typed !== undefined && IndonesianPhone.safeParse(typed).success ? typed : undefined;
  const submission: ReportFormSubmission = {
    channel: 'web',
    channelRef: pressChannelRef(fields.get('submissionId')),
    language: fields.get('lang') === 'en' ? 'en' : 'id',
    service: 'pengaduan_kekerasan',
    narrative: PRESS_NARRATIVE,
    location: { kecamatan: optionalAnswer(fields, 'kecamatan'), detail: sharedLocation(fields) },
    occurred: {},
    victim: {},
    immediateDanger: 'ya',
    // A number typed on this page is there to be called back on; no number, no identity at all.
    reporter: phone === undefined ? { anonymous: true } : { anonymous: false, phone },
    // The press itself is the consent: the page says so next to the button.
    consent: { dataProcessing: true, contactBack: phone !== undefined },
  };
  return typed !== undefined && phone === undefined ? { submission, notice: PHONE_LEFT_OUT } : { submission };
}

/** What the reporter typed (number, kecamatan, shared location), to re-fill the page after a refusal. */
export const pressValues = (fields: URLSearchParams): Record<string, string> => formValues(fields, PRESS_FIELDS);
