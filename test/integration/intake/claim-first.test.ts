import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeClaimKey } from '#shared/crypto/intake-receipt.js';
import type { CaseStore } from '#shared/intake/ports.js';
import { submitReport } from '#shared/intake/submit-report.js';
import { keys } from '#shared/store/table-design.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { casesWithReference, smsAbout } from '../../support/alert-observations.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';

let runtime: TestRuntime;
let tenant: Tenant;
beforeAll(async () => {
  runtime = await startTestRuntime();
  const found = await runtime.deps.tenants.find('blora');
  if (!found) throw new Error('blora not seeded');
  tenant = found;
});
afterAll(async () => {
  await runtime.stop();
});

let nextRef = 0;
const webReport = () => ({ ...namedReportJson(), channel: 'web', channelRef: `claim-first-${nextRef++}` });

/** The real store with some of its methods replaced. */
function replacing(cases: CaseStore, replaced: Partial<CaseStore>): CaseStore {
  return new Proxy(cases, {
    get(target, property) {
      const replacement = replaced[property as keyof CaseStore];
      if (replacement) return replacement;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Holds every attempt at the case's conditional put until `attempts` of them are there: a real race. */
function meetingAtCreateCase(cases: CaseStore, attempts: number): CaseStore {
  let arrived = 0;
  let releaseAll = () => {};
  const allArrived = new Promise<void>((resolve) => {
    releaseAll = resolve;
  });
  return replacing(cases, {
    createCase: async (record) => {
      arrived++;
      if (arrived === attempts) releaseAll();
      await allArrived;
      return cases.createCase(record);
    },
  });
}

describe('submitReport claims first and numbers the case it creates', () => {
  it('answers a retry with the same reference and tracking code and stores no second case', async () => {
    // Prepare
    const report = webReport();
    const first = await submitReport(runtime.deps, tenant, report);

    // Act
    const retry = await submitReport(runtime.deps, tenant, structuredClone(report));

    // Assess
    expect(first.created).toBe(true);
    expect(retry).toEqual({ ...first, created: false });
    expect(await casesWithReference(runtime, first.reference)).toHaveLength(1);
  });

  it('stores one case when two first attempts race, and both answer with its reference and code', async () => {
    // Prepare
    const report = webReport();
    const racing = { ...runtime.deps, cases: meetingAtCreateCase(runtime.deps.cases, 2) };

    // Act
    const answers = await Promise.all([submitReport(racing, tenant, report), submitReport(racing, tenant, structuredClone(report))]);

    // Assess
    const [a, b] = answers;
    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(b).toMatchObject({ caseId: a?.caseId, reference: a?.reference, trackingCode: a?.trackingCode, dueAt: a?.dueAt });
    const cases = (await runtime.scanAll()).filter((item) => item.type === 'Case' && item.caseId === a?.caseId);
    expect(cases).toHaveLength(1);
    expect(cases[0]?.reference).toBe(a?.reference);
    expect((await smsAbout(runtime, String(a?.reference))).filter((sms) => sms.event === 'received')).toHaveLength(1);
  });

  it("answers with the stored case's reference when the claim was written by an earlier version that kept a reference of its own", async () => {
    // Prepare
    const report = webReport();
    const first = await submitReport(runtime.deps, tenant, report);
    const claimKey = intakeClaimKey({ tenantId: 'blora', channel: 'web', channelRef: report.channelRef });
    await runtime.dynamo.documents.send(
      new UpdateCommand({
        TableName: runtime.tableName,
        Key: keys.intakeClaim('blora', claimKey),
        UpdateExpression: 'SET #reference = :old',
        ExpressionAttributeNames: { '#reference': 'reference' },
        ExpressionAttributeValues: { ':old': 'BLR-2026-99999' },
      }),
    );

    // Act
    const retry = await submitReport(runtime.deps, tenant, structuredClone(report));

    // Assess
    expect(retry).toEqual({ ...first, created: false });
  });

  it('files the report once, under a newly numbered reference, when an earlier attempt stopped after its claim', async () => {
    // Prepare
    const report = webReport();
    const crashing = replacing(runtime.deps.cases, { nextReferenceNumber: () => Promise.reject(new Error('crashed after the claim')) });
    const failingOnce = { ...runtime.deps, cases: crashing };
    await expect(submitReport(failingOnce, tenant, report)).rejects.toThrow('crashed after the claim');

    // Act
    const filed = await submitReport(runtime.deps, tenant, structuredClone(report));
    const retry = await submitReport(runtime.deps, tenant, structuredClone(report));

    // Assess
    expect(filed.created).toBe(true);
    expect(filed.reference).toMatch(/^BLR-\d{4}-\d{5}$/);
    expect(retry).toEqual({ ...filed, created: false });
    expect(await casesWithReference(runtime, filed.reference)).toHaveLength(1);
  });
});
