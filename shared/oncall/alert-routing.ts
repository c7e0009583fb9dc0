/**
 * Who an alert goes to, decided when it is sent: the person on call at that moment (a swap for tonight
 * counts), the second in the chain for `chainSecond`, the supervisors for the supervisors' steps. A
 * regency whose rota has nobody on call alerts its supervisors (and the console shows a red banner). A
 * regency without a rota keeps its SNS topic's subscribers, as before the directory existed. An assignment
 * SMS goes to the assignee alone, rota or not, and to nobody when they are not an active person of the directory.
 */
import type { AlertEvent, AlertRecipient, CaseAlert } from '../intake/ports.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { isChainEvent } from './acknowledge-chain.js';
import type { RotaStore, StaffDirectory } from './ports.js';
import { onCallAt } from './rota.js';
import type { StaffPerson } from './staff-person.js';

export interface AlertRoutingDependencies {
  readonly directory: Pick<StaffDirectory, 'listPeople'>;
  readonly rotas: Pick<RotaStore, 'findRota'>;
  readonly tenants: TenantRegistry;
}

export type AlertRoute =
  /** No rota: the regency's topic, as before. */
  | { readonly kind: 'topic' }
  /** A chain step in a regency without a rota: there is no chain to move along. */
  | { readonly kind: 'no-chain' }
  /** An assignment SMS for someone the directory does not have (assigned before it existed): nobody to text. */
  | { readonly kind: 'no-recipient' }
  | { readonly kind: 'people'; readonly people: readonly AlertRecipient[]; readonly nobodyOnCall: boolean };

const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export async function routeAlert(deps: AlertRoutingDependencies, alert: CaseAlert, now: Date): Promise<AlertRoute> {
  if (alert.event === 'assigned') return routeToAssignee(deps, alert);
  const stored = await deps.rotas.findRota(alert.tenantId);
  if (!stored) return isChainEvent(alert.event) ? { kind: 'no-chain' } : { kind: 'topic' };
  const tenant = await deps.tenants.find(alert.tenantId);
  const active = new Map(
    (await deps.directory.listPeople(alert.tenantId)).filter((person) => person.active).map((person) => [person.personId, person]),
  );
  const chain = onCallAt(stored.rota, now, tenant?.timeZone ?? DEFAULT_TIME_ZONE);
  const first = chain.first ? active.get(chain.first) : undefined;
  const second = chain.second ? active.get(chain.second) : undefined;
  const listed = chain.supervisors.flatMap((id) => active.get(id) ?? []);
  // A rota without supervisors still reaches someone responsible: every supervisor of the directory.
  const supervisors = listed.length > 0 ? listed : [...active.values()].filter((person) => person.role === 'supervisor');

  const people = pick(alert.event, first, second, supervisors);
  if (people.length === 0) return { kind: 'topic' };
  return { kind: 'people', people, nobodyOnCall: first === undefined };
}

async function routeToAssignee(deps: AlertRoutingDependencies, alert: CaseAlert): Promise<AlertRoute> {
  const people = await deps.directory.listPeople(alert.tenantId);
  const assignee = people.find((person) => person.active && person.email === alert.assigneeId);
  return assignee ? { kind: 'people', people: [recipient(assignee, 'assignee')], nobodyOnCall: false } : { kind: 'no-recipient' };
}

function pick(
  event: AlertEvent,
  first: StaffPerson | undefined,
  second: StaffPerson | undefined,
  supervisors: readonly StaffPerson[],
): AlertRecipient[] {
  const asSupervisors = () => supervisors.map((person) => recipient(person, 'supervisor'));
  switch (event) {
    case 'received':
    case 'overdue':
    case 'tpksDue':
    case 'followUpDue':
      return first ? [recipient(first, 'first')] : asSupervisors();
    case 'chainSecond':
      return second ? [recipient(second, 'second')] : asSupervisors();
    case 'chainSupervisors':
    case 'overdueSupervisor':
    case 'tpksDueSupervisor':
      return asSupervisors();
    // Routed to the assignee before the rota is read (routeToAssignee).
    case 'assigned':
      return [];
  }
}

export function recipient(person: StaffPerson, step: AlertRecipient['step']): AlertRecipient {
  return { personId: person.personId, name: person.name, step, phone: person.phone };
}
