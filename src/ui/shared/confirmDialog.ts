// A modal question with two answers, for a step that cannot be undone (ending a workshop for the
// whole room). The native <dialog>: focus stays inside, Escape answers no, and the safe answer
// has the focus first.
import { button, h } from './dom';

export interface ConfirmTexts {
  heading: string;
  body: string;
  yes: string;
  no: string;
}

export function confirmDialog(texts: ConfirmTexts): Promise<boolean> {
  return new Promise((answer) => {
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    let settled = false;
    const done = (yes: boolean) => {
      if (settled) return;
      settled = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      if (!yes) returnFocus?.focus();
      answer(yes);
    };
    const no = button(texts.no, () => done(false), { class: 'btn btn-secondary', attrs: { 'data-focus-key': 'confirm-no' } });
    const dialog = h(
      'dialog',
      { class: 'confirm-dialog', attrs: { 'aria-labelledby': 'confirm-heading', 'aria-describedby': 'confirm-body' }, on: { cancel: () => done(false), close: () => done(false) } },
      h('h2', { id: 'confirm-heading', text: texts.heading }),
      h('p', { id: 'confirm-body', text: texts.body }),
      h('div', { class: 'actions' }, no, button(texts.yes, () => done(true), { class: 'btn btn-primary btn-danger', attrs: { 'data-focus-key': 'confirm-yes' } })),
    );
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}
