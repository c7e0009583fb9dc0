/**
 * A service given to the victim, recorded on the case: its kind (plaintext, counted by the numbers), the day
 * it was given (not after today in the regency), and who gave it, where, with a note, sealed (purpose
 * `note`). The projection keeps the kinds given so far.
 */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { InvalidInputError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { CaseDate } from './case-filter.js';
import { ExpectedVersion, loadCase, requireVersion, saveCaseChange, staffRef } from './load-case.js';
import { localDateOf } from './local-dates.js';
import { NOTE_MAX_LENGTH } from './add-case-note.js';
import type { StaffDependencies } from './ports.js';
import { ServiceGiven, type ServiceGivenDetails } from './services-given.js';

export const ServiceRequest = z.object({
  service: ServiceGiven,
  /** The regency's calendar day the service was given. */
  date: CaseDate,
  providedBy: z.string().trim().min(1).max(200),
  place: z.string().trim().min(1).max(200),
  note: z.string().trim().min(1).max(NOTE_MAX_LENGTH).optional(),
  expectedVersion: ExpectedVersion,
});

export interface ServiceResult {
  readonly caseId: string;
  readonly version: number;
}

export async function recordService(
  deps: Pick<StaffDependencies, 'cases' | 'vault' | 'clock' | 'logger'>,
  session: StaffSession,
  caseId: string | undefined,
  input: unknown,
): Promise<ServiceResult> {
  const request = parseOrThrow(ServiceRequest, input);
  const now = deps.clock.now();
  if (request.date > localDateOf(now, session.tenant.timeZone)) {
    throw new InvalidInputError([
      {
        field: 'date',
        issue: 'the date is after today',
        message: { id: 'tanggal layanan tidak boleh setelah hari ini', en: 'the service date cannot be after today' },
      },
    ]);
  }
  const current = await loadCase(deps.cases, session, caseId);
  requireVersion(current, request.expectedVersion);
  const sealed: ServiceGivenDetails = { providedBy: request.providedBy, place: request.place, note: request.note };
  const details = await deps.vault.seal({ tenant: session.tenant.id, caseId: current.caseId, purpose: 'note' }, sealed);
  const given = current.servicesGiven ?? [];

  const version = await saveCaseChange(deps, {
    tenantId: session.tenant.id,
    caseId: current.caseId,
    expectedVersion: request.expectedVersion,
    entry: { kind: 'service', at: now.toISOString(), by: staffRef(session.staff), service: request.service, date: request.date, details },
    set: given.includes(request.service) ? undefined : { servicesGiven: [...given, request.service] },
  });
  deps.logger.info('case service recorded', { tenant: session.tenant.id, caseId: current.caseId, version });
  return { caseId: current.caseId, version };
}
