/**
 * "Saya tangani": the first acknowledgement of a case assigns it to whoever pressed and stops the chain
 * (its pending steps are cancelled; the SLA job plans none after it). One recorded change with its
 * timeline entry, like every change. A later press by someone else changes nothing and says who has it.
 * The caller comes from an SMS link, so it sends no version: the current one is read (and read again if
 * another change took it meanwhile).
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import { VersionConflictError } from '../errors.js';
import { cancelMootEscalations } from '../staff/cancel-moot-escalations.js';
import { findInTenant, loadCase, staffRef } from '../staff/load-case.js';
import type { StaffDependencies } from '../staff/ports.js';
import type { Assignee } from '../staff/timeline.js';
import { AlertLinkNotFoundError } from './errors.js';
import type { AlertLinks } from './on-call-alert-publisher.js';

const MAX_TRIES = 3;

export interface AcknowledgementResult {
  readonly caseId: string;
  /** False when someone acknowledged it before. */
  readonly acknowledged: boolean;
  readonly assignee?: Assignee;
  readonly acknowledgedAt?: string;
  readonly version: number;
}

export async function acknowledgeCase(
  deps: Pick<StaffDependencies, 'cases' | 'outbox' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
): Promise<AcknowledgementResult> {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const current = await loadCase(deps.cases, session, caseId);
    if (current.acknowledgedAt) {
      return { caseId: current.caseId, acknowledged: false, assignee: current.assignee, acknowledgedAt: current.acknowledgedAt, version: current.version };
    }
    const at = deps.clock.now().toISOString();
    const assignee: Assignee = { id: session.staff.id, name: session.staff.name };
    const result = await deps.cases.saveChange({
      tenantId: session.tenant.id,
      caseId: current.caseId,
      expectedVersion: current.version,
      entry: { kind: 'acknowledgement', at, by: staffRef(session.staff) },
      set: { assignee, acknowledgedAt: at },
    });
    if (!result.saved) continue;
    deps.logger.info('case acknowledged', { tenant: session.tenant.id, caseId: current.caseId, version: result.version });
    await cancelMootEscalations(deps, session.tenant.id, current.caseId);
    return { caseId: current.caseId, acknowledged: true, assignee, acknowledgedAt: at, version: result.version };
  }
  throw new VersionConflictError();
}

/** What an alert link opens, for a signed-in staff member of the link's regency only (404 otherwise). */
export async function openAlertLink(
  deps: Pick<StaffDependencies, 'cases'> & { readonly links: AlertLinks },
  session: StaffSession,
  linkId: string | undefined,
) {
  const target = linkId ? await deps.links.resolve(linkId) : undefined;
  if (!target || target.tenantId !== session.tenant.id) throw new AlertLinkNotFoundError();
  const found = await findInTenant((tenantId, id) => deps.cases.findCase(tenantId, id), session, target.caseId);
  return {
    caseId: found.caseId,
    reference: found.reference,
    urgency: found.urgency,
    category: found.category,
    kecamatan: found.kecamatan,
    status: found.status,
    createdAt: found.createdAt,
    assignee: found.assignee,
    acknowledgedAt: found.acknowledgedAt,
    version: found.version,
  };
}
