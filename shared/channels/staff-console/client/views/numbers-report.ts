/**
 * The printable yearly or monthly report a head of office signs and sends: the regency and period, the
 * month-by-month count and one table with a bar chart per SIMFONI-PPA dimension (per case, per victim and,
 * for perpetrators, per person), and a signature block. Counts and labels only: nothing personal.
 * Printed on A4 by the browser; the console's menu and controls stay off paper (console-style.ts).
 */
import type { CaseNumbers, Count } from '#shared/staff/case-numbers.js';
import type { SimfoniTable } from '#shared/staff/simfoni-dimensions.js';
import { choice, field } from '../controls.js';
import { h } from '../dom.js';
import { monthName } from '../format.js';
import { REPORT_HASH } from '../router.js';
import { slaShareText } from '../sla-text.js';
import type { ViewContext } from '../view-context.js';
import { bar, barChart } from './bar-chart.js';

export async function showNumbersReport(ctx: ViewContext, year?: string, month?: string): Promise<void> {
  try {
    renderReport(ctx, await ctx.api.numbers(year, month));
  } catch (error) {
    ctx.frame.fail(error);
  }
}

/** The hash of the report for a period: `#/angka/laporan?year=2025&month=4`. */
export function reportHash(year: number, month?: string): string {
  return `${REPORT_HASH}?${new URLSearchParams({ year: String(year), ...(month ? { month } : {}) })}`;
}

function renderReport(ctx: ViewContext, n: CaseNumbers): void {
  const { tenant } = ctx.session;
  const monthKey = n.month === undefined ? undefined : `${n.year}-${String(n.month).padStart(2, '0')}`;
  const period = monthKey ? monthName(monthKey) : `Tahun ${n.year}`;
  const years = choice('report-year', 'year', n.perYear.map((row) => [row.key, row.key] as const), String(n.year));
  const months = choice(
    'report-month',
    'month',
    n.perMonth.map((row, index) => [String(index + 1), monthName(row.key)] as const),
    n.month === undefined ? undefined : String(n.month),
    'Setahun penuh',
  );
  const go = () => {
    location.hash = reportHash(Number(years.value()), months.value());
  };
  years.element.addEventListener('change', go);
  months.element.addEventListener('change', go);

  ctx.frame.show(`Laporan kasus kekerasan terhadap perempuan dan anak`, [
    h('div', { class: 'report-controls' }, [
      field('Tahun', years.element),
      field('Bulan', months.element),
      h('div', { class: 'actions' }, [
        h('button', { type: 'button', text: 'Cetak / simpan PDF', onclick: () => window.print() }),
        h('a', { href: '#/angka', text: 'Kembali ke angka' }),
      ]),
    ]),
    h('section', { class: 'report', 'aria-label': `Laporan ${period}` }, [
      h('p', { class: 'report-heading' }, [
        h('strong', { text: tenant.displayName }),
        h('br'),
        `Periode: ${period}`,
      ]),
      h('p', null, [`Jumlah kasus: `, h('strong', { 'data-testid': 'report-total', text: String(n.total) })]),
      h('p', { text: slaShareText(n.sla, tenant.responseHours, ctx.labels) }),
      h('p', { class: 'hint', text: 'Satu korban per kasus tercatat: jumlah korban sama dengan jumlah kasus. Kasus dengan beberapa kode dihitung sekali pada setiap kode.' }),
      monthKey ? null : barChart(`Kasus per bulan, ${n.year}`, n.perMonth, (row: Count) => monthName(row.key)),
      ...n.simfoni.map(simfoniChart),
      signatureBlock(tenant.displayName),
    ]),
  ]);
}

/** One dimension: cases, victims and (for perpetrators) persons, with a bar per row for the case count. */
function simfoniChart(table: SimfoniTable): HTMLDivElement {
  const persons = table.rows.some((row) => row.perpetrators !== undefined);
  const max = Math.max(0, ...table.rows.map((row) => row.cases));
  // Wider than a phone: the scrolling wrapper must be reachable by keyboard (and named for it).
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': table.title }, [
    h('table', { class: 'chart' }, [
      h('caption', { text: table.title }),
      h('thead', null, [
        h('tr', null, [
          h('th', { scope: 'col', text: 'Kelompok' }),
          h('th', { scope: 'col', text: 'Kasus' }),
          h('th', { scope: 'col', text: 'Korban' }),
          persons ? h('th', { scope: 'col', text: 'Pelaku' }) : null,
          h('th', { scope: 'col' }, [h('span', { class: 'visually-hidden', text: 'Grafik batang' })]),
        ]),
      ]),
      h(
        'tbody',
        null,
        table.rows.map((row) =>
          h('tr', null, [
            h('th', { scope: 'row', text: row.label }),
            h('td', { class: 'count', text: String(row.cases) }),
            h('td', { class: 'count', text: String(row.victims) }),
            persons ? h('td', { class: 'count', text: row.perpetrators === undefined ? '–' : String(row.perpetrators) }) : null,
            h('td', { class: 'bar-cell' }, [bar(row.cases, max)]),
          ]),
        ),
      ),
    ]),
  ]);
}

/** Left blank to be filled in by hand: the head's name and NIP are not kept in the system. */
function signatureBlock(regency: string): HTMLDivElement {
  return h('div', { class: 'signature' }, [
    h('p', { text: `${regency}, ....................` }),
    h('p', { text: 'Mengetahui,' }),
    h('p', { text: `Kepala Dinas ${'.'.repeat(40)}` }),
    h('div', { class: 'signature-space' }),
    h('p', { text: `(${'.'.repeat(40)})` }),
    h('p', { text: `NIP ${'.'.repeat(36)}` }),
  ]);
}
