/**
 * The case's data-subject requests (UU PDP): each with its 3 × 24 h clock (past it: marked, like an overdue
 * follow-up), a form to record one asked at the desk, and for supervisors the decision: grant (a copy, the
 * corrected parts, or the erasure) or refuse with a reason. A desk copy downloads at once; the decision and
 * the download are on the case's history.
 */
import type { DataRequestState } from '#shared/pdp/data-requests.js';
import type { DataRequestDecisionResult } from '#shared/pdp/decide-data-request.js';
import { CORRECTABLE_FIELD_LABELS, CORRECTABLE_FIELDS, REFUSAL_LABELS } from '#shared/pdp/data-request-vocabulary.js';
import type { CaseView } from '#shared/staff/view-case.js';
import type { DataRequestKind } from '#shared/staff/timeline.js';
import { DATA_REQUEST_LABELS } from '#shared/thread/ready-texts.js';
import { choice, field, section, timeEl } from '../controls.js';
import { confirmStep } from '../confirm-step.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

// The labels name every kind; importing the server's list would bundle zod into the console.
const KIND_OPTIONS = (Object.keys(DATA_REQUEST_LABELS) as DataRequestKind[]).map((kind) => [kind, DATA_REQUEST_LABELS[kind]] as const);

export function dataRequestsSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const list = h('ol', { class: 'data-requests', 'data-testid': 'data-requests' });
  const status = h('p', { text: 'Memuat permintaan data…' });
  void ctx.api.dataRequests(c.caseId).then(
    ({ requests }) => {
      status.textContent = requests.length ? '' : 'Belum ada permintaan data pribadi.';
      list.append(...requests.map((request) => requestItem(ctx, c, request, actions)));
    },
    (error: unknown) => {
      status.textContent = 'Permintaan data tidak dapat dimuat.';
      ctx.frame.fail(error);
    },
  );
  return section('h-data-requests', 'Permintaan data pribadi (UU PDP)', [status, list, deskForm(ctx, c, actions)]);
}

function requestItem(ctx: ViewContext, c: CaseView, request: DataRequestState, actions: CaseActions): HTMLLIElement {
  const decided = request.decision;
  const source = request.source === 'desk' ? `dicatat di kantor oleh ${request.recordedBy?.name ?? 'petugas'}` : 'dari kotak pesan pelapor';
  const label = DATA_REQUEST_LABELS[request.kind];
  const head = h('p', null, [h('strong', { text: label.charAt(0).toUpperCase() + label.slice(1) }), ` (${source}), diterima `, timeEl(ctx, request.at), '. ']);
  if (decided) {
    const refusal = decided.refusal ? `: ${REFUSAL_LABELS[decided.refusal]}${decided.holdReasonKind ? ` (${decided.holdReasonKind})` : ''}` : '';
    head.append(`${decided.outcome === 'granted' ? 'Disetujui' : 'Ditolak'}${refusal} oleh ${decided.by.name}, `, timeEl(ctx, decided.at), '.');
    return h('li', { class: 'decided' }, [head]);
  }
  head.append(
    h('span', { class: request.overdue ? 'overdue' : 'pending', 'data-testid': 'data-request-clock' }, [
      request.overdue ? 'Lewat batas 3 × 24 jam sejak ' : 'Putuskan paling lambat ',
      timeEl(ctx, request.overdue ? request.at : request.dueAt),
      '.',
    ]),
  );
  const supervisor = ctx.session.staff.role === 'supervisor';
  return h('li', { class: request.overdue ? 'open overdue' : 'open' }, [
    head,
    supervisor ? decisionForm(ctx, c, request, actions) : h('p', { text: 'Menunggu keputusan supervisor.' }),
  ]);
}

function decisionForm(ctx: ViewContext, c: CaseView, request: DataRequestState, actions: CaseActions): HTMLFormElement {
  const id = (name: string) => `dr-${request.id}-${name}`;
  const outcome = choice(id('outcome'), 'outcome', [['granted', 'Setujui'], ['refused', 'Tolak']] as const);
  const refusal = choice(id('refusal'), 'refusal', [
    ['identitas_tidak_terverifikasi', REFUSAL_LABELS.identitas_tidak_terverifikasi],
    ['lainnya', REFUSAL_LABELS.lainnya],
  ] as const);
  const reason = h('textarea', { id: id('reason'), name: 'reason', maxlength: String(ctx.noteMaxLength) });
  const part = choice(id('field'), 'field', CORRECTABLE_FIELDS.map((code) => [code, CORRECTABLE_FIELD_LABELS[code]] as const));
  const value = h('textarea', { id: id('value'), name: 'value', maxlength: '1000' });
  const form = h('form', { class: 'data-request-decision' }, [
    field('Keputusan', outcome.element, WHAT_GRANTING_DOES[request.kind]),
    ...(request.kind === 'correction' ? [field('Bagian yang diperbaiki', part.element), field('Data yang benar', value, 'Disimpan terenkripsi.')] : []),
    field('Alasan penolakan', refusal.element),
    field('Catatan alasan', reason, 'Wajib bila ditolak. Disimpan terenkripsi; pelapor hanya membaca jenis alasannya.'),
    h('button', { type: 'submit', text: 'Simpan keputusan' }),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const granted = outcome.value() === 'granted';
    if (granted && request.kind === 'erasure') {
      const confirmed = await confirmStep({
        title: 'Hapus data pribadi kasus ini?',
        text: `Data pribadi kasus ${c.reference} (laporan, identitas, catatan, berkas) dimusnahkan permanen dalam 30 menit, kecuali kasus ditahan atau ada kewajiban hukum.`,
        confirm: 'Ya, setujui penghapusan',
      });
      if (!confirmed) return;
    }
    const text = reason.value.trim();
    const body = {
      outcome: outcome.value(),
      ...(granted ? {} : { refusal: refusal.value(), reason: text }),
      ...(granted && text ? { reason: text } : {}),
      ...(granted && request.kind === 'correction' ? { corrections: [{ field: part.value(), value: value.value.trim() }] } : {}),
    };
    await actions.change(async (expectedVersion) => {
      const decided = await ctx.api.decideDataRequest(c.caseId, request.id, { ...body, expectedVersion });
      if (decided.export) downloadCopy(c.reference, decided);
      return decided;
    }, 'Keputusan tersimpan; pelapor mendapat jawaban netral di kotak pesannya.');
  });
  return form;
}

const WHAT_GRANTING_DOES: Readonly<Record<DataRequestState['kind'], string>> = {
  copy: 'Disetujui: salinan data yang diberikan pelapor (tanpa catatan petugas) masuk ke kotak pesannya, atau terunduh di sini untuk permintaan di kantor.',
  correction: 'Disetujui: perbaikan tercatat terenkripsi di riwayat kasus.',
  erasure: 'Disetujui: data pribadi dimusnahkan permanen oleh proses retensi berikutnya, kecuali kasus ditahan atau terikat kewajiban hukum (UU TPKS).',
};

/** A desk copy goes straight to the supervisor's downloads (the decision on the history records it). */
function downloadCopy(reference: string, decided: DataRequestDecisionResult): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(decided.export, null, 2)], { type: 'application/json' }));
  const link = h('a', { href: url, download: `salinan-data-${reference}.json` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function deskForm(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLFormElement {
  const kind = choice('desk-request-kind', 'request', KIND_OPTIONS);
  const text = h('textarea', { id: 'desk-request-text', name: 'text', maxlength: '1000' });
  const form = h('form', null, [
    h('h3', { text: 'Catat permintaan yang datang ke kantor' }),
    field('Jenis permintaan', kind.element),
    field('Yang diminta (tidak wajib)', text, 'Kata-kata pemohon; disimpan terenkripsi.'),
    h('button', { type: 'submit', class: 'secondary', text: 'Catat permintaan di kantor' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const words = text.value.trim();
    void actions.change(
      (expectedVersion) => ctx.api.recordDataRequest(c.caseId, { request: kind.value(), ...(words ? { text: words } : {}), expectedVersion }),
      'Permintaan tercatat; supervisor memutuskannya dalam 3 × 24 jam.',
    );
  });
  return form;
}
