/**
 * The building blocks of what the service says (reply buttons for up to three answers, else a list): each
 * step's own question is part of its definition in steps.ts.
 */
import { formatLongLocal } from '../../domain/local-time.js';
import {
  AGE_GROUP_LABELS,
  DANGER_LABELS,
  GENDER_LABELS,
  type Language,
  RELATION_LABELS,
  SERVICE_LABELS,
} from '../../domain/vocabulary.js';
import { NATIONAL_EMERGENCY_NUMBERS, type Tenant } from '../../tenancy/tenant.js';
import type { Conversation } from './conversation.js';
import { LIMITS, type ListRow, type OutgoingMessage } from './outgoing-message.js';
import { say, type Text, TEXTS } from './texts.js';
import { MEDIA_KINDS, type MediaKind } from './webhook-payload.js';

export const CHOICE = {
  service: 'svc:',
  narrativeDone: 'narr:done',
  kecamatan: 'kec:',
  kecamatanPage: 'kecpage:',
  kecamatanUnknown: 'kec?',
  placeSkip: 'place:skip',
  when: 'when:',
  age: 'age:',
  gender: 'gender:',
  relation: 'rel:',
  danger: 'danger:',
  dangerNow: 'now:',
  anonymous: 'id:anon',
  contactMe: 'id:wa',
  nameSkip: 'name:skip',
  agree: 'consent:yes',
  disagree: 'consent:no',
  send: 'confirm:send',
  cancel: 'cmd:cancel',
  restart: 'cmd:restart',
  status: 'cmd:status',
  english: 'lang:en',
  indonesian: 'lang:id',
} as const;

/** Kecamatan rows per list page: 10 rows at most, less one for "other…" and one for "not sure". */
export const KECAMATAN_PAGE_SIZE = 8;

/** For a reporter whose language is not known (it is in a draft not opened or lost): Indonesian, then English. */
export const bothLanguages = (t: Text): OutgoingMessage => ({ kind: 'text', text: `${t.id}\n\n${t.en}` });

/** A plain text message in the reporter's language. */
export const textMessage = (lang: Language, t: Text): OutgoingMessage => ({ kind: 'text', text: say(lang, t) });
/** A question with up to three reply buttons: `[id, title]` each. */
export const buttons = (lang: Language, body: Text, options: readonly (readonly [string, Text])[]): OutgoingMessage => ({
  kind: 'buttons',
  text: say(lang, body),
  buttons: options.map(([id, title]) => ({ id, title: say(lang, title) })),
});

/** A question with one list of rows to pick from (a list holds ten rows at most). */
export const listQuestion = (lang: Language, body: Text, button: Text, section: Text, rows: ListRow[]): OutgoingMessage => ({
  kind: 'list',
  text: say(lang, body),
  button: say(lang, button),
  sections: [{ title: say(lang, section), rows }],
});

/** A label as a list row: long labels keep their first part as the title and go whole into the description. */
export function row(id: string, label: string): ListRow {
  if (label.length <= LIMITS.rowTitle) return { id, title: label };
  return { id, title: label.split(' (')[0]?.slice(0, LIMITS.rowTitle) ?? label.slice(0, LIMITS.rowTitle), description: label };
}

export function greeting(tenant: Tenant, lang: Language): OutgoingMessage[] {
  return [
    servicePrompt(lang, TEXTS.greeting(tenant.serviceName, tenant.displayName)),
    {
      kind: 'list',
      text: say(lang, TEXTS.moreOptions),
      button: say(lang, TEXTS.moreOptionsButton),
      sections: [
        {
          title: say(lang, TEXTS.moreOptionsSection),
          rows: [
            { id: `${CHOICE.service}pendampingan_hukum`, title: say(lang, SERVICE_LABELS.pendampingan_hukum) },
            { id: CHOICE.status, title: say(lang, TEXTS.checkStatusRow) },
            { id: lang === 'id' ? CHOICE.english : CHOICE.indonesian, title: say(lang, TEXTS.otherLanguageRow) },
          ],
        },
      ],
    },
  ];
}

/** The three most asked-for services as reply buttons under the given text. */
export function servicePrompt(lang: Language, body: Text): OutgoingMessage {
  return buttons(lang, body, [
    [`${CHOICE.service}pengaduan_kekerasan`, { id: 'Lapor kekerasan', en: 'Report violence' }],
    [`${CHOICE.service}konsultasi`, SERVICE_LABELS.konsultasi],
    [`${CHOICE.service}konseling`, { id: 'Konseling', en: 'Counselling' }],
  ]);
}

export function kecamatanList(tenant: Tenant, lang: Language, page: number, question: Text): OutgoingMessage {
  const pages = Math.ceil(tenant.kecamatan.length / KECAMATAN_PAGE_SIZE);
  const current = Math.min(Math.max(page, 0), pages - 1);
  const names = tenant.kecamatan.slice(current * KECAMATAN_PAGE_SIZE, (current + 1) * KECAMATAN_PAGE_SIZE);
  const rows: ListRow[] = names.map((name) => row(`${CHOICE.kecamatan}${name}`, name));
  if (pages > 1) rows.push({ id: `${CHOICE.kecamatanPage}${(current + 1) % pages}`, title: say(lang, TEXTS.kecamatanMore) });
  rows.push({ id: CHOICE.kecamatanUnknown, title: say(lang, TEXTS.kecamatanUnknown) });
  return {
    kind: 'list',
    text: say(lang, question),
    button: say(lang, TEXTS.kecamatanButton),
    sections: [{ title: `${say(lang, TEXTS.kecamatanSection)} ${current + 1}/${pages}`, rows }],
  };
}

/** 112, the police, SAPA 129 and the tenant's own lines: sent at once when someone is in danger. */
export function emergencyNumbers(tenant: Tenant, lang: Language): OutgoingMessage {
  const lines = [
    ...NATIONAL_EMERGENCY_NUMBERS.map((n) => `• ${n.label[lang]}: ${n.number}`),
    ...tenant.hotlines.map((h) => `• ${h.label}: ${h.number} (${h.hours})`),
  ].join('\n');
  return textMessage(lang, TEXTS.emergencyNumbers(lines));
}

export function tenantHotline(tenant: Tenant): string {
  const first = tenant.hotlines[0];
  return first ? `${first.label} ${first.number}` : tenant.office;
}

/** A line to call, for a reporter already writing to the tenant's WhatsApp: its WhatsApp lines are this chat. */
export function callableHotline(tenant: Tenant): string | undefined {
  const line = tenant.hotlines.find((hotline) => hotline.kind !== 'whatsapp');
  return line ? `${line.label} ${line.number}` : undefined;
}

const SUMMARY_STORY_CHARS = 600;

/** The summary a reporter confirms: their own answers, back to them in their chat (plain text, ≤ 4,096). */
export function summary(tenant: Tenant, c: Conversation): string {
  const { lang } = c;
  const unknown = say(lang, TEXTS.summaryUnknown);
  const story = c.narrative.join(' / ');
  const counts = mediaCounts(c, lang);
  const place = [c.kecamatan ? `Kec. ${c.kecamatan}` : undefined, ...c.placeDetail].filter(Boolean).join(', ');
  const when = c.occurred?.date
    ? formatDate(c.occurred.date, tenant, lang)
    : (c.occurred?.description ?? unknown);
  const victim = [
    c.victim.ageGroup ? say(lang, AGE_GROUP_LABELS[c.victim.ageGroup]) : undefined,
    c.victim.gender ? say(lang, GENDER_LABELS[c.victim.gender]) : undefined,
    c.victim.relation ? say(lang, RELATION_LABELS[c.victim.relation]) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const reporter = c.anonymous
    ? say(lang, TEXTS.summaryAnonymous)
    : [c.name, say(lang, TEXTS.summaryContact)].filter(Boolean).join(', ');
  const line = (label: Text, value: string) => `${say(lang, label)}: ${value}`;
  return [
    say(lang, TEXTS.summaryTitle),
    line(TEXTS.summaryService, c.service ? say(lang, SERVICE_LABELS[c.service]) : unknown),
    line(
      TEXTS.summaryStory,
      story.length > SUMMARY_STORY_CHARS ? `${story.slice(0, SUMMARY_STORY_CHARS)}…` : story || unknown,
    ),
    ...(counts ? [line(TEXTS.summaryAttachments, counts)] : []),
    line(TEXTS.summaryPlace, place || unknown),
    line(TEXTS.summaryWhen, when),
    line(TEXTS.summaryVictim, victim || unknown),
    line(TEXTS.summaryDanger, c.danger ? say(lang, DANGER_LABELS[c.danger]) : unknown),
    line(TEXTS.summaryReporter, reporter),
  ].join('\n');
}

function mediaCounts(c: Conversation, lang: Language): string {
  const counts = new Map<string, number>();
  for (const kind of MEDIA_KINDS) {
    for (const note of c.media.filter((m) => m.kind === kind)) {
      const noun = say(lang, mediaNoun(note)).toLowerCase();
      counts.set(noun, (counts.get(noun) ?? 0) + 1);
    }
  }
  return [...counts].map(([noun, count]) => `${count} ${noun}`).join(', ');
}

function formatDate(isoDate: string, tenant: Tenant, lang: Language): string {
  return formatLongLocal(new Date(`${isoDate}T12:00:00Z`), tenant.timeZone, lang).split(/ pukul | at /)[0] ?? isoDate;
}

/** What a file is called: an audio file that is not a recorded voice note (`voice: false`) is an audio file. */
export function mediaNoun(note: { readonly kind: MediaKind; readonly voice?: boolean }): Text {
  if (note.kind === 'audio' && note.voice === false) return TEXTS.audioFile;
  return { image: TEXTS.photo, audio: TEXTS.voiceNote, video: TEXTS.video, document: TEXTS.document }[note.kind];
}
