/**
 * The victim (or a child's guardian) declined a referral to the police: recorded with that consent
 * answer, it ends the TPKS clock of a sexual-violence case (no more reminders) and shows on the timeline.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { AppError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { isSexualViolence, type PoliceReferralOutcome } from './casework-clock.js';
import { caseworkWatchAfter } from './casework-watch.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import type { StaffDependencies } from './ports.js';
import { Consent } from './referrals.js';

export const PoliceReferralDeclinedRequest = z.object({
  consent: Consent.extend({ given: z.literal(false) }),
  expectedVersion: ExpectedVersion,
});

export class PoliceReferralNotPendingError extends AppError {
  constructor() {
    super(409, 'POLICE_REFERRAL_NOT_PENDING', {
      id: 'Kasus ini tidak sedang menunggu rujukan ke polisi (UU TPKS).',
      en: 'This case is not waiting for a police referral (TPKS law).',
    });
  }
}

export async function recordPoliceReferralDeclined(
  deps: Pick<StaffDependencies, 'cases' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<{ caseId: string; policeReferral: PoliceReferralOutcome; version: number }> {
  const request = parseOrThrow(PoliceReferralDeclinedRequest, input);
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  if (!isSexualViolence(current) || current.policeReferral) throw new PoliceReferralNotPendingError();

  const at = deps.clock.now().toISOString();
  const policeReferral: PoliceReferralOutcome = { outcome: 'declined', at };
  const watch = caseworkWatchAfter(current, { policeReferral });
  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: { kind: 'policeReferralDeclined', at, by: staffRef(session.staff), reasonKind: 'korban_menolak', consent: request.consent },
    set: { policeReferral, ...watch.set },
    remove: watch.remove,
  });
  deps.logger.info('police referral declined', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, policeReferral, version };
}
