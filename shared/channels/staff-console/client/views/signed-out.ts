/** The console before anyone signs in: what it is for, and the one button. */
import { h } from '../dom.js';
import type { Frame } from '../frame.js';

export function showSignedOut(frame: Frame, signIn: () => void): void {
  frame.show('Konsol petugas', [
    h('p', { text: 'Untuk petugas layanan yang menangani laporan. Masuk dengan akun kantor Anda.' }),
    h('button', { type: 'button', id: 'sign-in', onclick: signIn, text: 'Masuk' }),
  ]);
}
