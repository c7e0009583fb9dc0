/** The console's places, one hash each, and the menu that leads to them (pure). */
import type { ConsoleSession } from './api.js';

export type Route =
  | { readonly view: 'cases' }
  | { readonly view: 'case'; readonly caseId: string }
  | { readonly view: 'walk-in' }
  | { readonly view: 'numbers' }
  | { readonly view: 'numbers-report'; readonly year?: string; readonly month?: string }
  | { readonly view: 'audit' }
  | { readonly view: 'partners' }
  | { readonly view: 'rota' }
  | { readonly view: 'directory' }
  | { readonly view: 'alert-link'; readonly linkId: string };

export interface NavLink {
  readonly href: string;
  readonly text: string;
  readonly view: Exclude<Route['view'], 'case' | 'numbers-report' | 'alert-link'>;
}

export const CASES_HASH = '#/kasus';

/** The printable report, for supervisors: `#/angka/laporan?year=2025&month=4` (both optional). */
export const REPORT_HASH = '#/angka/laporan';

/** Who is on call (everyone) and the rota (supervisors edit it). */
export const ROTA_HASH = '#/jadwal-jaga';

/** The hash of one case's page. */
export const caseHash = (caseId: string) => `${CASES_HASH}/${caseId}`;

/** The menu: walk-ins where the office takes them, the audit log for supervisors. */
export function navLinks(session: ConsoleSession): NavLink[] {
  return [
    { href: CASES_HASH, text: 'Kasus', view: 'cases' as const },
    ...(session.tenant.channels.includes('walk-in')
      ? [{ href: '#/datang-langsung', text: 'Laporan datang langsung', view: 'walk-in' as const }]
      : []),
    { href: '#/angka', text: 'Angka', view: 'numbers' as const },
    ...(session.staff.role === 'supervisor' ? [{ href: '#/audit', text: 'Log audit', view: 'audit' as const }] : []),
    ...(session.staff.role === 'supervisor' ? [{ href: '#/mitra', text: 'Mitra rujukan', view: 'partners' as const }] : []),
    { href: ROTA_HASH, text: 'Jadwal jaga', view: 'rota' as const },
    ...(session.staff.role === 'supervisor' ? [{ href: '#/direktori', text: 'Direktori', view: 'directory' as const }] : []),
  ];
}

/** The place a hash names; the case list for anything unknown or not offered to this staff member. */
export function routeOf(hash: string, session: ConsoleSession): Route {
  const caseId = /^#\/kasus\/([0-9A-Za-z]{10,40})$/.exec(hash)?.[1];
  if (caseId) return { view: 'case', caseId };
  // An alert SMS's link (`/staff/a/<id>` redirects here, sign-in keeps the hash).
  const linkId = /^#\/a\/([0-9A-Za-z]{10})$/.exec(hash)?.[1];
  if (linkId) return { view: 'alert-link', linkId };
  const report = /^#\/angka\/laporan(?:\?(.*))?$/.exec(hash);
  if (report && session.staff.role === 'supervisor') {
    const params = new URLSearchParams(report[1] ?? '');
    const [year, month] = [params.get('year'), params.get('month')];
    return { view: 'numbers-report', ...(year ? { year } : {}), ...(month ? { month } : {}) };
  }
  const link = navLinks(session).find((candidate) => candidate.href === hash);
  return link ? { view: link.view } : { view: 'cases' };
}

/** Whether the menu marks `link` as the current page (a case's page belongs to "Kasus", the report to "Angka"). */
export function isCurrent(link: NavLink, route: Route): boolean {
  return (
    link.view === route.view ||
    (link.view === 'cases' && route.view === 'case') ||
    (link.view === 'numbers' && route.view === 'numbers-report')
  );
}
