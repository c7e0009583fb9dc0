import { describe, expect, it } from 'vitest';
import type { ConsoleSession } from '#shared/channels/staff-console/client/api.js';
import { isCurrent, navLinks, routeOf } from '#shared/channels/staff-console/client/router.js';

function session(role: 'responder' | 'supervisor', channels: string[] = ['whatsapp', 'web', 'walk-in']): ConsoleSession {
  return { staff: { role }, tenant: { channels } } as unknown as ConsoleSession;
}

describe('the console router', () => {
  it('opens a case from its hash', () => {
    // Act
    const route = routeOf('#/kasus/01KBE3QWJ2V1X3J7ZK9W2S4P6R', session('responder'));

    // Assess
    expect(route).toEqual({ view: 'case', caseId: '01KBE3QWJ2V1X3J7ZK9W2S4P6R' });
  });

  it('shows the case list for an empty, unknown or malformed hash', () => {
    // Act
    const routes = ['', '#/', '#/tidak-ada', '#/kasus/abc', '#/kasus/01KBE3QWJ2V1X3J7ZK9W2S4P6R/x'].map((hash) =>
      routeOf(hash, session('supervisor')),
    );

    // Assess
    expect(routes).toEqual(Array(5).fill({ view: 'cases' }));
  });

  it('opens the printable report for supervisors only, with its period, under the "Angka" menu item', () => {
    // Act
    const report = routeOf('#/angka/laporan?year=2025&month=4', session('supervisor'));
    const yearly = routeOf('#/angka/laporan', session('supervisor'));
    const refused = routeOf('#/angka/laporan?year=2025', session('responder'));
    const numbersLink = navLinks(session('supervisor')).find((link) => link.view === 'numbers');

    // Assess
    expect(report).toEqual({ view: 'numbers-report', year: '2025', month: '4' });
    expect(yearly).toEqual({ view: 'numbers-report' });
    expect(refused).toEqual({ view: 'cases' });
    expect(numbersLink && isCurrent(numbersLink, report)).toBe(true);
  });

  it('offers the audit log and the partners directory to supervisors only, and the walk-in form only where the office takes walk-ins', () => {
    // Act
    const supervisor = navLinks(session('supervisor')).map((link) => link.text);
    const responder = navLinks(session('responder', ['call-center'])).map((link) => link.text);
    const refused = [
      routeOf('#/audit', session('responder')),
      routeOf('#/datang-langsung', session('responder', ['call-center'])),
      routeOf('#/mitra', session('responder')),
    ];

    // Assess
    expect(supervisor).toEqual(['Kasus', 'Laporan datang langsung', 'Angka', 'Log audit', 'Mitra rujukan', 'Jadwal jaga', 'Direktori']);
    expect(responder).toEqual(['Kasus', 'Angka', 'Jadwal jaga']);
    expect(refused).toEqual([{ view: 'cases' }, { view: 'cases' }, { view: 'cases' }]);
    expect(routeOf('#/audit', session('supervisor'))).toEqual({ view: 'audit' });
    expect(routeOf('#/mitra', session('supervisor'))).toEqual({ view: 'partners' });
  });

  it('opens an alert link for anyone, and the directory for supervisors only', () => {
    // Act
    const link = routeOf('#/a/Ab3dE5gH7j', session('responder'));
    const malformed = routeOf('#/a/../kasus', session('responder'));
    const directory = [routeOf('#/direktori', session('supervisor')), routeOf('#/direktori', session('responder'))];

    // Assess
    expect(link).toEqual({ view: 'alert-link', linkId: 'Ab3dE5gH7j' });
    expect(malformed).toEqual({ view: 'cases' });
    expect(directory).toEqual([{ view: 'directory' }, { view: 'cases' }]);
    expect(routeOf('#/jadwal-jaga', session('responder'))).toEqual({ view: 'rota' });
  });

  it('marks "Kasus" in the menu while a case is open', () => {
    // Prepare
    const links = navLinks(session('supervisor'));

    // Act
    const current = links.filter((link) => isCurrent(link, { view: 'case', caseId: '01KBE3QWJ2V1X3J7ZK9W2S4P6R' }));

    // Assess
    expect(current.map((link) => link.text)).toEqual(['Kasus']);
  });
});
