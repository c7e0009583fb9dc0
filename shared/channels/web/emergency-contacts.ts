/**
 * The numbers a reporter in danger is given at once (112, 110, SAPA 129 by call and WhatsApp, the regency's
 * own lines), with the link a phone follows: a call for phone lines, the chat for WhatsApp numbers.
 */
import type { BilingualMessage } from '../../errors.js';
import { NATIONAL_EMERGENCY_NUMBERS, type Tenant } from '../../tenancy/tenant.js';
import { whatsAppChatLink } from '../poster/poster-links.js';

export interface EmergencyContact {
  readonly label: BilingualMessage;
  /** As people write it (`08111-129-129`), shown next to the link. */
  readonly number: string;
  readonly kind: 'phone' | 'whatsapp';
  /** `tel:112`, or `https://wa.me/628111129129?text=Halo` for a WhatsApp number. */
  readonly href: string;
  /** The regency's lines say when they answer ("24 jam", "jam kerja"); the national ones always do. */
  readonly hours?: string;
}

/** A call as dialled at home: short codes (112) stay short, a mobile number keeps its leading 0. */
export const telLink = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;

const linkFor = (kind: EmergencyContact['kind'], number: string) =>
  kind === 'whatsapp' ? whatsAppChatLink(number) : telLink(number);

// The national list names its WhatsApp line in its label ("SAPA 129 (WhatsApp)"): that label is what the
// reporter reads next to the link, so the link opens what the label promises.
const nationalKind = (label: BilingualMessage): EmergencyContact['kind'] =>
  label.en.includes('WhatsApp') ? 'whatsapp' : 'phone';

/** The national numbers first (112 leads), then the regency's hotlines, in config order. */
export function emergencyContacts(tenant?: Tenant): EmergencyContact[] {
  const national = NATIONAL_EMERGENCY_NUMBERS.map((n): EmergencyContact => {
    const kind = nationalKind(n.label);
    return { label: n.label, number: n.number, kind, href: linkFor(kind, n.number) };
  });
  // Hotline labels and hours exist only in Indonesian in the tenant config.
  const regency = (tenant?.hotlines ?? []).map(
    (h): EmergencyContact => ({
      label: { id: h.label, en: h.label },
      number: h.number,
      kind: h.kind,
      href: linkFor(h.kind, h.number),
      hours: h.hours,
    }),
  );
  return [...national, ...regency];
}

/** What the JSON API adds to a DARURAT receipt: what a client app shows at once, and the numbers with their links. */
export function emergencyAdvice(tenant: Tenant) {
  return {
    message: {
      id: 'Petugas jaga sudah diberi tahu sekarang. Jika ada yang dalam bahaya, telepon 112 sekarang.',
      en: 'The on-call team has been alerted now. If anyone is in danger, call 112 now.',
    },
    numbers: emergencyContacts(tenant),
  };
}
