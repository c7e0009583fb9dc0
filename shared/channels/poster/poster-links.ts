/**
 * The two links a poster's QR codes carry: the regency's WhatsApp number as a `wa.me` click-to-chat link,
 * and the absolute address of its report form (a printed page has no origin of its own).
 */
import * as z from 'zod';
import { InvalidInputError } from '../../errors.js';
import type { Tenant } from '../../tenancy/tenant.js';

/**
 * The message WhatsApp pre-fills when the code is scanned: a greeting that says nothing about violence,
 * in case someone else sees the chat, and that starts the conversation like any first message.
 */
export const WHATSAPP_STARTER_TEXT = 'Halo';

/** `0895-3914-04000` (how Indonesians write it) -> `62895391404000`: the digits a link dials abroad too. */
function internationalDigits(number: string): string {
  const digits = number.replace(/[^0-9]/g, '');
  return number.trim().startsWith('+') ? digits : digits.replace(/^0/, '62');
}

/** `0895-3914-04000` -> `https://wa.me/62895391404000?text=Halo`. */
export function whatsAppChatLink(number: string): string {
  return `https://wa.me/${internationalDigits(number)}?text=${encodeURIComponent(WHATSAPP_STARTER_TEXT)}`;
}

/** `0812-7185-7372` -> `tel:+6281271857372`: a phone camera offers to call it. */
export function phoneCallLink(number: string): string {
  return `tel:+${internationalDigits(number)}`;
}

/** The deployment's public address, when it is not the one requests arrive on (a custom domain). */
export const PosterConfig = z.object({
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
});
export type PosterConfig = z.infer<typeof PosterConfig>;

export interface RequestAddress {
  /** The `Host` the request came to (API Gateway routes by it, so it is the API's own domain). */
  readonly host?: string;
  /** `X-Forwarded-Proto`, which API Gateway sets; absent on the local runtime. */
  readonly forwardedProto?: string;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::[0-9]{1,5})?$/;
/** DNS's limit on a whole name; a longer Host would not fit the poster's QR code either. */
const MAX_HOST_NAME_LENGTH = 253;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1)(:[0-9]+)?$/;

/**
 * Where reporters reach this deployment: `PUBLIC_BASE_URL` when configured (it may carry a path), else
 * the request's own host and scheme. Local hosts default to http, everything else to https.
 */
export function publicBaseUrl(configured: string | undefined, request: RequestAddress): string {
  if (configured) return configured.replace(/\/+$/, '');
  const host = request.host?.trim().toLowerCase() ?? '';
  const name = host.replace(/:[0-9]*$/, '');
  if (name.length > MAX_HOST_NAME_LENGTH || !HOST.test(host)) {
    const message = { id: 'alamat host tidak valid', en: 'not a valid host name' };
    throw new InvalidInputError([{ field: 'Host', issue: message.en, message }]);
  }
  const proto = request.forwardedProto?.split(',')[0]?.trim().toLowerCase();
  const scheme = proto === 'http' || proto === 'https' ? proto : LOCAL_HOST.test(host) ? 'http' : 'https';
  return `${scheme}://${host}`;
}

/** The regency's report form, as an absolute URL for print. */
export function reportFormUrl(baseUrl: string, tenant: Pick<Tenant, 'id'>): string {
  return `${baseUrl}/${tenant.id}/lapor`;
}
