/**
 * A report taken down at the office's desk ("laporan datang langsung"): a staff member enters what the
 * person who walked in said, through the same `submitReport` as every channel (reference, tracking code,
 * alert, SLA). The regency and the staff member come from the token; the case remembers who entered it.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { WalkInNotOfferedError } from '../errors.js';
import { ReporterRole } from '../intake/reporter-role.js';
import { type ReportReceipt, type SubmitReportDependencies, submitReport } from '../intake/submit-report.js';
import { parseOrThrow } from '../validation.js';
import { staffRef } from './load-case.js';

export interface WalkInDependencies {
  /** Intake's own adapters (its case store writes new cases; the staff store only reads and changes them). */
  readonly intake: SubmitReportDependencies;
}

/** The report as the console sends it: the one submission contract, plus who the reporter is. */
export const WalkInRequest = z.looseObject({
  /** Made by the console once per form: a retry or a double click stores one report. */
  submissionId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 letters, digits, - or _'),
  /** Staff ask who is reporting; `staff` when they report what they saw themselves. */
  reporterRole: ReporterRole,
});

/** What staff read out or write down for the reporter: the tracking code is shown this once. */
export type WalkInReceipt = Omit<ReportReceipt, 'created'>;

export async function enterWalkInReport(
  deps: WalkInDependencies,
  session: StaffSession,
  input: unknown,
): Promise<{ receipt: WalkInReceipt; created: boolean }> {
  if (!session.tenant.channels.includes('walk-in')) throw new WalkInNotOfferedError();
  const { submissionId, ...report } = parseOrThrow(WalkInRequest, input);
  const { created, ...receipt } = await submitReport(
    deps.intake,
    session.tenant,
    { ...report, channel: 'walk-in', channelRef: `walk-in:${submissionId}` },
    { enteredBy: staffRef(session.staff) },
  );
  return { receipt, created };
}
