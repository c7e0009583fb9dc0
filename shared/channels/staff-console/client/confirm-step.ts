/**
 * Asks before a step that is hard to undo: a modal `<dialog>` (focus stays inside it, Escape cancels) with
 * the consequence in words and two buttons. Resolves true only when staff confirm.
 */
import { h } from './dom.js';

export interface ConfirmQuestion {
  readonly title: string;
  readonly text: string;
  readonly confirm: string;
}

export function confirmStep(question: ConfirmQuestion): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' });
    const answer = (confirmed: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(confirmed);
    };
    dialog.append(
      h('h2', { id: 'confirm-title', text: question.title }),
      h('p', { id: 'confirm-text', text: question.text }),
      h('div', { class: 'actions' }, [
        h('button', { type: 'button', text: question.confirm, onclick: () => answer(true) }),
        // Focus starts on the safe answer: a stray Enter does not take the step.
        h('button', { type: 'button', class: 'secondary', text: 'Batal', autofocus: true, onclick: () => answer(false) }),
      ]),
    );
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      answer(false);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
