/**
 * The regency's directory of partner organisations, kept by supervisors: listed, added, disabled (never
 * deleted, so old referrals still name them). Another regency's UPTD names that regency's id on this
 * deployment; a referral to it opens a case there.
 */
import type { Partner } from '#shared/staff/partners.js';
import { choice, field, fieldWhenChosen, section } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';

export async function showPartners(ctx: ViewContext): Promise<void> {
  try {
    const { partners } = await ctx.api.partners();
    ctx.frame.show('Mitra rujukan', [
      section('h-partner-list', 'Daftar mitra', [
        partners.length
          ? h('ul', { class: 'cards', 'data-testid': 'partners' }, partners.map((partner) => partnerItem(ctx, partner)))
          : h('p', { text: 'Belum ada mitra.' }),
      ]),
      addPartnerSection(ctx),
    ]);
  } catch (error) {
    ctx.frame.fail(error);
  }
}

function partnerItem(ctx: ViewContext, partner: Partner): HTMLLIElement {
  const kind = ctx.labels.text('partnerKind', partner.kind) + (partner.targetTenantId ? ` (${partner.targetTenantId})` : '');
  const disable = async () => {
    try {
      await ctx.api.disablePartner(partner.partnerId);
      ctx.frame.announce(`${partner.name} dinonaktifkan.`);
      await showPartners(ctx);
    } catch (error) {
      ctx.frame.fail(error);
    }
  };
  return h('li', null, [
    h('strong', { text: partner.name }),
    h('p', { text: `${kind} · ${partner.contact}` }),
    partner.active
      ? h('button', { type: 'button', class: 'secondary', text: `Nonaktifkan ${partner.name}`, onclick: () => void disable() })
      : h('p', { class: 'hint', text: 'Nonaktif: tidak dapat dipilih untuk rujukan baru.' }),
  ]);
}

function addPartnerSection(ctx: ViewContext): HTMLElement {
  const kind = choice('partner-kind', 'kind', ctx.labels.options('partnerKind'));
  const name = h('input', { type: 'text', id: 'partner-name', name: 'name', required: true, maxlength: '120' });
  const contact = h('input', { type: 'text', id: 'partner-contact', name: 'contact', required: true, maxlength: '200' });
  const target = h('input', { type: 'text', id: 'partner-target', name: 'targetTenantId', maxlength: '40', pattern: '[a-z0-9\\-]{2,40}' });
  const targetField = fieldWhenChosen(kind, 'uptd_lain', 'Kabupaten/kota tujuan (id di Lapor Aman)', target, 'Contoh: purwakarta. Rujukan menjadi kasus baru di sana.');
  const form = h('form', null, [
    field('Jenis mitra', kind.element),
    field('Nama lembaga', name),
    field('Kontak', contact, 'Nomor kantor atau alamat lembaga (bukan data korban).'),
    targetField,
    h('button', { type: 'submit', text: 'Tambah mitra' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const uptd = kind.value() === 'uptd_lain';
    const body = { kind: kind.value(), name: name.value, contact: contact.value, ...(uptd ? { targetTenantId: target.value } : {}) };
    void ctx.api.addPartner(body).then(
      async () => {
        ctx.frame.announce('Mitra ditambahkan.');
        await showPartners(ctx);
      },
      (error: unknown) => ctx.frame.fail(error),
    );
  });
  return section('h-partner-add', 'Tambah mitra', [form]);
}
