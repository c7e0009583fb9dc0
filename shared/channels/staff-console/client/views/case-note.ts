/** A follow-up note (sealed on the server; it may name the victim), optionally filed under an action. */
import { choice, field, section } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function noteSection(ctx: ViewContext, caseId: string, actions: CaseActions, keptText = ''): HTMLElement {
  const text = h('textarea', { id: 'note-text', name: 'text', required: true, maxlength: String(ctx.noteMaxLength) });
  text.value = keptText;
  const action = choice('note-action', 'action', ctx.labels.options('noteAction'), undefined, 'Tanpa jenis');
  const form = h('form', null, [
    field('Jenis tindakan', action.element),
    field('Catatan', text, 'Tersimpan terenkripsi; terlihat oleh petugas kabupaten ini.'),
    h('button', { type: 'submit', text: 'Simpan catatan' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const note = { text: text.value, action: action.value() };
    void actions.change(
      (expectedVersion) => ctx.api.addNote(caseId, { ...note, expectedVersion }),
      'Catatan tersimpan.',
      { noteText: note.text },
    );
  });
  return section('h-notes', 'Catatan tindak lanjut', [form]);
}
