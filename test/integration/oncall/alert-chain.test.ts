import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isGsm7, SMS_LIMIT } from '#shared/alerts/alert-text.js';
import { type SwitchableOutage, switchableOutage } from '../../support/alert-faults.js';
import { smsAbout } from '../../support/alert-observations.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { addTeam, personalSms, putRota, type Team } from '../../support/oncall.js';
import { tierReportJson } from '../../support/report-fixtures.js';
import { staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let sns: SwitchableOutage;
let team: Team;

// Monday 23 Nov 2026, 20:00 WIB: the night shift.
const START = Date.parse('2026-11-23T13:00:00.000Z');

beforeEach(async () => {
  clock = createTestClock(new Date(START));
  sns = switchableOutage();
  runtime = await startTestRuntime({ clock, decorateAlertPublisher: sns.decorate });
  team = await addTeam(runtime);
  await putRota(team, {
    weekly: [{ day: 'mon', from: '19:00', to: '07:00', first: team.ana.personId, second: team.beni.personId }],
    supervisors: [team.citra.personId],
  });
});
afterEach(async () => {
  await runtime.stop();
});

const report = async (urgency: 'DARURAT' | 'TINGGI' = 'DARURAT') => {
  const { json } = await postJson(`${runtime.url}/api/v1/blora/reports`, tierReportJson(urgency));
  const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === json.reference);
  return { reference: String(json.reference), caseId: String(item?.caseId) };
};
const at = async (minutes: number) => {
  clock.set(new Date(START + minutes * MINUTE));
  await runtime.escalateOverdueCases();
  await runtime.sweepAlerts();
};
const recipients = async (reference: string) =>
  (await personalSms(runtime, reference)).map((sms) => [sms.event, sms.personId]);
const linkIdOf = (sms: string) => /\/staff\/a\/([0-9A-Za-z]{10})$/.exec(sms)?.[1];

describe('alerts to whoever is on call, with an acknowledgement chain', () => {
  it('alerts the first person only, then the second after 15 minutes, then the supervisors', async () => {
    // Prepare
    const { reference } = await report('DARURAT');
    const atReport = await recipients(reference);

    // Act
    await at(14);
    const before = await recipients(reference);
    await at(15);
    const afterFirstWindow = await recipients(reference);
    await at(30);

    // Assess
    expect(atReport).toEqual([['received', team.ana.personId]]);
    expect(before).toEqual(atReport);
    expect(afterFirstWindow).toEqual([...atReport, ['chainSecond', team.beni.personId]]);
    expect(await recipients(reference)).toEqual([...afterFirstWindow, ['chainSupervisors', team.citra.personId]]);
    for (const sms of await personalSms(runtime, reference)) {
      expect(sms.sms.length).toBeLessThanOrEqual(SMS_LIMIT);
      expect(isGsm7(sms.sms)).toBe(true);
      expect(linkIdOf(sms.sms)).toBeDefined();
      expect(sms.sms).not.toContain('Cepu Raya'); // never the reporter's words
    }
  });

  it('gives TINGGI cases 60 minutes before the second person', async () => {
    // Prepare
    const { reference } = await report('TINGGI');

    // Act
    await at(59);
    const before = await recipients(reference);
    await at(60);

    // Assess
    expect(before).toEqual([['received', team.ana.personId]]);
    expect((await recipients(reference)).at(-1)).toEqual(['chainSecond', team.beni.personId]);
  });

  it('stops the chain and assigns the case to whoever acknowledges first from the link', async () => {
    // Prepare
    const { reference, caseId } = await report('DARURAT');
    const [first] = await personalSms(runtime, reference);
    const linkId = linkIdOf(first?.sms ?? '');
    clock.set(new Date(START + 5 * MINUTE));

    // Act
    const opened = await team.ana.client.get(`/alert-links/${linkId}`);
    const acknowledged = await team.ana.client.post(`/cases/${caseId}/acknowledge`, {});
    const late = await team.beni.client.post(`/cases/${caseId}/acknowledge`, {});
    await at(15);
    await at(30);
    const timeline = await team.ana.client.get(`/cases/${caseId}/timeline`);

    // Assess
    expect(opened.json).toMatchObject({ caseId, reference, urgency: 'DARURAT' });
    expect(acknowledged.json).toMatchObject({ acknowledged: true, assignee: { id: 'ana@blora.example', name: 'Ana' } });
    expect(late.json).toMatchObject({ acknowledged: false, assignee: { name: 'Ana' } });
    expect(await recipients(reference)).toEqual([['received', team.ana.personId]]);
    const kinds = JSON.stringify(timeline.json);
    expect(kinds).toContain('"kind":"alertRecipients"');
    expect(kinds).toContain('"kind":"acknowledgement"');
    const view = await staffClient(runtime, 'blora', 'supervisor').get(`/cases/${caseId}`);
    expect(view.json.assignee).toEqual({ id: 'ana@blora.example', name: 'Ana' });
  });

  it('answers 404 for an alert link from another regency or one that does not exist', async () => {
    // Prepare
    const { reference } = await report('DARURAT');
    const linkId = linkIdOf((await personalSms(runtime, reference))[0]?.sms ?? '');

    // Act
    const fromPurwakarta = await staffClient(runtime, 'purwakarta').get(`/alert-links/${linkId}`);
    const unknown = await team.ana.client.get('/alert-links/AAAAAAAAAA');

    // Assess
    expect(fromPurwakarta.status).toBe(404);
    expect(unknown.status).toBe(404);
  });

  it('sends the next alert to whoever a swap for tonight names', async () => {
    // Prepare
    await putRota(team, {
      weekly: [{ day: 'mon', from: '19:00', to: '07:00', first: team.ana.personId, second: team.beni.personId }],
      swaps: [{ from: '2026-11-23T19:00', to: '2026-11-24T07:00', first: team.dewi.personId, second: team.ana.personId }],
      supervisors: [team.citra.personId],
    });

    // Act
    const { reference } = await report('DARURAT');
    await at(15);

    // Assess
    expect(await recipients(reference)).toEqual([
      ['received', team.dewi.personId],
      ['chainSecond', team.ana.personId],
    ]);
  });

  it('alerts the supervisors and raises the banner flag when nobody is on call', async () => {
    // Prepare
    await putRota(team, {
      weekly: [{ day: 'tue', from: '08:00', to: '16:00', first: team.ana.personId }],
      supervisors: [team.citra.personId],
    });

    // Act
    const { reference } = await report('DARURAT');
    const now = await team.beni.client.get('/rota/now');

    // Assess
    expect(await recipients(reference)).toEqual([['received', team.citra.personId]]);
    expect(now.json).toMatchObject({ nobodyOnCall: true, supervisors: [{ name: 'Citra' }] });
  });

  it('delivers each alert exactly once to each person after SNS recovers', async () => {
    // Prepare
    sns.down = true;
    const { reference } = await report('DARURAT');
    await at(15);
    await at(20);

    // Act
    sns.down = false;
    await at(40);
    await at(45);
    await at(120);

    // Assess
    expect(sns.refused).toBeGreaterThan(0);
    const sent = await recipients(reference);
    expect(sent.filter(([event]) => event === 'received')).toEqual([['received', team.ana.personId]]);
    expect(sent.filter(([event]) => event === 'chainSecond')).toEqual([['chainSecond', team.beni.personId]]);
    expect(sent.filter(([event]) => event === 'chainSupervisors')).toEqual([['chainSupervisors', team.citra.personId]]);
    expect(new Set(sent.map(([event, person]) => `${event}:${person}`)).size).toBe(sent.length);
  });

  it('moves the alert to the second person at once when the carrier fails to deliver it to the first', async () => {
    // Prepare
    runtime.carrier.refuseNext(1);

    // Act
    const { reference } = await report('DARURAT');

    // Assess: Ana's SMS never reached her phone; Beni's did, without waiting out the 15 minutes.
    expect(await recipients(reference)).toEqual([['chainSecond', team.beni.personId]]);
    const failed = (await runtime.scanAll()).filter((item) => item.type === 'AlertDelivery' && item.smsFailureCount === 1);
    expect(failed.map((item) => [item.event, item.personId])).toEqual([['received', team.ana.personId]]);
    await at(15);
    expect(await recipients(reference)).toEqual([['chainSecond', team.beni.personId]]);
  });

  it('keeps the regency topic for its other subscribers', async () => {
    // Act
    const { reference } = await report('DARURAT');

    // Assess
    const topic = (await smsAbout(runtime, reference)).filter((sms) => sms.personId === undefined);
    expect(topic.map((sms) => sms.event)).toEqual(['received']);
  });
});
