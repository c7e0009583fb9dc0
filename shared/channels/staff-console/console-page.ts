/**
 * `GET /staff`: one static page that holds the whole console (shared/channels/staff-console/console-script.ts).
 * It carries no case data and needs no token: everything it shows comes from the staff API afterwards.
 */
import { CLOSING_REASON_LABELS } from '../../domain/case-path.js';
import {
  AGE_GROUP_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DANGER_LABELS,
  GENDER_LABELS,
  RELATION_LABELS,
  SERVICE_LABELS,
  STATUS_LABELS,
} from '../../domain/vocabulary.js';
import { REPORTER_ROLE_LABELS, VOLUNTEER_ORGANISATION_LABELS } from '../../intake/reporter-role.js';
import { NOTE_MAX_LENGTH } from '../../staff/add-case-note.js';
import { NOTE_ACTION_LABELS } from '../../staff/timeline.js';
import { sha256 } from '../web/page-layout.js';
import { CONSOLE_SCRIPT } from './console-script.js';
import type { ConsoleSignIn } from './console-sign-in.js';
import { CONSOLE_STYLE } from './console-style.js';

export const STAFF_API_BASE = '/api/v1/staff';

type Labels = Readonly<Record<string, { readonly id: string }>>;
const indonesian = (labels: Labels) => Object.fromEntries(Object.entries(labels).map(([code, text]) => [code, text.id]));

/** Staff read Bahasa Indonesia; the labels come from the one vocabulary the rest of the product uses. */
const LABELS = {
  status: indonesian(STATUS_LABELS),
  category: indonesian(CATEGORY_LABELS),
  channel: indonesian(CHANNEL_LABELS),
  service: indonesian(SERVICE_LABELS),
  ageGroup: indonesian(AGE_GROUP_LABELS),
  gender: indonesian(GENDER_LABELS),
  relation: indonesian(RELATION_LABELS),
  danger: indonesian(DANGER_LABELS),
  closingReason: indonesian(CLOSING_REASON_LABELS),
  noteAction: indonesian(NOTE_ACTION_LABELS),
  reporterRole: indonesian(REPORTER_ROLE_LABELS),
  volunteerOrganisation: indonesian(VOLUNTEER_ORGANISATION_LABELS),
  urgency: { DARURAT: 'DARURAT', TINGGI: 'Tinggi', NORMAL: 'Normal' },
  role: { responder: 'Petugas', supervisor: 'Supervisor' },
  alertEvent: {
    received: 'SMS kasus baru ke petugas jaga',
    overdue: 'SMS eskalasi: belum diasesmen',
    overdueSupervisor: 'SMS eskalasi ke supervisor',
  },
  alertState: { sent: 'terkirim', cancelled: 'dibatalkan karena kasus sudah diasesmen' },
  mediaKind: { image: 'foto', audio: 'pesan suara', video: 'video', document: 'dokumen' },
};

export interface ConsolePage {
  readonly html: string;
  /** Only the hashed script and style run; the API and the token endpoint are all it may connect to. */
  readonly csp: string;
}

export function renderConsolePage(signIn: ConsoleSignIn): ConsolePage {
  const config = { apiBase: STAFF_API_BASE, signIn, labels: LABELS, noteMaxLength: NOTE_MAX_LENGTH };
  // `<` escaped so that no value can close the data block.
  const configJson = JSON.stringify(config).replaceAll('<', '\\u003c');
  const html = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Konsol petugas · Lapor Aman</title>
<link rel="icon" href="data:,">
<style>${CONSOLE_STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Langsung ke isi</a>
<header class="top">
<span class="brand">Lapor Aman · Petugas</span>
<nav id="nav" aria-label="Menu konsol"></nav>
<span class="who" id="who"></span>
</header>
<div id="status" role="status"></div>
<div id="alert" role="alert"></div>
<main id="main" tabindex="-1">
<h1>Konsol petugas</h1>
<noscript><p>Konsol petugas memerlukan JavaScript. Formulir laporan untuk masyarakat tetap bekerja tanpa JavaScript.</p></noscript>
</main>
<script type="application/json" id="console-config">${configJson}</script>
<script>${CONSOLE_SCRIPT}</script>
</body>
</html>
`;
  return { html, csp: consoleCsp(signIn) };
}

function consoleCsp(signIn: ConsoleSignIn): string {
  const tokenOrigin = absoluteOrigin(signIn.tokenUrl);
  return [
    "default-src 'none'",
    `script-src ${sha256(CONSOLE_SCRIPT)}`,
    `style-src ${sha256(CONSOLE_STYLE)}`,
    `connect-src 'self'${tokenOrigin ? ` ${tokenOrigin}` : ''}`,
    "img-src 'self' data:",
    "form-action 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    // No HTML sink may take a string at all: the client only ever builds DOM nodes.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/** The origin of an absolute URL (the cloud token endpoint); undefined for a same-origin path. */
function absoluteOrigin(url: string): string | undefined {
  return /^https?:\/\//.test(url) ? new URL(url).origin : undefined;
}
