/** One timeline entry of a case in words (pure): what happened, who did it, and a note's own text apart. */
import type { ReporterLaterAnswers, TimelineView } from '#shared/staff/timeline-page.js';
import { assessmentText, classificationText } from './case-work-text.js';
import { DATA_REQUEST_LABELS } from '#shared/thread/ready-texts.js';
import { CORRECTABLE_FIELD_LABELS, REFUSAL_LABELS } from '#shared/pdp/data-request-vocabulary.js';
import type { Labels } from './labels.js';
import { revealTimelineText } from './reveal-timeline-text.js';

export interface TimelineText {
  readonly text: string;
  /** A staff note's text, shown as written (its own paragraph). */
  readonly note?: string;
}

export function describeTimelineEntry(entry: TimelineView, labels: Labels): TimelineText {
  switch (entry.kind) {
    case 'received': {
      const by = entry.by ? `, dicatat oleh ${entry.by.name}` : '';
      const role = entry.reporterRole ? `. Pelapor: ${labels.text('reporterRole', entry.reporterRole)}` : '';
      return { text: `Laporan diterima lewat ${labels.text('channel', entry.channel)}${by}${role}.` };
    }
    case 'alert':
      return { text: `${labels.text('alertEvent', entry.event)}: ${labels.text('alertState', entry.state)}.` };
    case 'status': {
      const reason = entry.closingReason ? ` (${labels.text('closingReason', entry.closingReason)})` : '';
      const change = `${labels.text('status', entry.from)} → ${labels.text('status', entry.to)}`;
      const approved = entry.requestedBy ? `, menyetujui permintaan penutupan dari ${entry.requestedBy.name}` : '';
      return { text: `${entry.by.name} mengubah status: ${change}${reason}${approved}.`, note: entry.text };
    }
    case 'close_request':
      return {
        text: `${entry.by.name} meminta penutupan kasus (${labels.text('closingReason', entry.closingReason)}); menunggu persetujuan supervisor.`,
        note: entry.text,
      };
    case 'close_returned':
      return { text: `${entry.by.name} mengembalikan permintaan penutupan dari ${entry.requestedBy.name}. Alasan:`, note: entry.text };
    case 'reopened':
      return { text: `${entry.by.name} membuka kembali kasus (status ${labels.text('status', entry.to)}). Alasan:`, note: entry.text };
    case 'assignment':
      return {
        text: entry.assignee ? `${entry.by.name} menugaskan ${entry.assignee.name}.` : `${entry.by.name} melepas penugasan.`,
      };
    case 'note': {
      const action = entry.action ? ` (${labels.text('noteAction', entry.action)})` : '';
      return { text: `${entry.by.name} mencatat${action}:`, note: entry.text };
    }
    case 'reveal':
    case 'revealRequest':
    case 'revealDecision':
      return revealTimelineText(entry, labels);
    case 'addendum': {
      const files = entry.media.map((file) => `${labels.text('mediaKind', file.kind)}${file.caption ? ` ("${file.caption}")` : ''}`);
      const contact =
        entry.contactBack === true ? '; bersedia dihubungi kembali' : entry.contactBack === false ? '; tidak ingin dihubungi' : '';
      const added = [...(files.length ? [files.join(', ')] : []), ...laterAnswersText(entry.answers, labels)];
      const edited = entry.edited ? ` Pesan ${entry.edited.label}: "${entry.edited.text}".` : '';
      return { text: `Pelapor menambahkan${added.length ? ` ${added.join('; ')}` : ''}${contact}.${edited}` };
    }
    case 'classification':
      return classificationText(entry, labels);
    case 'assessment':
      return assessmentText(entry, labels);
    case 'message':
      return { text: `${entry.by.name} menulis kepada pelapor:`, note: entry.text };
    case 'reply':
      return { text: `Pelapor membalas${entry.afterClose ? ' (setelah kasus ditutup)' : ''}:`, note: entry.text };
    case 'dataRequest':
      return {
        text: `Pelapor meminta ${DATA_REQUEST_LABELS[entry.request]} (UU PDP); pemrosesan dibatasi dalam 3 × 24 jam.`,
        note: entry.text,
      };
    case 'service':
      return {
        text: `${entry.by.name} mencatat layanan ${labels.text('serviceGiven', entry.service)} (${entry.date}) oleh ${entry.providedBy} di ${entry.place}.`,
        note: entry.note,
      };
    case 'referral':
      return {
        text: `${entry.by.name} merujuk ke ${entry.partner.name}${entry.shareDetails ? ', dengan data korban' : ''}${entry.overridden ? ' (tanpa persetujuan, keputusan supervisor)' : ''}.${entry.linkedCase ? ` Kasus baru di ${entry.linkedCase.tenantId}: ${entry.linkedCase.reference}.` : ''}`,
        note: entry.overrideReason ? `${entry.purpose}\nAlasan: ${entry.overrideReason}` : entry.purpose,
      };
    case 'referralStatus':
      return { text: `Rujukan: ${entry.from} → ${entry.to} (${entry.date}).`, note: entry.reason };
    case 'policeReferralDeclined':
      return { text: `${entry.by.name} mencatat: korban menolak dirujuk ke polisi (UU TPKS).` };
    case 'plan':
      return { text: `${entry.by.name} menetapkan tindak lanjut ${entry.dueDate}:`, note: entry.nextStep };
    case 'acknowledgement':
      return { text: `${entry.by.name} menangani kasus ini ("Saya tangani").` };
    case 'alertRecipients': {
      const names = entry.to.map((person) => person.name).join(', ');
      const nobody = entry.nobodyOnCall ? ' Tidak ada petugas jaga saat itu: dikirim ke supervisor.' : '';
      return { text: `SMS dikirim ke ${names || 'topik kabupaten'}.${nobody}` };
    }
    case 'hold':
      return { text: `${entry.by.name} ${entry.held ? 'menahan' : 'melepas penahanan'} kasus ini (${labels.text('holdReasonKind', entry.reasonKind)}).`, note: entry.reason };
    case 'retention':
      return {
        text: `Data pribadi dimusnahkan ${'erasureRequest' in entry.rule ? 'atas permintaan penghapusan pelapor (UU PDP)' : `sesuai masa retensi ${entry.rule.personalDataYears} tahun setelah penutupan`}: ${entry.sealedParts} bagian tersegel, ${entry.files} berkas.`,
      };
    case 'dataRequestDecision':
      return dataRequestDecisionText(entry);
    case 'erased':
      return { text: `${entry.by ? `${entry.by.name}: ` : ''}isi catatan ini sudah dimusnahkan (retensi).` };
    default:
      // A kind this console does not know yet (a newer server): name it rather than hide it.
      return { text: (entry as { readonly kind: string }).kind };
  }
}

/** What an early-filed reporter answered later, in the order the conversation asks it. */
function laterAnswersText(answers: ReporterLaterAnswers | undefined, labels: Labels): string[] {
  if (!answers) return [];
  const occurred = [answers.occurred?.date, answers.occurred?.description].filter(Boolean).join(', ');
  const victim = answers.victim;
  return [
    ...(answers.narrative?.length ? [`cerita: "${answers.narrative.join(' ')}"`] : []),
    ...(answers.kecamatan ? [`kecamatan ${answers.kecamatan}`] : []),
    ...(answers.placeDetail?.length ? [`tempat: "${answers.placeDetail.join(' ')}"`] : []),
    ...(occurred ? [`waktu kejadian: ${occurred}`] : []),
    ...(victim && (victim.ageGroup || victim.gender || victim.relation)
      ? [
          `korban: ${[
            victim.ageGroup && labels.text('ageGroup', victim.ageGroup),
            victim.gender && labels.text('gender', victim.gender),
            victim.relation && labels.text('relation', victim.relation),
          ]
            .filter(Boolean)
            .join(', ')}`,
        ]
      : []),
  ];
}

function dataRequestDecisionText(entry: Extract<TimelineView, { kind: 'dataRequestDecision' }>): TimelineText {
  const refusal = entry.refusal ? ` (${REFUSAL_LABELS[entry.refusal]}${entry.holdReasonKind ? `: ${entry.holdReasonKind}` : ''})` : '';
  const exported = entry.exportedTo ? (entry.exportedTo === 'desk' ? '; salinan diunduh di kantor' : '; salinan dikirim ke kotak pesan pelapor') : '';
  const corrections = (entry.corrections ?? []).map((c) => `${CORRECTABLE_FIELD_LABELS[c.field]}: ${c.value}`);
  const note = [...corrections, ...(entry.reason ? [entry.reason] : [])].join('\n') || undefined;
  return {
    text: `${entry.by.name} ${entry.outcome === 'granted' ? 'menyetujui' : 'menolak'} permintaan ${DATA_REQUEST_LABELS[entry.request]} (UU PDP)${refusal}${exported}.`,
    note,
  };
}
