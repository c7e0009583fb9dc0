/**
 * Opening a case handled for years: a case with 1,000 timeline entries, every one a sealed note (the most
 * KMS a timeline can ask for), viewed through the local staff API. KMS requests are the data-key provider's
 * calls (one KMS request each in the cloud); times are whole HTTP answers, warm.
 */
import { MAX_KMS_REQUESTS_PER_CASE_VIEW } from '#shared/staff/timeline-page.js';
import { NO_ABUSE_LIMITS } from '../test/support/abuse-limits.js';
import { countingDataKeys, newKmsCounter } from '../test/support/counting-data-keys.js';
import { startTestRuntime } from '../test/support/local-runtime.js';
import { namedReportJson } from '../test/support/report-fixtures.js';
import { recordNotes } from '../test/support/staff/long-case.js';
import { reportCase, staffClient } from '../test/support/staff/staff-client.js';
import { createTestClock } from '../test/support/test-clock.js';
import { median, percentile } from './stats.js';

export const CASE_VIEW_ENTRIES = 1000;

export interface CaseViewCost {
  readonly entries: number;
  /** The newest page with the case (`GET /api/v1/staff/cases/{caseId}`). */
  readonly kmsPerView: number;
  readonly kmsBound: number;
  readonly viewMedianMs: number;
  readonly viewP90Ms: number;
  /** An older page (`GET …/timeline?before=`), the most of any page. */
  readonly kmsPerOlderPage: number;
  readonly olderPageMedianMs: number;
  /** Pages from the newest to the report itself. */
  readonly pages: number;
}

export async function measureCaseView(samples: number): Promise<CaseViewCost> {
  const kms = newKmsCounter();
  const clock = createTestClock();
  const runtime = await startTestRuntime({ clock, abuseLimits: NO_ABUSE_LIMITS, decorateDataKeys: (keys) => countingDataKeys(keys, kms) });
  try {
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    await recordNotes(runtime, { tenantId: 'blora', caseId, version: 1 }, { first: 0, count: CASE_VIEW_ENTRIES, clock });
    const staff = staffClient(runtime, 'blora');
    const timed = async (path: string) => {
      kms.calls = 0;
      const started = performance.now();
      const { status, json } = await staff.get(path);
      if (status !== 200) throw new Error(`${path} answered ${status}`);
      return { ms: performance.now() - started, kms: kms.calls, older: json.olderTimeline as string | undefined };
    };
    const views = [];
    for (let i = 0; i < samples; i++) views.push(await timed(`/cases/${caseId}`));
    const olderPages = [];
    for (let cursor = views[0]?.older; cursor; ) {
      const page = await timed(`/cases/${caseId}/timeline?before=${encodeURIComponent(cursor)}`);
      olderPages.push(page);
      cursor = page.older;
    }
    const viewTimes = views.map((view) => view.ms);
    return {
      entries: CASE_VIEW_ENTRIES,
      kmsPerView: Math.max(...views.map((view) => view.kms)),
      kmsBound: MAX_KMS_REQUESTS_PER_CASE_VIEW,
      viewMedianMs: median(viewTimes),
      viewP90Ms: percentile(viewTimes, 90),
      kmsPerOlderPage: Math.max(...olderPages.map((page) => page.kms)),
      olderPageMedianMs: median(olderPages.map((page) => page.ms)),
      pages: 1 + olderPages.length,
    };
  } finally {
    await runtime.stop();
  }
}
