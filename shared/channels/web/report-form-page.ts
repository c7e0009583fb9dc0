/** The report form (`GET /{tenant}/lapor`), re-rendered with the reporter's answers and errors after a failed POST. */
import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  CATEGORIES,
  CATEGORY_LABELS,
  DANGER_ANSWERS,
  DANGER_LABELS,
  GENDER_LABELS,
  GENDERS,
  type Language,
  RELATION_LABELS,
  RELATIONS,
  SERVICE_LABELS,
  SERVICES,
} from '../../domain/vocabulary.js';
import type { BilingualMessage, FieldIssue } from '../../errors.js';
import { VOLUNTEER_ORGANISATION_LABELS, VOLUNTEER_ORGANISATIONS } from '../../intake/reporter-role.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { escapeHtml, issueText, pageTitle, renderHelpNumbers, renderPage, t } from './page-layout.js';
import { FORM_FIELD_FOR_PATH, REPORT_FORM_FIELDS, type ReportFormField } from './report-form.js';

export interface ReportFormPageInput {
  readonly tenant: Tenant;
  readonly lang: Language;
  /** Fresh per form load; the POST carries it as the channel reference so a double submit is one report. */
  readonly submissionId: string;
  /** What the reporter typed, identity included: losing a frightened reporter's answers is the worse harm. */
  readonly values?: Readonly<Record<string, string>>;
  /** Issues keyed by form field (`reporterPhone`) or submission path (`reporter.phone`). */
  readonly errors?: readonly FieldIssue[];
  /** Why the report was refused though no answer was wrong (busy, too many reports): the summary's heading. */
  readonly refusal?: BilingualMessage;
}

const FIELD_LABELS: Readonly<Record<ReportFormField, BilingualMessage>> = {
  immediateDanger: { id: 'Apakah ada yang dalam bahaya sekarang?', en: 'Is anyone in danger right now?' },
  service: { id: 'Layanan apa yang Anda perlukan?', en: 'What help do you need?' },
  category: { id: 'Jenis kekerasan', en: 'Kind of violence' },
  narrative: { id: 'Apa yang terjadi?', en: 'What happened?' },
  kecamatan: { id: 'Kecamatan tempat kejadian', en: 'District (kecamatan) where it happened' },
  locationDetail: { id: 'Desa / kelurahan atau alamat kejadian', en: 'Village or address where it happened' },
  occurredDate: { id: 'Tanggal kejadian', en: 'Date it happened' },
  occurredDescription: { id: 'Kapan kira-kira terjadi?', en: 'Roughly when did it happen?' },
  victimAgeGroup: { id: 'Usia korban', en: "Victim's age" },
  victimGender: { id: 'Jenis kelamin korban', en: "Victim's sex" },
  relationToReporter: { id: 'Siapa korban bagi Anda?', en: 'Who is the victim to you?' },
  victimName: { id: 'Nama korban', en: "Victim's name" },
  victimPhone: { id: 'Nomor HP korban', en: "Victim's mobile number" },
  victimAddress: { id: 'Alamat korban', en: "Victim's address" },
  reporterRole: { id: 'Siapa Anda?', en: 'Who are you?' },
  volunteerOrganisation: { id: 'Lembaga Anda', en: 'Your organisation' },
  volunteerVillage: { id: 'Desa / kelurahan tempat Anda bertugas', en: 'The village you serve' },
  anonymous: { id: 'Ingin melapor tanpa nama (anonim)?', en: 'Do you want to report anonymously?' },
  reporterName: { id: 'Nama Anda', en: 'Your name' },
  reporterPhone: { id: 'Nomor HP Anda', en: 'Your mobile number' },
  reporterNik: { id: 'NIK Anda', en: 'Your NIK (national identity number)' },
  reporterAddress: { id: 'Alamat Anda', en: 'Your address' },
  consent: {
    id: 'Saya setuju laporan ini disimpan dan diproses oleh kantor layanan untuk menangani kasus ini.',
    en: 'I agree that the office stores and processes this report to handle the case.',
  },
  contactBack: { id: 'Boleh dihubungi kembali', en: 'You may contact me again' },
};

const PICK: BilingualMessage = { id: '— Pilih —', en: '— Choose —' };

/** The reporter roles a member of the public can choose, in the first person (staff enter walk-ins). */
const REPORTER_ROLE_CHOICES: readonly Option[] = [
  { value: 'victim', label: { id: 'Saya korbannya', en: 'I am the victim' } },
  { value: 'family', label: { id: 'Saya keluarga korban', en: "I am the victim's family" } },
  {
    value: 'witness',
    label: { id: 'Saya saksi, tetangga, guru, atau orang lain yang tahu', en: 'I am a witness, neighbour, teacher or someone else who knows' },
  },
  {
    value: 'volunteer',
    label: { id: 'Saya relawan / pendamping (PATBM, SAPA, kader)', en: 'I am a volunteer / companion (PATBM, SAPA, cadre)' },
  },
];

interface Option {
  readonly value: string;
  readonly label: BilingualMessage;
}

const options = <K extends string>(codes: readonly K[], labels: Readonly<Record<K, BilingualMessage>>): Option[] =>
  codes.map((code) => ({ value: code, label: labels[code] }));

interface FormState {
  readonly lang: Language;
  readonly values: Readonly<Record<string, string>>;
  readonly errors: ReadonlyMap<ReportFormField, readonly string[]>;
}

const isFormField = (name: string): name is ReportFormField => (REPORT_FORM_FIELDS as readonly string[]).includes(name);
// `hasOwn`, not `in` or a bare lookup: a path like `constructor` must not reach Object.prototype.
const formFieldOf = (path: string): ReportFormField | undefined =>
  Object.hasOwn(FORM_FIELD_FOR_PATH, path) ? FORM_FIELD_FOR_PATH[path] : isFormField(path) ? path : undefined;
const text = (lang: Language, message: BilingualMessage) => escapeHtml(t(lang, message));

function groupErrors(lang: Language, errors: readonly FieldIssue[]): Map<ReportFormField, string[]> {
  const byField = new Map<ReportFormField, string[]>();
  for (const error of errors) {
    const name = formFieldOf(error.field);
    if (name) byField.set(name, [...(byField.get(name) ?? []), issueText(lang, error)]);
  }
  return byField;
}

type AttrValue = string | boolean | undefined;

/** An opening tag's attributes, escaped; `true` renders a bare attribute, `false` and undefined nothing. */
function attrs(values: Readonly<Record<string, AttrValue>>): string {
  return Object.entries(values)
    .map(([key, value]) => (value === true ? ` ${key}` : typeof value === 'string' ? ` ${key}="${escapeHtml(value)}"` : ''))
    .join('');
}

/** The hint and error under a label, and the aria attributes that tie them to the control. */
function describe(state: FormState, name: ReportFormField, hintHtml?: string) {
  const issues = state.errors.get(name);
  const ids = [hintHtml ? `h-${name}` : '', issues ? `e-${name}` : ''].filter(Boolean);
  return {
    html:
      (hintHtml ? `<div class="hint" id="h-${name}">${hintHtml}</div>` : '') +
      (issues ? `<p class="error" id="e-${name}">${issues.map(escapeHtml).join(' ')}</p>` : ''),
    describedBy: ids.length > 0 ? ids.join(' ') : undefined,
    invalid: issues ? 'true' : undefined,
  };
}

interface FieldSpec {
  readonly hint?: string;
  readonly required?: boolean;
}

const labelFor = (state: FormState, name: ReportFormField) =>
  `<label for="f-${name}">${text(state.lang, FIELD_LABELS[name])}</label>`;

function textInput(
  state: FormState,
  name: ReportFormField,
  spec: FieldSpec & { type?: 'text' | 'tel' | 'date'; inputmode?: 'numeric' } = {},
): string {
  const d = describe(state, name, spec.hint);
  const input = `<input${attrs({
    type: spec.type ?? 'text',
    id: `f-${name}`,
    name,
    value: state.values[name] ?? '',
    inputmode: spec.inputmode,
    'aria-describedby': d.describedBy,
    'aria-invalid': d.invalid,
    required: spec.required,
  })}>`;
  return `<div class="field">${labelFor(state, name)}${d.html}${input}</div>`;
}

function textArea(state: FormState, name: ReportFormField, spec: FieldSpec = {}): string {
  const d = describe(state, name, spec.hint);
  const open = `<textarea${attrs({
    id: `f-${name}`,
    name,
    rows: '8',
    'aria-describedby': d.describedBy,
    'aria-invalid': d.invalid,
    required: spec.required,
  })}>`;
  return `<div class="field">${labelFor(state, name)}${d.html}${open}${escapeHtml(state.values[name] ?? '')}</textarea></div>`;
}

function select(
  state: FormState,
  name: ReportFormField,
  choices: readonly Option[],
  empty: BilingualMessage,
  spec: FieldSpec = {},
): string {
  const d = describe(state, name, spec.hint);
  const current = state.values[name] ?? '';
  const optionHtml = [{ value: '', label: empty }, ...choices]
    .map((o) => `<option${attrs({ value: o.value, selected: o.value === current })}>${text(state.lang, o.label)}</option>`)
    .join('');
  const open = `<select${attrs({ id: `f-${name}`, name, 'aria-describedby': d.describedBy, 'aria-invalid': d.invalid })}>`;
  return `<div class="field">${labelFor(state, name)}${d.html}${open}${optionHtml}</select></div>`;
}

// The first radio gets the plain `f-<name>` id so error links land on the group like on any other field.
// aria-invalid is not allowed on radios, so the group's fieldset carries the description instead.
function radios(
  state: FormState,
  name: ReportFormField,
  choices: readonly Option[],
  spec: FieldSpec & { checked?: string } = {},
): string {
  const d = describe(state, name, spec.hint);
  const current = state.values[name] ?? spec.checked;
  const items = choices.map((o, i) => {
    const id = i === 0 ? `f-${name}` : `f-${name}-${o.value}`;
    const input = `<input${attrs({ type: 'radio', id, name, value: o.value, checked: o.value === current, required: spec.required })}>`;
    return `<label class="choice" for="${id}">${input}${text(state.lang, o.label)}</label>`;
  });
  const legend = `<legend>${text(state.lang, FIELD_LABELS[name])}</legend>`;
  return `<fieldset${attrs({ 'aria-describedby': d.describedBy })}>${legend}${d.html}${items.join('')}</fieldset>`;
}

function checkbox(state: FormState, name: ReportFormField, spec: FieldSpec = {}): string {
  const d = describe(state, name, spec.hint);
  const input = `<input${attrs({
    type: 'checkbox',
    id: `f-${name}`,
    name,
    value: 'ya',
    checked: state.values[name] === 'ya',
    'aria-describedby': d.describedBy,
    'aria-invalid': d.invalid,
    required: spec.required,
  })}>`;
  const label = `<label class="choice" for="f-${name}">${input}${text(state.lang, FIELD_LABELS[name])}</label>`;
  return `<div class="field">${label}${d.html}</div>`;
}

function renderErrorSummary(lang: Language, errors: readonly FieldIssue[], refusal?: BilingualMessage): string {
  const items = errors.map((error) => {
    const name = formFieldOf(error.field);
    const issue = issueText(lang, error);
    // Issues on hidden fields (submissionId, lang) have nowhere to link to; the text alone still helps.
    return name
      ? `<li><a href="#f-${name}">${text(lang, FIELD_LABELS[name])}: ${escapeHtml(issue)}</a></li>`
      : `<li>${escapeHtml(issue)}</li>`;
  });
  const heading = text(lang, refusal ?? { id: 'Ada isian yang perlu diperbaiki', en: 'Some answers need fixing' });
  // A refused report is not lost: say so, because the reporter may fear they must type it all again.
  const kept = refusal
    ? `<p>${text(lang, { id: 'Isian Anda masih ada di bawah ini.', en: 'What you wrote is still below.' })}</p>`
    : '';
  const list = items.length > 0 ? `<ul>${items.join('')}</ul>` : '';
  return (
    '<div class="error-summary" role="alert" aria-labelledby="error-summary-title">' +
    `<h2 id="error-summary-title">${heading}</h2>${kept}${list}</div>`
  );
}

/** Renders the report form for one regency, in the reporter's language. */
export function renderReportForm({
  tenant,
  lang,
  submissionId,
  values = {},
  errors = [],
  refusal,
}: ReportFormPageInput): string {
  const failed = errors.length > 0 || refusal !== undefined;
  const state: FormState = { lang, values, errors: groupErrors(lang, errors) };
  const office = escapeHtml(tenant.office);
  const service = escapeHtml(tenant.serviceName);
  const optional = text(lang, { id: 'Boleh dikosongkan.', en: 'Optional.' });
  const kecamatan = tenant.kecamatan.map((k) => ({ value: k, label: { id: k, en: k } }));
  const anonymity: Option[] = [
    { value: 'ya', label: { id: 'Ya, saya ingin anonim', en: 'Yes, keep me anonymous' } },
    { value: 'tidak', label: { id: 'Tidak, saya mengisi nama atau nomor HP', en: 'No, I will give my name or number' } },
  ];
  const dangerNote = `<p><strong>${text(lang, {
    id: 'Jika ada yang dalam bahaya sekarang, telepon 112 atau salah satu nomor di bawah ini. Jangan menunggu balasan formulir ini.',
    en: 'If anyone is in danger right now, call 112 or one of the numbers below. Do not wait for a reply to this form.',
  })}</strong></p>${renderHelpNumbers(lang, tenant)}`;

  const body = `${failed ? renderErrorSummary(lang, errors, refusal) : ''}
<h1>${text(lang, { id: 'Laporkan kekerasan terhadap perempuan dan anak', en: 'Report violence against women and children' })}</h1>
<p class="note danger"><a href="/${escapeHtml(tenant.id)}/darurat${lang === 'en' ? '?lang=en' : ''}" data-testid="press-link"><strong>${text(lang, {
    id: 'Dalam bahaya sekarang? Minta bantuan dengan satu tekan',
    en: 'In danger right now? Ask for help with one press',
  })}</strong></a></p>
<p>${text(lang, { id: 'Laporan ini diterima oleh', en: 'This report goes to' })} ${office} ${text(lang, { id: 'melalui layanan', en: 'through' })} ${service}.</p>
<p class="note">${text(lang, {
    id: 'Identitas Anda dan korban dirahasiakan. Semua data dienkripsi dan hanya petugas yang menangani laporan yang dapat membukanya. Anda boleh melapor tanpa nama.',
    en: "Your identity and the victim's are kept confidential. All data is encrypted and only the staff handling the report can open it. You may report without giving your name.",
  })}</p>
<form method="post" action="/${escapeHtml(tenant.id)}/lapor" autocomplete="off">
<input type="hidden" name="submissionId" value="${escapeHtml(submissionId)}">
<input type="hidden" name="lang" value="${lang}">
<div class="note danger">${radios(state, 'immediateDanger', options(DANGER_ANSWERS, DANGER_LABELS), { hint: dangerNote })}</div>
${radios(state, 'service', options(SERVICES, SERVICE_LABELS), { checked: 'pengaduan_kekerasan', required: true })}
${select(state, 'category', options(CATEGORIES, CATEGORY_LABELS), { id: 'Belum tahu / pilih nanti', en: 'Not sure / choose later' })}
${textArea(state, 'narrative', {
  required: true,
  hint: text(lang, {
    id: 'Ceritakan dengan kata-kata Anda sendiri: siapa, apa, kapan, di mana. Tulis sebanyak yang Anda mau.',
    en: 'In your own words: who, what, when, where. Write as much as you like.',
  }),
})}
<fieldset><legend>${text(lang, { id: 'Di mana dan kapan?', en: 'Where and when?' })}</legend>
${select(state, 'kecamatan', kecamatan, { id: 'Tidak tahu', en: 'Not sure' })}
${textInput(state, 'locationDetail', { hint: optional })}
${textInput(state, 'occurredDate', { type: 'date', hint: optional })}
${textInput(state, 'occurredDescription', { hint: text(lang, { id: 'Contoh: kemarin malam, sejak bulan lalu.', en: 'For example: last night, since last month.' }) })}
</fieldset>
<fieldset><legend>${text(lang, { id: 'Tentang korban', en: 'About the victim' })}</legend>
${select(state, 'victimAgeGroup', options(AGE_GROUPS, AGE_GROUP_LABELS), PICK)}
${radios(state, 'victimGender', options(GENDERS, GENDER_LABELS))}
${select(state, 'relationToReporter', options(RELATIONS, RELATION_LABELS), PICK)}
</fieldset>
<fieldset aria-describedby="h-victim-contact"><legend>${text(lang, { id: 'Kontak korban untuk penjangkauan', en: 'How to reach the victim' })}</legend>
<p class="hint" id="h-victim-contact">${text(lang, {
    id: 'Jika Anda bukan korban: isi hanya jika aman menghubungi korban (misalnya ponselnya tidak dipegang pelaku). Disimpan terenkripsi, terpisah dari data Anda. Boleh dikosongkan.',
    en: 'If you are not the victim: only if it is safe to contact them (for example, the abuser does not hold their phone). Stored encrypted, apart from your own details. Optional.',
  })}</p>
${textInput(state, 'victimName', { hint: optional })}
${textInput(state, 'victimPhone', { type: 'tel', hint: optional })}
${textInput(state, 'victimAddress', { hint: optional })}
</fieldset>
${radios(state, 'reporterRole', REPORTER_ROLE_CHOICES)}
<fieldset aria-describedby="h-volunteer"><legend>${text(lang, { id: 'Khusus relawan / pendamping', en: 'Volunteers and companions only' })}</legend>
<p class="hint" id="h-volunteer">${text(lang, {
    id: 'Petugas akan menghubungi Anda untuk menjangkau korban, jadi isi juga nama atau nomor HP Anda di bawah dan pilih "Tidak" untuk anonim. Disimpan terenkripsi bersama identitas Anda.',
    en: 'Staff will contact you to reach the victim, so also give your name or number below and choose "No" for anonymous. Stored encrypted with your identity.',
  })}</p>
${select(state, 'volunteerOrganisation', options(VOLUNTEER_ORGANISATIONS, VOLUNTEER_ORGANISATION_LABELS), PICK)}
${textInput(state, 'volunteerVillage', { hint: optional })}
</fieldset>
<fieldset aria-describedby="h-reporter"><legend>${text(lang, { id: 'Tentang Anda (pelapor)', en: 'About you (the reporter)' })}</legend>
<p class="hint" id="h-reporter">${text(lang, {
    id: 'Data ini hanya dipakai oleh petugas untuk menghubungi Anda dan disimpan terenkripsi. Jika Anda memilih anonim, isian di bawah ini tidak disimpan.',
    en: 'This is only used by the staff to contact you and is stored encrypted. If you choose to stay anonymous, the answers below are not kept.',
  })}</p>
${radios(state, 'anonymous', anonymity, { checked: 'ya' })}
${textInput(state, 'reporterName', { hint: optional })}
${textInput(state, 'reporterPhone', { type: 'tel', hint: text(lang, { id: 'Contoh: 0812xxxxxxx.', en: 'For example: 0812xxxxxxx.' }) })}
${textInput(state, 'reporterNik', { inputmode: 'numeric', hint: text(lang, { id: '16 angka. Boleh dikosongkan.', en: '16 digits. Optional.' }) })}
${textInput(state, 'reporterAddress', { hint: optional })}
</fieldset>
<fieldset><legend>${text(lang, { id: 'Persetujuan', en: 'Consent' })}</legend>
${checkbox(state, 'consent', { required: true })}
${checkbox(state, 'contactBack', { hint: text(lang, { id: 'Petugas boleh menghubungi Anda lewat nomor yang Anda isi.', en: 'Staff may contact you on the number you gave.' }) })}
</fieldset>
<button type="submit">${text(lang, { id: 'Kirim laporan', en: 'Send report' })}</button>
</form>
<p><a href="/${escapeHtml(tenant.id)}/status">${text(lang, { id: 'Sudah melapor? Cek status laporan', en: 'Already reported? Check the status' })}</a></p>`;

  return renderPage({
    lang,
    tenant,
    // A title that starts with "Error" is the first thing a screen reader announces after a failed submit.
    title: `${failed ? t(lang, { id: 'Kesalahan: ', en: 'Error: ' }) : ''}${pageTitle(lang, tenant, { id: 'Formulir', en: 'Form' })}`,
    body,
    // Before anything is typed: a private tab is chosen before the form is filled, not after.
    safetyNote: 'top',
  });
}
