/**
 * One case: its summary, the report, and what staff do with it (reveal the reporter, change the status,
 * assign, write a note), then its history. Each change names the version the page showed; a stale one
 * (409) shows the case anew and keeps the note being written.
 */
import type { ReportSubmission } from '#shared/intake/report-submission.js';
import { categoriesOf } from '#shared/staff/classification.js';
import type { CaseView } from '#shared/staff/view-case.js';
import { ApiError } from '../api-error.js';
import { badge, definitionList, section, slaEl, timeEl } from '../controls.js';
import { h } from '../dom.js';
import { CASES_HASH } from '../router.js';
import type { ViewContext } from '../view-context.js';
import { assessmentSection } from './case-assessment.js';
import { assignmentSection } from './case-assignment.js';
import { classificationSection } from './case-classification.js';
import { dataRequestsSection } from './case-data-requests.js';
import { closingSection } from './case-closing.js';
import { holdSection } from './case-hold.js';
import { identitySection } from './case-identity.js';
import { mediaSection } from './case-media.js';
import { messagesSection } from './case-messages.js';
import { noteSection } from './case-note.js';
import { planSection } from './case-plan.js';
import { referralsSection } from './case-referrals.js';
import { servicesSection } from './case-services.js';
import { statusSection } from './case-status.js';
import { timelineSection } from './case-timeline.js';

/** What the page keeps when it shows the case anew after a refused change. */
export interface CaseKeep {
  readonly noteText?: string;
  readonly messageText?: string;
}

/** What a section of the case page may do to the case it shows. */
export interface CaseActions {
  /** Sends one change with the version shown; says `done` and shows the case as it now is. */
  change(send: (expectedVersion: number) => Promise<unknown>, done: string, keep?: CaseKeep): Promise<void>;
  /** Shows the case anew (e.g. to close what a reveal opened). */
  reload(): void;
}

/** The `details` part as reports stored it over the years: older cases may lack any field. */
type CaseDetails = Partial<Pick<ReportSubmission, 'narrative' | 'occurred' | 'immediateDanger'>> & {
  readonly victim?: Partial<ReportSubmission['victim']>;
  readonly locationDetail?: string;
  readonly contactBack?: boolean;
};

export async function showCase(ctx: ViewContext, caseId: string, keep: CaseKeep = {}): Promise<void> {
  try {
    renderCase(ctx, await ctx.api.viewCase(caseId), keep);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) ctx.frame.show('Kasus tidak ditemukan', [backToList()]);
    ctx.frame.fail(error);
  }
}

function renderCase(ctx: ViewContext, c: CaseView, keep: CaseKeep): void {
  const { labels } = ctx;
  const actions: CaseActions = {
    async change(send, done, kept = {}) {
      try {
        await send(c.version);
        ctx.frame.announce(done);
        await showCase(ctx, c.caseId);
      } catch (error) {
        ctx.frame.fail(error);
        if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') await showCase(ctx, c.caseId, kept);
      }
    },
    reload: () => void showCase(ctx, c.caseId),
  };
  const closing = c.closingReason
    ? ` (${labels.text('closingReason', c.closingReason)})`
    : c.closeRequest
      ? ' · menunggu persetujuan penutupan'
      : '';
  ctx.frame.show(c.reference, [
    h('p', null, [badge(ctx, c.urgency), slaEl(ctx, c)]),
    section('h-summary', 'Ringkasan', [
      definitionList([
        ['Status', labels.text('status', c.status) + closing],
        ['Urgensi', labels.text('urgency', c.urgency)],
        ['Layanan', labels.text('service', c.service)],
        ['Kategori', categoriesOf(c).map((code) => labels.text('category', code)).join(', ')],
        ['Kanal', labels.text('channel', c.channel) + (c.enteredBy ? `, dicatat oleh ${c.enteredBy.name}` : '')],
        ...(c.referredFrom ? [['Dirujuk dari', `UPTD PPA ${c.referredFrom.regency} (rujukan ${c.referredFrom.referralId})`] as const] : []),
        ['Pelapor', labels.text('reporterRole', c.reporterRole)],
        ['Kecamatan', c.kecamatan || '–'],
        ['Diterima', timeEl(ctx, c.createdAt)],
        ['Batas asesmen', timeEl(ctx, c.dueAt)],
        ['Asesmen', c.assessedAt ? timeEl(ctx, c.assessedAt) : 'Belum'],
        ['Ditangani', c.assignee ? `${c.assignee.name} (${c.assignee.id})` : 'Belum ada'],
        ...(c.deadlines.policeReferralDueAt ? [['Batas rujukan polisi (UU TPKS)', timeEl(ctx, c.deadlines.policeReferralDueAt)] as const] : []),
      ]),
    ]),
    reportSection(ctx, (c.details ?? {}) as CaseDetails),
    mediaSection(ctx, c.caseId),
    identitySection(ctx, c, actions),
    statusSection(ctx, c, actions),
    closingSection(ctx, c, actions),
    holdSection(ctx, c, actions),
    assignmentSection(ctx, c, actions),
    classificationSection(ctx, c, actions),
    assessmentSection(ctx, c, actions),
    noteSection(ctx, c.caseId, actions, keep.noteText),
    messagesSection(ctx, c, actions, keep.messageText),
    dataRequestsSection(ctx, c, actions),
    servicesSection(ctx, c.caseId, c.servicesGiven ?? [], actions),
    planSection(ctx, c.caseId, c.plan, c.followUpOverdue, actions),
    referralsSection(ctx, c, actions),
    timelineSection(ctx, c.caseId, c),
    h('p', null, [backToList()]),
  ]);
}

function reportSection(ctx: ViewContext, d: CaseDetails): HTMLElement {
  const { labels } = ctx;
  const occurred = [d.occurred?.date, d.occurred?.description].filter(Boolean).join(', ');
  return section('h-report', 'Laporan', [
    h('p', { class: 'narrative', 'data-testid': 'narrative', text: d.narrative || '–' }),
    definitionList([
      ['Tempat', d.locationDetail || '–'],
      ['Waktu kejadian', occurred || '–'],
      ['Korban', `${labels.text('ageGroup', d.victim?.ageGroup)}, ${labels.text('gender', d.victim?.gender)}`],
      ['Hubungan dengan pelapor', labels.text('relation', d.victim?.relationToReporter)],
      ['Dalam bahaya saat melapor', labels.text('danger', d.immediateDanger)],
      ['Boleh dihubungi kembali', d.contactBack ? 'Ya' : 'Tidak'],
    ]),
  ]);
}

function backToList(): HTMLAnchorElement {
  return h('a', { href: CASES_HASH, text: 'Kembali ke daftar kasus' });
}
