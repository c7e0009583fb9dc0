/** A regency's response team as a supervisor sets it up through the staff API: people, then a rota. */
import type { LocalOutboxEntry } from '#local/outbox-alert-publisher.js';
import { smsAbout } from './alert-observations.js';
import type { TestRuntime } from './local-runtime.js';
import { personClient, type StaffClient, staffClient } from './staff/staff-client.js';

export interface TeamMember {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly role: 'responder' | 'supervisor';
  readonly client: StaffClient;
}

export interface Team {
  readonly supervisor: StaffClient;
  readonly ana: TeamMember;
  readonly beni: TeamMember;
  readonly dewi: TeamMember;
  readonly citra: TeamMember;
}

/** Adds Ana, Beni and Dewi (responders) and Citra (supervisor) to Blora's directory. */
export async function addTeam(runtime: TestRuntime): Promise<Team> {
  const supervisor = staffClient(runtime, 'blora', 'supervisor');
  const add = async (name: string, phone: string, role: TeamMember['role']): Promise<TeamMember> => {
    const email = `${name.toLowerCase()}@blora.example`;
    const { status, json } = await supervisor.post('/directory', { name, role, email, phone });
    if (status !== 201) throw new Error(`adding ${name}: ${status}`);
    return { personId: json.personId, name, email, role, client: personClient(runtime, 'blora', { email, name, role }) };
  };
  return {
    supervisor,
    ana: await add('Ana', '081200000001', 'responder'),
    beni: await add('Beni', '081200000002', 'responder'),
    dewi: await add('Dewi', '081200000003', 'responder'),
    citra: await add('Citra', '081200000004', 'supervisor'),
  };
}

/** Replaces the rota (whatever its version) and fails loudly when it is refused. */
export async function putRota(team: Team, rota: Record<string, unknown>): Promise<void> {
  const { json: current } = await team.supervisor.get('/rota');
  const saved = await team.supervisor.put('/rota', { expectedVersion: current.version, rota: { weekly: [], swaps: [], supervisors: [], ...rota } });
  if (saved.status !== 200) throw new Error(`rota refused: ${JSON.stringify(saved.json)}`);
}

/** The SMS about a case that went to people of the directory, oldest first, as [event, person id]. */
export async function personalSms(runtime: TestRuntime, reference: string): Promise<LocalOutboxEntry[]> {
  return (await smsAbout(runtime, reference)).filter((sms) => sms.personId !== undefined);
}
