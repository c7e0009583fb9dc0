/**
 * The red banner over every console page while the regency's rota has nobody on call (alerts then go to the
 * supervisors): looked up again at each navigation and after every rota or directory change made here.
 */
import type { StaffApi } from './api.js';
import { h } from './dom.js';
import { ROTA_HASH } from './router.js';

/** Said by a view that changed who is on call (a saved rota, a person disabled). */
export const ON_CALL_CHANGED = 'lapor-aman:on-call-changed';

export function sayOnCallChanged(): void {
  window.dispatchEvent(new Event(ON_CALL_CHANGED));
}

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
  const refresh = async () => {
    try {
      banner.hidden = !(await api.onCallNow()).nobodyOnCall;
    } catch {
      // The banner is a hint: a failed look-up leaves it as it was, the view says what failed.
    }
  };
  const onChange = () => void refresh();
  window.addEventListener(ON_CALL_CHANGED, onChange);
  return {
    refresh,
    remove: () => {
      window.removeEventListener(ON_CALL_CHANGED, onChange);
      banner.remove();
    },
  };
}
