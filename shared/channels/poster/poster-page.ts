/**
 * `GET /{tenant}/poster`: the outreach poster a regency prints for villages, schools and health posts
 * (Mesuji's 105 villages, Blora's 1,948 volunteers spreading the word). One A4 sheet in Bahasa Indonesia,
 * generated from the tenant config: the office, the WhatsApp number, the call-center line and the report
 * form, each with a QR code, the national emergency numbers and a safety note. Print it, or save it as
 * PDF from the browser's print dialog.
 */
import { CATEGORIES, CATEGORY_LABELS } from '../../domain/vocabulary.js';
import { NATIONAL_EMERGENCY_NUMBERS, type Tenant } from '../../tenancy/tenant.js';
import { escapeHtml, sha256 } from '../web/page-layout.js';
import { phoneCallLink, reportFormUrl, whatsAppChatLink } from './poster-links.js';
import { POSTER_STYLE } from './poster-style.js';
import { renderQrSvg } from './qr-svg.js';

export interface PosterInput {
  readonly tenant: Tenant;
  /** Where reporters reach this deployment (see `publicBaseUrl`). */
  readonly baseUrl: string;
}

export interface PosterPage {
  readonly html: string;
  /** No script, no image, no font, no connection: only the hashed style. */
  readonly csp: string;
}

export const POSTER_CSP = [
  "default-src 'none'",
  `style-src ${sha256(POSTER_STYLE)}`,
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SAFETY_NOTE =
  'Identitas Anda dirahasiakan dan Anda boleh melapor tanpa nama. Hapus riwayat chat jika ponsel dipakai bersama.';

// What counts as violence, in the words of the report form: people often do not know neglect or bullying count.
const KINDS = CATEGORIES.filter((c) => c !== 'lainnya')
  .map((c) => escapeHtml(CATEGORY_LABELS[c].id))
  .join(' · ');

export function renderPoster({ tenant, baseUrl }: PosterInput): PosterPage {
  const formUrl = reportFormUrl(baseUrl, tenant);
  const whatsApp = tenant.hotlines.find((h) => h.kind === 'whatsapp');
  const phones = tenant.hotlines.filter((h) => h.kind === 'phone');
  const office = escapeHtml(tenant.office);

  const whatsAppBlock = whatsApp
    ? `<div class="channel" data-testid="whatsapp">
<h2>Lapor lewat WhatsApp</h2>
${renderQrSvg(whatsAppChatLink(whatsApp.number), `Kode QR WhatsApp ${whatsApp.number}`)}
<p class="number">${escapeHtml(whatsApp.number)}</p>
<p class="small">${escapeHtml(whatsApp.label)} · ${escapeHtml(whatsApp.hours)}</p>
</div>`
    : '';
  const formBlock = `<div class="channel" data-testid="form">
<h2>Lapor lewat formulir</h2>
${renderQrSvg(formUrl, 'Kode QR formulir laporan')}
<p class="url">${escapeHtml(formUrl)}</p>
<p class="small">Bisa tanpa nama · bisa untuk orang lain</p>
</div>`;
  // A call center is the main channel where there is one (Mesuji): its number gets a card of its own.
  const [firstPhone] = phones;
  const phoneBlock = firstPhone
    ? `<div class="channel" data-testid="phone">
<h2>Lapor lewat telepon</h2>
${renderQrSvg(phoneCallLink(firstPhone.number), `Kode QR telepon ${firstPhone.number}`)}
${phones
  .map((h) => `<p class="number">${escapeHtml(h.number)}</p><p class="small">${escapeHtml(h.label)} · ${escapeHtml(h.hours)}</p>`)
  .join('')}
</div>`
    : '';
  const visitBlock = tenant.channels.includes('walk-in')
    ? `<p class="visit">Atau datang langsung ke kantor <strong>${office}</strong>.</p>`
    : '';
  const emergency = NATIONAL_EMERGENCY_NUMBERS.map(
    (n) => `<li>${escapeHtml(n.label.id)} <strong>${escapeHtml(n.number)}</strong></li>`,
  ).join('');

  const html = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Poster layanan pengaduan · ${escapeHtml(tenant.displayName)}</title>
<style>${POSTER_STYLE}</style>
</head>
<body>
<p class="tip">Cetak poster ini di kertas A4 (Ctrl+P, atau menu peramban › Cetak) atau pilih <strong>Simpan sebagai PDF</strong> untuk dibagikan. Tempel di balai desa, sekolah, puskesmas, dan posyandu.</p>
<main class="sheet">
<p class="office">${office} · ${escapeHtml(tenant.displayName)}, ${escapeHtml(tenant.province)}</p>
<h1>Stop kekerasan terhadap perempuan dan anak</h1>
<p class="lead">Alami, lihat, atau dengar kekerasan? Laporkan ke <strong>${escapeHtml(tenant.serviceName)}</strong>.</p>
<p class="kinds">${KINDS}</p>
<section class="channels">
${whatsAppBlock}
${phoneBlock}
${formBlock}
</section>
${visitBlock}
<section class="emergency"><h2>Ada yang dalam bahaya sekarang? Hubungi segera</h2><ul>${emergency}</ul></section>
<p class="safety">${escapeHtml(SAFETY_NOTE)}</p>
<p class="scan">Cara memindai: buka kamera ponsel dan arahkan ke kode QR, lalu ketuk tautan yang muncul.</p>
</main>
</body>
</html>
`;
  return { html, csp: POSTER_CSP };
}
