/**
 * The assessment record in SIMFONI-PPA's categories: forms of violence, place, the victim, and one row per
 * alleged perpetrator (added and removed here). Nothing is preselected for a first record (a default would be
 * counted as if staff had chosen it); a later record starts from the latest one.
 */
import type * as z from 'zod';
import type { RecordedAssessment } from '#shared/staff/classification.js';
import type { AssessmentRequest } from '#shared/staff/record-assessment.js';
import type { CaseView } from '#shared/staff/view-case.js';
import { checkboxGroup } from '../checkbox-group.js';
import { choice, field, section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

type AssessmentBody = z.input<typeof AssessmentRequest>;
type Perpetrator = RecordedAssessment['perpetrators'][number];

const PICK = 'Pilih';

export function assessmentSection(ctx: ViewContext, c: CaseView, actions: CaseActions): HTMLElement {
  const { labels } = ctx;
  const last = c.assessment;
  const forms = checkboxGroup('asm-forms', 'Bentuk kekerasan', labels.options('formOfViolence'), last?.formsOfViolence);
  const contexts = checkboxGroup('asm-contexts', 'Kasus khusus (jika ada)', labels.options('caseContext'), last?.contexts);
  const place = choice('asm-place', 'place', labels.options('place'), last?.place, PICK);
  const ageBand = choice('asm-age', 'ageBand', labels.options('ageBand'), last?.victim.ageBand, PICK);
  const sex = choice('asm-sex', 'sex', labels.options('sex'), last?.victim.sex, PICK);
  const education = choice('asm-education', 'education', labels.options('education'), last?.victim.education, PICK);
  const disabled = h('input', { type: 'checkbox', id: 'asm-disability', name: 'disability', checked: last?.victim.disability.present === true });
  const kinds = checkboxGroup('asm-disability-kinds', 'Jenis disabilitas', labels.options('disabilityKind'), last?.victim.disability.kinds);
  const showKinds = () => {
    kinds.element.hidden = !disabled.checked;
  };
  disabled.addEventListener('change', showKinds);
  showKinds();
  const perpetrators = perpetratorRows(ctx, last?.perpetrators ?? [undefined]);
  const note = h('textarea', { id: 'asm-note', name: 'note', maxlength: String(ctx.noteMaxLength) });

  const form = h('form', null, [
    forms.element,
    contexts.element,
    field('Tempat kejadian', place.element),
    h('fieldset', { class: 'group' }, [
      h('legend', { text: 'Korban' }),
      field('Usia', ageBand.element),
      field('Jenis kelamin', sex.element),
      h('label', { class: 'check', for: disabled.id }, [disabled, 'Penyandang disabilitas']),
      kinds.element,
      field('Pendidikan', education.element),
    ]),
    perpetrators.element,
    field('Catatan asesmen', note, 'Tidak wajib. Tersimpan terenkripsi; tidak dihitung dalam angka.'),
    h('button', { type: 'submit', text: 'Simpan asesmen' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // An unchosen select goes as missing: the API names the field staff still have to choose.
    const body = {
      formsOfViolence: forms.values(),
      contexts: contexts.values(),
      place: place.value(),
      victim: {
        ageBand: ageBand.value(),
        sex: sex.value(),
        disability: { present: disabled.checked, kinds: disabled.checked ? kinds.values() : [] },
        education: education.value(),
      },
      perpetrators: perpetrators.values(),
      note: note.value.trim() || undefined,
    } as Omit<AssessmentBody, 'expectedVersion'>;
    void actions.change((expectedVersion) => ctx.api.recordAssessment(c.caseId, { ...body, expectedVersion }), 'Asesmen tersimpan.');
  });
  const recorded = last ? h('p', null, ['Asesmen terakhir dicatat ', timeEl(ctx, last.recordedAt), '.']) : h('p', { text: 'Belum ada asesmen.' });
  return section('h-assessment', 'Asesmen', [recorded, form]);
}

interface PerpetratorRows {
  readonly element: HTMLFieldSetElement;
  values(): Partial<Perpetrator>[];
}

/** One row per alleged perpetrator; at least one stays. */
function perpetratorRows(ctx: ViewContext, initial: readonly (Perpetrator | undefined)[]): PerpetratorRows {
  const { labels } = ctx;
  const list = h('div');
  let made = 0;
  const rows: { element: HTMLFieldSetElement; value(): Partial<Perpetrator> }[] = [];
  const renumber = () => {
    rows.forEach((row, index) => {
      const legend = row.element.querySelector('legend');
      const remove = row.element.querySelector('button');
      if (legend) legend.textContent = `Terlapor ${index + 1}`;
      if (remove) {
        remove.textContent = `Hapus terlapor ${index + 1}`;
        remove.hidden = rows.length === 1;
      }
    });
  };
  const add = (given?: Perpetrator) => {
    const id = `asm-p${++made}`;
    const sex = choice(`${id}-sex`, 'sex', labels.options('sex'), given?.sex, PICK);
    const ageBand = choice(`${id}-age`, 'ageBand', labels.options('ageBand'), given?.ageBand, PICK);
    const relation = choice(`${id}-relation`, 'relation', labels.options('perpetratorRelation'), given?.relation, PICK);
    const row = {
      element: h('fieldset', { class: 'group perpetrator' }, [
        h('legend'),
        field('Jenis kelamin', sex.element),
        field('Usia', ageBand.element),
        field('Hubungan dengan korban', relation.element),
        h('button', { type: 'button', class: 'secondary', onclick: () => removeRow(row) }),
      ]),
      value: () => ({ sex: sex.value(), ageBand: ageBand.value(), relation: relation.value() }),
    };
    rows.push(row);
    list.append(row.element);
    renumber();
    return row;
  };
  const removeRow = (row: (typeof rows)[number]) => {
    rows.splice(rows.indexOf(row), 1);
    row.element.remove();
    renumber();
    ctx.frame.announce('Satu terlapor dihapus dari formulir.');
  };
  for (const given of initial) add(given);
  const more = h('button', {
    type: 'button',
    class: 'secondary',
    text: 'Tambah terlapor',
    onclick: () => add().element.querySelector('select')?.focus(),
  });
  const element = h('fieldset', { class: 'group' }, [h('legend', { text: 'Terduga pelaku (terlapor)' }), list, more]);
  return { element, values: () => rows.map((row) => row.value()) };
}
