/**
 * A report taken down at the office's desk. The person at the desk gets the reference and tracking code
 * from staff; a resend of the same form (same submission id) answers with the same report, not a second.
 */
import type { WalkInReceipt } from '#shared/staff/enter-walk-in-report.js';
import { choice, definitionList, field, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { caseHash } from '../router.js';
import { walkInDeadlineText } from '../sla-text.js';
import type { ViewContext } from '../view-context.js';
import { walkInBody } from '../walk-in-body.js';
import { receiptCard } from './walk-in-receipt.js';

export function showWalkIn(ctx: ViewContext): void {
  const { labels } = ctx;
  const submissionId = crypto.randomUUID();
  const text = (id: string, name: string, attrs: Record<string, string> = {}) =>
    h('input', { type: 'text', id, name, autocomplete: 'off', ...attrs });
  const kecamatan = ctx.session.tenant.kecamatan.map((k) => [k, k] as const);
  const controls = {
    reporterRole: choice('w-role', 'reporterRole', labels.options('reporterRole'), undefined, '— Pilih —'),
    service: choice('w-service', 'service', labels.options('service'), 'pengaduan_kekerasan'),
    category: choice('w-category', 'category', labels.options('category'), undefined, 'Belum tahu'),
    urgency: choice('w-urgency', 'urgency', labels.options('urgency'), undefined, 'Dari isi laporan (triase)'),
    immediateDanger: choice('w-danger', 'immediateDanger', labels.options('danger'), 'tidak_tahu'),
    narrative: h('textarea', { id: 'w-narrative', name: 'narrative', required: true, maxlength: '20000' }),
    kecamatan: choice('w-kecamatan', 'kecamatan', kecamatan, undefined, 'Tidak tahu'),
    locationDetail: text('w-place', 'locationDetail', { maxlength: '500' }),
    occurred: text('w-when', 'occurred', { maxlength: '200' }),
    ageGroup: choice('w-age', 'ageGroup', labels.options('ageGroup'), 'tidak_tahu'),
    gender: choice('w-gender', 'gender', labels.options('gender'), 'tidak_tahu'),
    relation: choice('w-relation', 'relationToReporter', labels.options('relation'), 'lainnya'),
    reporterName: text('w-name', 'reporterName', { maxlength: '120' }),
    reporterPhone: text('w-phone', 'reporterPhone', { inputmode: 'tel' }),
    victimPhone: text('w-victim-phone', 'victimPhone', { inputmode: 'tel' }),
    victimAddress: text('w-victim-address', 'victimAddress', { maxlength: '500' }),
  };
  controls.reporterRole.element.required = true;
  const consent = h('input', { type: 'checkbox', id: 'w-consent', name: 'consent', required: true });
  const contactBack = h('input', { type: 'checkbox', id: 'w-contact-back', name: 'contactBack' });
  const form = h('form', { class: 'grid' }, [
    field('Siapa pelapor?', controls.reporterRole.element),
    field('Layanan', controls.service.element),
    field('Apa yang terjadi?', controls.narrative, 'Tulis dengan kata-kata pelapor.'),
    field('Kategori', controls.category.element),
    field('Urgensi', controls.urgency.element),
    field('Ada yang dalam bahaya sekarang?', controls.immediateDanger.element),
    field('Kecamatan', controls.kecamatan.element),
    field('Desa / tempat kejadian', controls.locationDetail),
    field('Kapan terjadi?', controls.occurred),
    field('Usia korban', controls.ageGroup.element),
    field('Jenis kelamin korban', controls.gender.element),
    field('Hubungan korban dengan pelapor', controls.relation.element),
    field('Nama pelapor', controls.reporterName, 'Kosongkan nama dan nomor bila pelapor ingin anonim.'),
    field('Nomor HP pelapor', controls.reporterPhone),
    field('Nomor HP korban', controls.victimPhone, 'Hanya jika aman dihubungi; disimpan terpisah dan terenkripsi.'),
    field('Alamat korban', controls.victimAddress),
    h('label', { class: 'check', for: 'w-consent' }, [consent, 'Pelapor setuju laporannya disimpan dan diproses untuk menangani kasus.']),
    h('label', { class: 'check', for: 'w-contact-back' }, [contactBack, 'Pelapor boleh dihubungi kembali.']),
    h('div', { class: 'actions' }, [h('button', { type: 'submit', text: 'Simpan laporan' })]),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reporterRole = controls.reporterRole.value();
    // The browser refuses the form without them (required); this only tells TypeScript.
    if (!reporterRole || !consent.checked) return;
    const body = walkInBody(
      {
        reporterRole,
        service: controls.service.value(),
        category: controls.category.value(),
        urgency: controls.urgency.value(),
        immediateDanger: controls.immediateDanger.value(),
        narrative: controls.narrative.value,
        kecamatan: controls.kecamatan.value(),
        ageGroup: controls.ageGroup.value(),
        gender: controls.gender.value(),
        relationToReporter: controls.relation.value(),
        locationDetail: controls.locationDetail.value,
        occurred: controls.occurred.value,
        reporterName: controls.reporterName.value,
        reporterPhone: controls.reporterPhone.value,
        victimPhone: controls.victimPhone.value,
        victimAddress: controls.victimAddress.value,
        contactBack: contactBack.checked,
      },
      submissionId,
    );
    try {
      showReceipt(ctx, await ctx.api.enterWalkIn(body));
    } catch (error) {
      ctx.frame.fail(error);
    }
  });

  const intro = h('p');
  const describe = () => {
    const deadline = walkInDeadlineText(ctx.session.tenant.responseHours, controls.urgency.value(), labels);
    intro.textContent = `Catat laporan orang yang datang ke kantor. Laporan masuk seperti laporan lain: nomor laporan, SMS ke petugas jaga, dan ${deadline}.`;
  };
  controls.urgency.element.addEventListener('change', describe);
  describe();
  ctx.frame.show('Laporan datang langsung', [intro, form]);
}

function showReceipt(ctx: ViewContext, receipt: WalkInReceipt): void {
  ctx.frame.show('Laporan tersimpan', [
    h('p', { text: 'Berikan nomor laporan dan kode pelacakan ini kepada pelapor. Kode hanya ditampilkan sekali: cetak tanda terimanya sekarang.' }),
    definitionList([
      ['Nomor laporan', h('strong', { 'data-testid': 'walk-in-reference', text: receipt.reference })],
      ['Kode pelacakan', h('strong', { 'data-testid': 'walk-in-tracking-code', text: receipt.trackingCode })],
      ['Batas asesmen', timeEl(ctx, receipt.dueAt)],
    ]),
    h('div', { class: 'actions' }, [
      h('button', { type: 'button', text: 'Cetak tanda terima', onclick: () => window.print() }),
      h('a', { href: caseHash(receipt.caseId), text: 'Buka kasus' }),
      h('button', { type: 'button', class: 'secondary', text: 'Catat laporan lain', onclick: () => showWalkIn(ctx) }),
    ]),
    receiptCard(ctx, receipt),
  ]);
  ctx.frame.announce(`Laporan ${receipt.reference} tersimpan.`);
}
