/**
 * The line to the reporter: what staff and reporter wrote (from the newest page of the timeline), the
 * reporter's open UU PDP requests with the time processing must be restricted by, and a form to write to
 * them with the usual asks ready-made. The reporter's number is never here: WhatsApp delivery happens on
 * the server, anyone else reads the message in their inbox.
 */
import type { CaseView } from '#shared/staff/view-case.js';
import { READY_MESSAGES, DATA_REQUEST_LABELS } from '#shared/thread/ready-texts.js';
import { THREAD_TEXT_MAX_LENGTH, type ThreadView } from '#shared/thread/thread-entries.js';
import { field, section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';
import type { CaseActions } from './case-page.js';

export function messagesSection(ctx: ViewContext, c: CaseView, actions: CaseActions, keptText = ''): HTMLElement {
  const thread = c.timeline.filter((entry): entry is ThreadView => ['message', 'reply', 'dataRequest'].includes(entry.kind));
  const text = h('textarea', { id: 'message-text', name: 'text', required: true, maxlength: String(THREAD_TEXT_MAX_LENGTH) });
  text.value = keptText;
  const ready = h(
    'p',
    { class: 'ready-messages' },
    READY_MESSAGES.map((ask) =>
      h('button', {
        type: 'button',
        class: 'secondary',
        text: ask,
        onclick: () => {
          text.value = ask;
          text.focus();
        },
      }),
    ),
  );
  const form = h('form', null, [
    field('Pesan untuk pelapor', text, whereItGoes(c)),
    ready,
    h('button', { type: 'submit', text: 'Kirim pesan' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const message = text.value;
    void actions.change((expectedVersion) => ctx.api.messageReporter(c.caseId, { text: message, expectedVersion }), 'Pesan tersimpan untuk pelapor.', {
      messageText: message,
    });
  });
  const list = thread.length
    ? h('ol', { class: 'thread', 'data-testid': 'thread' }, thread.map((entry) => threadItem(ctx, entry)))
    : h('p', { text: 'Belum ada pesan dengan pelapor.' });
  return section('h-messages', 'Pesan dengan pelapor', [list, form]);
}

function whereItGoes(c: CaseView): string {
  return c.channel === 'whatsapp'
    ? 'Terkirim ke chat WhatsApp pelapor; di luar 24 jam hanya pemberitahuan netral yang terkirim, pesan menyusul saat pelapor membalas.'
    : 'Pelapor membacanya di kotak pesan dengan nomor laporan dan kode pelacakan; tidak ada yang dikirim ke ponselnya.';
}

function threadItem(ctx: ViewContext, entry: ThreadView): HTMLLIElement {
  switch (entry.kind) {
    case 'message':
      return h('li', { class: 'from-staff' }, [timeEl(ctx, entry.at), ` ${entry.by.name}:`, h('p', { class: 'note-text', text: entry.text })]);
    case 'reply':
      return h('li', { class: 'from-reporter' }, [
        timeEl(ctx, entry.at),
        entry.afterClose ? ' Pelapor (setelah kasus ditutup):' : ' Pelapor:',
        h('p', { class: 'note-text', text: entry.text }),
      ]);
    case 'dataRequest':
      return h('li', { class: 'data-request' }, [
        timeEl(ctx, entry.at),
        ` Permintaan UU PDP: ${DATA_REQUEST_LABELS[entry.request]}. Batasi pemrosesan paling lambat `,
        timeEl(ctx, entry.dueAt),
        '. Jawab pelapor di sini; keputusan menyusul.',
        entry.text ? h('p', { class: 'note-text', text: entry.text }) : null,
      ]);
  }
}
