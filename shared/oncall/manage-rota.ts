/**
 * The rota as supervisors keep it (`GET|PUT /api/v1/staff/rota`), who is on call now for everyone, and the
 * audit of directory and rota changes. A rota that names a person the directory does not have (or has
 * disabled), a supervisor who is not one, overlapping or empty shifts: a 400 naming the field.
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { zoneAbbreviation } from '../domain/local-time.js';
import { InvalidInputError } from '../errors.js';
import { decodeCursor, encodeCursor } from '../staff/page-cursor.js';
import { AuditQuery } from '../staff/list-reveal-audit.js';
import { parseOrThrow } from '../validation.js';
import { OnCallVersionConflictError } from './errors.js';
import { recordOnCallAudit } from './manage-directory.js';
import type { DirectoryDependencies, OnCallAuditEntry, StoredRota } from './ports.js';
import { EMPTY_ROTA, onCallAt, Rota, rotaProblems } from './rota.js';
import type { StaffPerson } from './staff-person.js';

export const RotaRequest = z.object({ rota: Rota, expectedVersion: z.number().int().min(0) });

/** A person as the rota shows them: no number. */
export interface RotaPerson {
  readonly personId: string;
  readonly name: string;
  readonly role: StaffPerson['role'];
  readonly active: boolean;
}

export interface RotaView extends StoredRota {
  readonly timeZone: string;
  readonly zone: string;
  readonly people: readonly RotaPerson[];
}

export async function viewRota(deps: Pick<DirectoryDependencies, 'directory' | 'rotas'>, session: StaffSession): Promise<RotaView> {
  requireSupervisor(session.staff);
  const [stored, people] = await Promise.all([
    deps.rotas.findRota(session.tenant.id),
    deps.directory.listPeople(session.tenant.id),
  ]);
  return { ...(stored ?? { rota: EMPTY_ROTA, version: 0 }), ...zoneOf(session), people: people.map(rotaPerson) };
}

export async function replaceRota(deps: DirectoryDependencies, session: StaffSession, input: unknown): Promise<RotaView> {
  requireSupervisor(session.staff);
  const { rota, expectedVersion } = parseOrThrow(RotaRequest, input);
  const people = await deps.directory.listPeople(session.tenant.id);
  const problems = [...rotaProblems(rota), ...unknownPeople(rota, people)];
  if (problems.length > 0) {
    throw new InvalidInputError(problems.map(({ field, issue }) => ({ field: `rota.${field}`, issue, message: { id: issue, en: issue } })));
  }
  const at = deps.clock.now().toISOString();
  const stored: StoredRota = { rota, version: expectedVersion + 1, updatedAt: at, updatedBy: { id: session.staff.id, name: session.staff.name, role: session.staff.role } };
  if (!(await deps.rotas.saveRota(session.tenant.id, stored, expectedVersion))) throw new OnCallVersionConflictError();
  await recordOnCallAudit(deps, session, 'rota-changed', at);
  deps.logger.info('rota changed', { tenant: session.tenant.id, version: stored.version });
  return { ...stored, ...zoneOf(session), people: people.map(rotaPerson) };
}

export interface OnCallNow {
  readonly at: string;
  readonly zone: string;
  readonly first?: RotaPerson;
  readonly second?: RotaPerson;
  readonly supervisors: readonly RotaPerson[];
  /** The regency has a rota, and nobody on it covers this moment: alerts go to the supervisors (red banner). */
  readonly nobodyOnCall: boolean;
}

/** Who is on call right now: for everyone signed in to the regency. */
export async function whoIsOnCall(
  deps: Pick<DirectoryDependencies, 'directory' | 'rotas' | 'clock'>,
  session: StaffSession,
): Promise<OnCallNow> {
  const now = deps.clock.now();
  const [stored, people] = await Promise.all([
    deps.rotas.findRota(session.tenant.id),
    deps.directory.listPeople(session.tenant.id),
  ]);
  const byId = new Map(people.filter((person) => person.active).map((person) => [person.personId, rotaPerson(person)]));
  const chain = onCallAt(stored?.rota ?? EMPTY_ROTA, now, session.tenant.timeZone);
  const first = chain.first ? byId.get(chain.first) : undefined;
  return {
    at: now.toISOString(),
    zone: zoneAbbreviation(session.tenant.timeZone),
    first,
    second: chain.second ? byId.get(chain.second) : undefined,
    supervisors: chain.supervisors.flatMap((id) => byId.get(id) ?? []),
    nobodyOnCall: stored !== undefined && first === undefined,
  };
}

export async function listOnCallAudit(
  deps: Pick<DirectoryDependencies, 'onCallAudit'>,
  session: StaffSession,
  rawQuery: unknown,
): Promise<{ readonly changes: readonly OnCallAuditEntry[]; readonly nextCursor?: string }> {
  requireSupervisor(session.staff);
  const query = parseOrThrow(AuditQuery, rawQuery ?? {});
  const page = await deps.onCallAudit.list(session.tenant.id, query.limit, decodeCursor(query.cursor));
  return { changes: page.items, nextCursor: encodeCursor(page.resumeAfter) };
}

function unknownPeople(rota: Rota, people: readonly StaffPerson[]) {
  const active = new Map(people.filter((person) => person.active).map((person) => [person.personId, person]));
  const problems: { field: string; issue: string }[] = [];
  const check = (field: string, id: string | undefined) => {
    if (id !== undefined && !active.has(id)) problems.push({ field, issue: 'orang ini tidak ada (atau dinonaktifkan) di direktori' });
  };
  rota.weekly.forEach((shift, index) => {
    check(`weekly.${index}.first`, shift.first);
    check(`weekly.${index}.second`, shift.second);
  });
  rota.swaps.forEach((swap, index) => {
    check(`swaps.${index}.first`, swap.first);
    check(`swaps.${index}.second`, swap.second);
  });
  rota.supervisors.forEach((id, index) => {
    check(`supervisors.${index}`, id);
    if (active.get(id) && active.get(id)?.role !== 'supervisor') {
      problems.push({ field: `supervisors.${index}`, issue: 'hanya supervisor yang dapat berada di ujung rantai' });
    }
  });
  return problems;
}

const zoneOf = (session: StaffSession) => ({ timeZone: session.tenant.timeZone, zone: zoneAbbreviation(session.tenant.timeZone) });

function rotaPerson(person: StaffPerson): RotaPerson {
  return { personId: person.personId, name: person.name, role: person.role, active: person.active };
}
