/** The question each step asks, as WhatsApp messages (reply buttons for up to three answers, else a list). */
import { formatLongLocal } from '../../domain/local-time.js';
import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  DANGER_LABELS,
  GENDER_LABELS,
  type Language,
  RELATION_LABELS,
  RELATIONS,
  SERVICE_LABELS,
} from '../../domain/vocabulary.js';
import { NATIONAL_EMERGENCY_NUMBERS, type Tenant } from '../../tenancy/tenant.js';
import type { Conversation, Step } from './conversation.js';
import { LIMITS, type ListRow, type OutgoingMessage } from './outgoing-message.js';
import { say, type Text, TEXTS, WHEN_CHOICES } from './texts.js';
import type { MediaKind } from './webhook-payload.js';

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

/** A plain text message in the reporter's language. */
export const textMessage = (lang: Language, t: Text): OutgoingMessage => ({ kind: 'text', text: say(lang, t) });
const buttons = (lang: Language, body: Text, options: readonly (readonly [string, Text])[]): OutgoingMessage => ({
  kind: 'buttons',
  text: say(lang, body),
  buttons: options.map(([id, title]) => ({ id, title: say(lang, title) })),
});

/** A label as a list row: long labels keep their first part as the title and go whole into the description. */
function row(id: string, label: string): ListRow {
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

/** The question of a step (none for `done`, which waits for the reporter to start again). */
export function promptFor(tenant: Tenant, conversation: Conversation, step: Step = conversation.step): OutgoingMessage[] {
  const { lang } = conversation;
  switch (step) {
    case 'menu':
      return greeting(tenant, lang);
    case 'narrative':
      return [
        buttons(lang, conversation.service === 'pengaduan_kekerasan' ? TEXTS.narrativeReport : TEXTS.narrativeOther, [
          [CHOICE.narrativeDone, TEXTS.done],
        ]),
      ];
    case 'kecamatan':
      return [kecamatanList(tenant, lang, conversation.kecamatanPage, TEXTS.kecamatanQuestion(tenant.displayName))];
    case 'place':
      return [buttons(lang, TEXTS.placeQuestion, [[CHOICE.placeSkip, TEXTS.skip]])];
    case 'when':
      return [
        {
          kind: 'list',
          text: say(lang, TEXTS.whenQuestion),
          button: say(lang, TEXTS.whenButton),
          sections: [
            {
              title: say(lang, TEXTS.whenSection),
              rows: Object.entries(WHEN_CHOICES).map(([key, label]) => row(`${CHOICE.when}${key}`, say(lang, label))),
            },
          ],
        },
      ];
    case 'victim_age':
      return [
        {
          kind: 'list',
          text: say(lang, TEXTS.victimAgeQuestion),
          button: say(lang, TEXTS.victimAgeButton),
          sections: [
            {
              title: say(lang, TEXTS.victimAgeSection),
              rows: AGE_GROUPS.map((group) => row(`${CHOICE.age}${group}`, say(lang, AGE_GROUP_LABELS[group]))),
            },
          ],
        },
      ];
    case 'victim_gender':
      return [
        buttons(lang, TEXTS.victimGenderQuestion, [
          [`${CHOICE.gender}perempuan`, GENDER_LABELS.perempuan],
          [`${CHOICE.gender}laki_laki`, GENDER_LABELS.laki_laki],
          [`${CHOICE.gender}tidak_tahu`, GENDER_LABELS.tidak_tahu],
        ]),
      ];
    case 'relation':
      return [
        {
          kind: 'list',
          text: say(lang, TEXTS.relationQuestion),
          button: say(lang, TEXTS.relationButton),
          sections: [
            {
              title: say(lang, TEXTS.relationSection),
              rows: RELATIONS.map((relation) => row(`${CHOICE.relation}${relation}`, say(lang, RELATION_LABELS[relation]))),
            },
          ],
        },
      ];
    case 'danger':
      return [
        buttons(lang, TEXTS.dangerQuestion(tenant.displayName), [
          [`${CHOICE.danger}ya`, TEXTS.dangerYes],
          [`${CHOICE.danger}tidak`, DANGER_LABELS.tidak],
          [`${CHOICE.danger}tidak_tahu`, DANGER_LABELS.tidak_tahu],
        ]),
      ];
    case 'identity':
      return [
        buttons(lang, TEXTS.identityQuestion, [
          [CHOICE.anonymous, TEXTS.anonymous],
          [CHOICE.contactMe, TEXTS.contactMe],
        ]),
      ];
    case 'name':
      return [buttons(lang, TEXTS.nameQuestion, [[CHOICE.nameSkip, TEXTS.skip]])];
    case 'consent':
      return [
        buttons(lang, TEXTS.consentQuestion(tenant.office), [
          [CHOICE.agree, TEXTS.agree],
          [CHOICE.disagree, TEXTS.disagree],
        ]),
      ];
    case 'confirm':
      return [
        { kind: 'text', text: summary(tenant, conversation) },
        buttons(lang, conversation.caseRef ? TEXTS.confirmAddendumQuestion : TEXTS.confirmQuestion, [
          [CHOICE.send, TEXTS.send],
          [CHOICE.restart, TEXTS.restartButton],
          [CHOICE.cancel, TEXTS.cancelButton],
        ]),
      ];
    case 'status':
      return [textMessage(lang, TEXTS.statusQuestion)];
    case 'done':
      return [];
  }
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
  return MEDIA_KINDS.map((kind) => [kind, c.media.filter((m) => m.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${say(lang, mediaNoun(kind)).toLowerCase()}`)
    .join(', ');
}

const MEDIA_KINDS = ['image', 'audio', 'video', 'document'] as const satisfies readonly MediaKind[];

function formatDate(isoDate: string, tenant: Tenant, lang: Language): string {
  return formatLongLocal(new Date(`${isoDate}T12:00:00Z`), tenant.timeZone, lang).split(/ pukul | at /)[0] ?? isoDate;
}

export function mediaNoun(kind: MediaKind): Text {
  return { image: TEXTS.photo, audio: TEXTS.voiceNote, video: TEXTS.video, document: TEXTS.document }[kind];
}
