/**
 * The page around the views: the menu, who is signed in, the status and alert regions (read out by screen
 * readers), and `<main>`, whose content each view replaces.
 */
import { failureText } from './api-error.js';
import { type Child, h } from './dom.js';

export interface Frame {
  /** Replaces the view; its heading takes focus (a screen reader hears where it is), its timers stop. */
  show(title: string, children: readonly Child[]): void;
  /** Says that something worked (status region). */
  announce(text: string): void;
  /** Says what failed and what to do (alert region). */
  fail(error: unknown): void;
  clearMessages(): void;
  /** Runs `update` every `ms` while the current view is shown. */
  every(ms: number, update: () => void): void;
  /** The menu and who is signed in; empty when signed out. */
  setChrome(menu: readonly Node[], who: string): void;
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the console page has no #${id}`);
  return found;
}

export function createFrame(): Frame {
  const main = element('main');
  const nav = element('nav');
  const who = element('who');
  const status = element('status');
  const alert = element('alert');
  let timers: number[] = [];

  return {
    show(title, children) {
      for (const timer of timers) clearInterval(timer);
      timers = [];
      const heading = h('h1', { tabindex: '-1', text: title });
      main.replaceChildren(heading, ...children.filter((child): child is Node | string => Boolean(child)));
      document.title = `${title} · Lapor Aman`;
      heading.focus();
    },
    announce(text) {
      alert.textContent = '';
      status.textContent = text;
    },
    fail(error) {
      const text = failureText(error);
      if (text === undefined) return;
      status.textContent = '';
      alert.textContent = text;
    },
    clearMessages() {
      status.textContent = '';
      alert.textContent = '';
    },
    every(ms, update) {
      timers.push(window.setInterval(update, ms));
    },
    setChrome(menu, text) {
      nav.replaceChildren(...menu);
      who.textContent = text;
    },
  };
}
