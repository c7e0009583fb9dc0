/**
 * Staff fix what triage or the reporter got wrong: the service, the kinds of violence, the urgency, the
 * kecamatan. One recorded change: the timeline keeps old → new and the reason (sealed: staff words may name
 * the victim), the projection takes the new values (lists, numbers, the CSV and the SLA tier read them from
 * then on) and, at the first correction, keeps what intake filed as `triage`. Responders and supervisors
 * alike may correct; the timeline says who did.
 *
 * A new urgency restarts the response clock while the case awaits its assessment (`planUrgencyChange`),
 * except that a raised urgency never gives the office more time: when the new tier's clock would end after
 * the current due time, the case keeps its clock.
 */
import * as z from 'zod';
import { isEscalation } from '../alerts/case-alert.js';
import { planUrgencyChange, type UrgencyChangePlan } from '../alerts/urgency-change-plan.js';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { distinctCodes } from '../domain/assessment-vocabulary.js';
import type { AlertEvent } from '../intake/ports.js';
import { CATEGORIES, Category, Service, URGENCIES, Urgency } from '../domain/vocabulary.js';
import { InvalidInputError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import type { ProjectedFields } from './case-change.js';
import {
  CLASSIFICATION_FIELDS,
  CLASSIFICATION_REASON_MAX_LENGTH,
  type Classification,
  type ClassificationField,
  classificationOf,
} from './classification.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffCase, StaffDependencies } from './ports.js';
import { rescheduleDue } from './reschedule-due.js';

export const ClassificationRequest = z
  .object({
    service: Service.optional(),
    /** Main kind first. */
    categories: distinctCodes(Category, 1, CATEGORIES.length).optional(),
    urgency: Urgency.optional(),
    /** One of the regency's kecamatan. */
    kecamatan: z.string().trim().min(1).max(80).optional(),
    reason: z.string().trim().min(1).max(CLASSIFICATION_REASON_MAX_LENGTH),
    expectedVersion: ExpectedVersion,
  })
  .refine((request) => CLASSIFICATION_FIELDS.some((field) => request[field] !== undefined), {
    message: 'give at least one of service, categories, urgency, kecamatan',
    path: ['service'],
  });

export interface ClassificationResult {
  readonly caseId: string;
  readonly version: number;
  readonly classification: Classification;
  readonly dueAt: string;
}

type Deps = Pick<StaffDependencies, 'cases' | 'outbox' | 'vault' | 'clock' | 'logger'>;

export async function correctClassification(
  deps: Deps,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<ClassificationResult> {
  const request = parseOrThrow(ClassificationRequest, input);
  const { tenant } = session;
  if (request.kecamatan !== undefined && !tenant.kecamatan.includes(request.kecamatan)) {
    throw fieldError('kecamatan', { id: 'kecamatan tidak ada di kabupaten ini', en: 'not a kecamatan of this regency' });
  }
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  const before = classificationOf(current);
  const { from, to } = changedFields(before, request);
  if (Object.keys(to).length === 0) {
    throw fieldError('(body)', { id: 'tidak ada yang berubah', en: 'nothing changes' });
  }
  // Found, current and changing before anything is sealed: no data key is spent on a refused request.
  const reason = await deps.vault.seal({ tenant: tenant.id, caseId: current.caseId, purpose: 'note' }, { text: request.reason });

  const now = deps.clock.now();
  const clock = to.urgency ? planClock(current, to.urgency, tenant.responseHours, now) : undefined;
  const rescheduled = clock ? rescheduleDue(clock) : {};
  const version = await saveCaseChange(deps, {
    tenantId: tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: { kind: 'classification', at: now.toISOString(), by: staffRef(session.staff), from, to, reason },
    set: { ...projectedFields(to), ...(current.triage ? {} : { triage: before }), ...rescheduled.set },
    remove: rescheduled.remove,
  });
  deps.logger.info('case classification corrected', {
    tenant: tenant.id,
    caseId: current.caseId,
    fields: Object.keys(to),
    rescheduled: clock !== undefined,
    version,
  });
  if (clock && Object.keys(clock.alerts).length < Object.keys(current.alerts).length) {
    await dropStaleEscalations(deps, tenant.id, current.caseId);
  }
  return { caseId: current.caseId, version, classification: { ...before, ...to }, dueAt: clock?.dueAt ?? current.dueAt };
}

type Changes = { -readonly [F in ClassificationField]?: Classification[F] };

/** The fields the request changes, with their old values. */
function changedFields(before: Classification, request: z.output<typeof ClassificationRequest>): { from: Changes; to: Changes } {
  const from: Changes = {};
  const to: Changes = {};
  const same = (field: ClassificationField) => String(before[field] ?? '') === String(request[field]);
  for (const field of CLASSIFICATION_FIELDS) {
    if (request[field] === undefined || same(field)) continue;
    Object.assign(from, { [field]: before[field] });
    Object.assign(to, { [field]: request[field] });
  }
  return { from, to };
}

function projectedFields(to: Changes): Partial<ProjectedFields> {
  const { categories, ...rest } = to;
  return { ...rest, ...(categories?.[0] ? { categories, category: categories[0] } : {}) };
}

/** The new response clock, or undefined when the case keeps its own. */
function planClock(
  current: StaffCase,
  urgency: Urgency,
  hours: Parameters<typeof planUrgencyChange>[2],
  now: Date,
): UrgencyChangePlan | undefined {
  const plan = planUrgencyChange(current, urgency, hours, now);
  const raised = URGENCIES.indexOf(urgency) < URGENCIES.indexOf(current.urgency);
  return plan && raised && plan.dueAt >= current.dueAt ? undefined : plan;
}

/**
 * Escalations the old clock enqueued but never sent name a deadline that no longer holds: out, so the SLA
 * job enqueues them at the new times. A second write, guarded by the alerts revision; if it loses, the old
 * escalation still goes out once (one SMS too many, never one too few).
 */
async function dropStaleEscalations(deps: Pick<Deps, 'outbox' | 'logger'>, tenantId: string, caseId: string): Promise<void> {
  try {
    const current = await deps.outbox.findOutboxCase(tenantId, caseId);
    if (current?.status !== 'diterima') return;
    const kept = Object.fromEntries(
      Object.entries(current.alerts).filter(([event, entry]) => !(isEscalation(event as AlertEvent) && entry?.state === 'pending')),
    );
    await deps.outbox.saveAlerts(current, kept, { requireStatus: 'diterima' });
  } catch (error) {
    deps.logger.warn('stale escalations left in the outbox', {
      tenant: tenantId,
      caseId,
      errorName: error instanceof Error ? error.name : 'unknown',
    });
  }
}

function fieldError(field: string, message: { id: string; en: string }): InvalidInputError {
  return new InvalidInputError([{ field, issue: message.en, message }]);
}
