/**
 * The regency's staff directory, kept by its supervisors in the console: add a person, disable, re-enable.
 * Every change is audited (who, what, when). Numbers are sealed before they are stored and opened only
 * for the directory view. Each change reaches the person's sign-in account first and the directory second:
 * a failure in between leaves a state the same request, sent again, completes (never an entry whose
 * account is missing or still signs in).
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { parseOrThrow } from '../validation.js';
import { staffRef } from '../staff/load-case.js';
import { OnCallVersionConflictError, StaffEmailTakenError, StaffPersonNotFoundError } from './errors.js';
import type { DirectoryDependencies, OnCallAuditAction } from './ports.js';
import type { StaffAccount, StaffAccounts } from './staff-accounts.js';
import {
  NewPersonRequest,
  PersonId,
  phoneContext,
  type StaffPerson,
  type StaffPersonView,
} from './staff-person.js';

/** The directory's changes also reach the people's sign-in accounts (Cognito in the cloud). */
export interface StaffAdminDependencies extends DirectoryDependencies {
  readonly accounts: StaffAccounts;
}

export const PersonActiveRequest = z.object({ active: z.boolean(), expectedVersion: z.number().int().positive() });

export async function listDirectory(
  deps: Pick<DirectoryDependencies, 'directory' | 'vault'>,
  session: StaffSession,
): Promise<{ readonly people: readonly StaffPersonView[] }> {
  requireSupervisor(session.staff);
  const people = await deps.directory.listPeople(session.tenant.id);
  const views = await Promise.all(people.map((person) => viewPerson(deps, person)));
  return { people: views.sort((a, b) => a.name.localeCompare(b.name, 'id')) };
}

export async function addPerson(
  deps: StaffAdminDependencies,
  session: StaffSession,
  input: unknown,
): Promise<StaffPersonView> {
  requireSupervisor(session.staff);
  const request = parseOrThrow(NewPersonRequest, input);
  const tenantId = session.tenant.id;
  if (await deps.directory.findPersonByEmail(tenantId, request.email)) throw new StaffEmailTakenError();
  // Always the token's regency: an e-mail that signs in for another regency is refused here (409).
  await deps.accounts.ensureAccount({ tenantId, email: request.email, name: request.name, role: request.role });
  const personId = deps.ids.newId();
  const at = deps.clock.now().toISOString();
  const person: StaffPerson = {
    tenantId,
    personId,
    name: request.name,
    role: request.role,
    email: request.email,
    phone: await deps.vault.seal(phoneContext(tenantId, personId), request.phone),
    active: true,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  if (!(await deps.directory.addPerson(person))) throw new StaffEmailTakenError();
  await recordOnCallAudit(deps, session, 'person-added', at, person);
  deps.logger.info('staff person added', { tenant: tenantId, personId });
  return { ...withoutPhone(person), phone: request.phone };
}

/** Disables or re-enables a person: a disabled person is never alerted and cannot be put on the rota. */
export async function setPersonActive(
  deps: StaffAdminDependencies,
  session: StaffSession,
  personId: string | undefined,
  input: unknown,
): Promise<StaffPersonView> {
  requireSupervisor(session.staff);
  const request = parseOrThrow(PersonActiveRequest, input);
  const current = await findPersonOf(deps, session, personId);
  if (current.version !== request.expectedVersion) throw new OnCallVersionConflictError();
  // Also when the directory already agrees: a retry after a failure between the two writes aligns the account.
  await deps.accounts.setSignInEnabled(accountOf(current), request.active);
  if (current.active === request.active) return viewPerson(deps, current);
  const at = deps.clock.now().toISOString();
  const next: StaffPerson = { ...current, active: request.active, updatedAt: at, version: current.version + 1 };
  if (!(await deps.directory.savePerson(next, current.version))) throw new OnCallVersionConflictError();
  await recordOnCallAudit(deps, session, request.active ? 'person-enabled' : 'person-disabled', at, next);
  deps.logger.info('staff person active changed', { tenant: session.tenant.id, personId: next.personId, active: next.active });
  return viewPerson(deps, next);
}

async function findPersonOf(
  deps: Pick<DirectoryDependencies, 'directory'>,
  session: StaffSession,
  personId: string | undefined,
): Promise<StaffPerson> {
  const id = PersonId.safeParse(personId);
  const found = id.success ? await deps.directory.findPerson(session.tenant.id, id.data) : undefined;
  if (!found) throw new StaffPersonNotFoundError();
  return found;
}

function accountOf(person: StaffPerson): StaffAccount {
  return { tenantId: person.tenantId, email: person.email, name: person.name, role: person.role };
}

async function viewPerson(deps: Pick<DirectoryDependencies, 'vault'>, person: StaffPerson): Promise<StaffPersonView> {
  const phone = await deps.vault.open<string>(phoneContext(person.tenantId, person.personId), person.phone);
  return { ...withoutPhone(person), phone };
}

function withoutPhone(person: StaffPerson): Omit<StaffPersonView, 'phone'> {
  const { phone: _phone, tenantId: _tenant, ...rest } = person;
  return rest;
}

/** Who changed the directory or the rota, when and how. */
export async function recordOnCallAudit(
  deps: Pick<DirectoryDependencies, 'onCallAudit' | 'ids'>,
  session: StaffSession,
  action: OnCallAuditAction,
  at: string,
  person?: StaffPerson,
): Promise<void> {
  await deps.onCallAudit.record({
    auditId: deps.ids.newId(),
    tenantId: session.tenant.id,
    at,
    by: staffRef(session.staff),
    action,
    ...(person ? { person: { personId: person.personId, name: person.name } } : {}),
  });
}
