/**
 * The one-press page (`GET /{tenant}/darurat`): one large button that asks for help at once, the
 * emergency numbers beside it, and what may be added first (location, kecamatan, a number to call back).
 * A plain form POST without JavaScript; with it, the phone's location when the reporter allows it and a
 * guard against a double tap (the submission id already makes a double press file once).
 */
import type { Language } from '../../domain/vocabulary.js';
import type { BilingualMessage, FieldIssue } from '../../errors.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { APP_THEME_COLOR, appIconPath, manifestPath, shortServiceName } from './app-manifest.js';
import type { PressField } from './emergency-press.js';
import {
  escapeHtml,
  issueText,
  pageCsp,
  pageTitle,
  renderEmergencyNumbers,
  renderPage,
  t,
} from './page-layout.js';

// ES5 for old phones. Texts come from data attributes in the page's language, so the script (and its CSP
// hash) is one constant. A second tap within a few seconds is ignored; after that a press may be retried
// (a dropped connection must not leave a dead button), and the submission id still files it once.
const PRESS_SCRIPT = `
(function () {
  var form = document.getElementById('press-form');
  if (!form) return;
  var sending = false;
  var status = document.getElementById('press-status');
  form.addEventListener('submit', function (event) {
    if (sending) { event.preventDefault(); return; }
    sending = true;
    if (status) status.textContent = status.getAttribute('data-sending');
    setTimeout(function () { sending = false; }, 8000);
  });
  var box = document.getElementById('locate-box');
  var button = document.getElementById('locate');
  var out = document.getElementById('locate-status');
  if (!box || !button || !out || !navigator.geolocation) return;
  box.hidden = false;
  button.addEventListener('click', function () {
    out.textContent = out.getAttribute('data-asking');
    navigator.geolocation.getCurrentPosition(function (position) {
      var c = position.coords;
      form.elements.latitude.value = c.latitude.toFixed(6);
      form.elements.longitude.value = c.longitude.toFixed(6);
      form.elements.accuracy.value = String(Math.round(c.accuracy));
      out.textContent = out.getAttribute('data-found').replace('{m}', String(Math.round(c.accuracy)));
    }, function () {
      out.textContent = out.getAttribute('data-failed');
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });
})();
`;

/** The one-press page's CSP: the shared one plus its own script and its manifest. */
export const PRESS_PAGE_CSP = pageCsp({ scripts: [PRESS_SCRIPT], manifest: true });

/** Every other page keeps geolocation off; here the reporter may share where they are. */
export const PRESS_PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(self), interest-cohort=()';

export interface EmergencyPressPageInput {
  readonly tenant: Tenant;
  readonly lang: Language;
  /** Fresh per page load; a second press carries the same id, so it files nothing new. */
  readonly submissionId: string;
  /** What was typed or shared before a refusal, kept so that pressing again sends it. */
  readonly values?: Readonly<Partial<Record<PressField, string>>>;
  readonly errors?: readonly FieldIssue[];
  /** Why the press was refused (too many from this network, the service busy): the alert's heading. */
  readonly refusal?: BilingualMessage;
}

const LABELS: Readonly<Record<'phone' | 'kecamatan', BilingualMessage>> = {
  kecamatan: { id: 'Kecamatan tempat Anda sekarang', en: 'The district (kecamatan) you are in now' },
  phone: { id: 'Nomor HP untuk dihubungi petugas', en: 'A mobile number staff may call' },
};

function renderRefusal(lang: Language, tenant: Tenant, errors: readonly FieldIssue[], refusal?: BilingualMessage): string {
  const text = (message: BilingualMessage) => escapeHtml(t(lang, message));
  const heading = refusal ?? { id: 'Permintaan belum terkirim', en: 'Your request was not sent yet' };
  const issues = errors.map((e) => `<li>${escapeHtml(issueText(lang, e))}</li>`).join('');
  // A refused press must still lead to help: 112 comes with the refusal, in the same alert.
  return `<div class="error-summary" role="alert" aria-labelledby="refusal-title">
<h2 id="refusal-title">${text(heading)}</h2>
${issues ? `<ul>${issues}</ul>` : ''}
<p>${text({
    id: 'Permintaan Anda belum terkirim. Jangan menunggu: telepon 112 atau nomor di bawah sekarang.',
    en: 'Your request has not been sent. Do not wait: call 112 or a number below now.',
  })}</p>
${renderEmergencyNumbers(lang, tenant)}
</div>`;
}

/** Renders the one-press page, in the reporter's language; after a refusal, with 112 at the top. */
export function renderEmergencyPressPage({
  tenant,
  lang,
  submissionId,
  values = {},
  errors = [],
  refusal,
}: EmergencyPressPageInput): string {
  const text = (message: BilingualMessage) => escapeHtml(t(lang, message));
  const value = (name: PressField) => escapeHtml(values[name] ?? '');
  const kecamatanIssue = errors.some((e) => e.field === 'location.kecamatan');
  const options = [{ value: '', label: text({ id: 'Tidak tahu', en: 'Not sure' }) }]
    .concat(tenant.kecamatan.map((k) => ({ value: escapeHtml(k), label: escapeHtml(k) })))
    .map((o) => `<option value="${o.value}"${o.value !== '' && o.value === value('kecamatan') ? ' selected' : ''}>${o.label}</option>`)
    .join('');
  const refused = errors.length > 0 || refusal !== undefined;

  const body = `${refused ? renderRefusal(lang, tenant, errors, refusal) : ''}
<h1>${text({ id: 'Bantuan darurat', en: 'Emergency help' })}</h1>
<form method="post" action="/${escapeHtml(tenant.id)}/darurat" id="press-form" autocomplete="off">
<input type="hidden" name="submissionId" value="${escapeHtml(submissionId)}">
<input type="hidden" name="lang" value="${lang}">
<input type="hidden" name="latitude" value="${value('latitude')}">
<input type="hidden" name="longitude" value="${value('longitude')}">
<input type="hidden" name="accuracy" value="${value('accuracy')}">
<button type="submit" class="press" data-testid="press" aria-describedby="press-hint">${text({
    id: 'Tekan untuk minta bantuan',
    en: 'Press to ask for help',
  })}<span>${text({ id: 'Petugas jaga langsung diberi tahu', en: 'The on-call team is alerted at once' })}</span></button>
<p class="hint" id="press-hint">${text({
    id: 'Tanpa nama. Dengan menekan, Anda setuju permintaan ini disimpan dan diproses petugas untuk menolong.',
    en: 'Anonymous. By pressing, you agree that staff store and handle this request to help.',
  })}</p>
<p id="press-status" role="status" data-sending="${text({ id: 'Mengirim…', en: 'Sending…' })}"></p>
<h2 class="sr-only">${text({ id: 'Atau hubungi sekarang', en: 'Or call now' })}</h2>
${renderEmergencyNumbers(lang, tenant)}
<fieldset><legend>${text({ id: 'Boleh ditambahkan sebelum menekan (tidak wajib)', en: 'You may add before pressing (optional)' })}</legend>
<div id="locate-box" class="field" hidden>
<button type="button" id="locate">${text({ id: 'Bagikan lokasi saya', en: 'Share my location' })}</button>
<p id="locate-status" role="status" data-asking="${text({
    id: 'Meminta lokasi… Pilih "Izinkan" jika muncul.',
    en: 'Asking for the location… Choose "Allow" if asked.',
  })}" data-found="${text({
    id: 'Lokasi Anda akan ikut dikirim (±{m} m).',
    en: 'Your location will be sent (±{m} m).',
  })}" data-failed="${text({
    id: 'Lokasi tidak dapat diambil. Pilih kecamatan di bawah.',
    en: 'The location could not be read. Choose the district below.',
  })}">${values.latitude ? text({ id: 'Lokasi Anda akan ikut dikirim.', en: 'Your location will be sent.' }) : ''}</p>
</div>
<div class="field">
<label for="f-kecamatan">${text(LABELS.kecamatan)}</label>
<select id="f-kecamatan" name="kecamatan"${kecamatanIssue ? ' aria-invalid="true"' : ''}>${options}</select>
</div>
<div class="field">
<label for="f-phone">${text(LABELS.phone)}</label>
<div class="hint" id="h-phone">${text({
    id: 'Hanya jika aman ditelepon di nomor ini. Kosongkan agar tetap tanpa nama. Contoh: 0812xxxxxxx.',
    en: 'Only if it is safe to be called on it. Leave it empty to stay anonymous. For example: 0812xxxxxxx.',
  })}</div>
<input type="tel" id="f-phone" name="phone" value="${value('phone')}" autocomplete="off" aria-describedby="h-phone">
</div>
<button type="submit" data-testid="press-again">${text({ id: 'Kirim permintaan bantuan', en: 'Send the request for help' })}</button>
</fieldset>
</form>
<p class="hint">${text({
    id: 'Agar cepat dibuka lain kali: menu ⋮ › Tambahkan ke Layar utama. Ikonnya bernama',
    en: 'To open it quickly next time: menu ⋮ › Add to Home screen. Its icon is named',
  })} "${escapeHtml(shortServiceName(tenant))}".</p>`;

  return renderPage({
    lang,
    tenant,
    title: `${refused ? t(lang, { id: 'Kesalahan: ', en: 'Error: ' }) : ''}${pageTitle(lang, tenant)}`,
    body,
    head: `<link rel="manifest" href="${escapeHtml(manifestPath(tenant, lang))}">
<link rel="icon" href="${escapeHtml(appIconPath(tenant))}" type="image/png">
<link rel="apple-touch-icon" href="${escapeHtml(appIconPath(tenant))}">
<meta name="application-name" content="${escapeHtml(shortServiceName(tenant))}">
<meta name="apple-mobile-web-app-title" content="${escapeHtml(shortServiceName(tenant))}">
<meta name="theme-color" content="${APP_THEME_COLOR}">`,
    scripts: [PRESS_SCRIPT],
  });
}
