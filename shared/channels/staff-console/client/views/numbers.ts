/** The office's numbers for one year: the total, the share assessed in time, and a chart per breakdown. */
import type { CaseNumbers, Count } from '#shared/staff/case-numbers.js';
import { choice, field } from '../controls.js';
import { h } from '../dom.js';
import { monthName } from '../format.js';
import { slaShareText } from '../sla-text.js';
import type { ViewContext } from '../view-context.js';
import { barChart } from './bar-chart.js';
import { reportHash } from './numbers-report.js';

export async function showNumbers(ctx: ViewContext, year?: string): Promise<void> {
  try {
    renderNumbers(ctx, await ctx.api.numbers(year));
  } catch (error) {
    ctx.frame.fail(error);
  }
}

function renderNumbers(ctx: ViewContext, n: CaseNumbers): void {
  const { labels } = ctx;
  const { tenant } = ctx.session;
  const pick = choice('year', 'year', n.perYear.map((row) => [row.key, row.key] as const), String(n.year));
  pick.element.addEventListener('change', () => void showNumbers(ctx, pick.value()));
  const byLabel = (group: Parameters<typeof labels.text>[0]) => (row: Count) => labels.text(group, row.key);
  ctx.frame.show(`Angka ${tenant.displayName}`, [
    field('Tahun', pick.element),
    h('p', null, [`Kasus tahun ${n.year}: `, h('span', { class: 'big', 'data-testid': 'total', text: String(n.total) })]),
    h('p', { 'data-testid': 'sla-share', text: slaShareText(n.sla, tenant.responseHours, labels) }),
    h('div', { class: 'actions' }, [
      h('button', { type: 'button', class: 'secondary', text: `Unduh CSV tahun ${n.year}`, onclick: () => void downloadCsv(ctx, n.year) }),
      ctx.session.staff.role === 'supervisor' ? h('a', { href: reportHash(n.year), text: `Laporan cetak tahun ${n.year}` }) : null,
    ]),
    barChart('Kasus per tahun', n.perYear, (row) => row.key),
    barChart(`Kasus per bulan, ${n.year}`, n.perMonth, (row) => monthName(row.key)),
    barChart('Per kategori', n.perCategory, byLabel('category')),
    barChart('Per kanal', n.perChannel, byLabel('channel')),
    barChart('Per pelapor', n.perReporterRole, (row) => (row.key ? labels.text('reporterRole', row.key) : '(tidak tercatat)')),
    barChart('Per status', n.perStatus, byLabel('status')),
    barChart('Per kecamatan', n.perKecamatan, (row) => row.key || '(tidak diisi)'),
  ]);
}

/** The year's cases as a CSV file (no personal data), saved by the browser. */
async function downloadCsv(ctx: ViewContext, year: number): Promise<void> {
  try {
    const csv = await ctx.api.exportCsv(year);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = h('a', { href: url, download: `lapor-aman-${ctx.session.tenant.id}-${year}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    ctx.frame.announce(`CSV tahun ${year} diunduh (tanpa data pribadi).`);
  } catch (error) {
    ctx.frame.fail(error);
  }
}
