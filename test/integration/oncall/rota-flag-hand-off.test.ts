import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SweeperHandOffAlertPublisher } from '#shared/alerts/sweeper-hand-off.js';
import type { AlertPublisher, CaseAlert } from '#shared/intake/ports.js';
import { submitReport } from '#shared/intake/submit-report.js';
import { DynamoTenantRegistry, seedTenants } from '#shared/store/dynamo-tenant-registry.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { loadTenantsConfig } from '#local/runtime.js';
import { storedCase } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { addTeam, putRota, type Team } from '../../support/oncall.js';
import { tierReportJson } from '../../support/report-fixtures.js';
import { createTestClock, MINUTE, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let team: Team;
/** The intake container's own registry: it caches the tenant item from its first report. */
let intakeRegistry: DynamoTenantRegistry;
let intakeAlerts: AlertPublisher;
let toTopic: CaseAlert[];

beforeEach(async () => {
  clock = createTestClock(new Date('2026-11-23T13:00:00.000Z'));
  runtime = await startTestRuntime({ clock });
  team = await addTeam(runtime);
  toTopic = [];
  intakeRegistry = new DynamoTenantRegistry(runtime.dynamo.documents, runtime.tableName, () => clock.now().getTime());
  const topic: AlertPublisher = {
    publish: async (alert) => {
      toTopic.push(alert);
      return { messageId: `topic-${alert.dedupeId}` };
    },
  };
  intakeAlerts = new SweeperHandOffAlertPublisher(intakeRegistry, topic);
});
afterEach(async () => {
  await runtime.stop();
});

async function report(channelRef: string): Promise<Record<string, any>> {
  const tenant = (await intakeRegistry.find('blora')) as Tenant;
  const receipt = await submitReport({ ...runtime.deps, alerts: intakeAlerts }, tenant, { ...tierReportJson('DARURAT'), channel: 'web', channelRef });
  return storedCase(runtime, receipt.reference);
}

const saveRota = () =>
  putRota(team, {
    weekly: [{ day: 'mon', from: '19:00', to: '07:00', first: team.ana.personId, second: team.beni.personId }],
    supervisors: [team.citra.personId],
  });

describe('intake learns of a rota from the tenant item, not by reading the rota', () => {
  it('sends a regency without a rota to its topic at once', async () => {
    // Act
    const stored = await report('api:no-rota');

    // Assess
    expect(toTopic.map((alert) => alert.event)).toEqual(['received']);
    expect(stored.alerts.received).toMatchObject({ state: 'sent' });
  });

  it('hands alerts to the sweeper once the cached tenant item is older than the first rota save', async () => {
    // Prepare
    await report('api:before-rota');
    await saveRota();

    // Act
    const withinCache = await report('api:cached');
    clock.advance(5 * MINUTE + 1);
    const afterCache = await report('api:after-cache');

    // Assess
    expect(toTopic).toHaveLength(2);
    expect(withinCache.alerts.received).toMatchObject({ state: 'sent' });
    expect(afterCache.alerts.received).toMatchObject({ state: 'pending' });
  });

  it('keeps the rota flag when tenants are seeded again (deploys, npm start)', async () => {
    // Prepare
    await saveRota();

    // Act
    await seedTenants(runtime.dynamo.documents, runtime.tableName, loadTenantsConfig().tenants);
    const fresh = new DynamoTenantRegistry(runtime.dynamo.documents, runtime.tableName);

    // Assess
    expect(await fresh.hasRota('blora')).toBe(true);
    expect(await fresh.hasRota('mesuji')).toBe(false);
    expect((await fresh.find('blora'))?.id).toBe('blora');
  });
});
