/**
 * The red banner over every console page while the regency's rota has nobody on call (alerts then go to the
 * supervisors): looked up again at each navigation, so it goes away as soon as the rota covers the moment.
 */
import type { StaffApi } from './api.js';
import { h } from './dom.js';
import { ROTA_HASH } from './router.js';

export interface OnCallBanner {
  refresh(): Promise<void>;
  remove(): void;
}

export function createOnCallBanner(api: StaffApi, supervisor: boolean, before: HTMLElement): OnCallBanner {
  const banner = h('div', { class: 'nobody-on-call', id: 'nobody-on-call', hidden: true }, [
    h('strong', { text: 'Tidak ada petugas jaga saat ini. ' }),
    'Peringatan kasus baru dikirim ke supervisor. ',
    supervisor ? h('a', { href: ROTA_HASH, text: 'Atur jadwal jaga' }) : 'Hubungi supervisor Anda.',
  ]);
  before.before(banner);
  return {
    async refresh() {
      try {
        banner.hidden = !(await api.onCallNow()).nobodyOnCall;
      } catch {
        // The banner is a hint: a failed look-up leaves it as it was, the view says what failed.
      }
    },
    remove: () => banner.remove(),
  };
}
