import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStaffCaseStore } from '#shared/store/dynamo-staff-cases.js';
import { caseYearAttributes, keys } from '#shared/store/table-design.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;

/** Closed cases of purwakarta written as intake stores them, around a new year (WIB = UTC+7). */
const CLOSED_AT = ['2025-12-31T10:00:00.000Z', '2025-12-31T18:00:00.000Z', '2026-01-02T03:00:00.000Z', '2026-01-03T03:00:00.000Z'];

async function seedClosedCases(): Promise<void> {
  const items = CLOSED_AT.map((createdAt, index) => {
    const caseId = `01CLOSED${String(index).padStart(18, '0')}`;
    return {
      ...keys.case('purwakarta', caseId),
      ...caseYearAttributes('purwakarta', createdAt),
      type: 'Case',
      tenantId: 'purwakarta',
      caseId,
      reference: `PWK-2026-0000${index + 1}`,
      channel: 'web',
      category: 'kekerasan_fisik',
      urgency: 'NORMAL',
      status: 'selesai',
      createdAt,
      dueAt: createdAt,
      updatedAt: createdAt,
      version: 1,
    };
  });
  await runtime.dynamo.documents.send(
    new BatchWriteCommand({ RequestItems: { [runtime.tableName]: items.map((Item) => ({ PutRequest: { Item } })) } }),
  );
}

beforeAll(async () => {
  clock = createTestClock('2024-06-01T03:00:00.000Z');
  runtime = await startTestRuntime({ clock });
  await reportCase(runtime, 'blora', namedReportJson());
  clock.set('2025-06-01T03:00:00.000Z');
  await reportCase(runtime, 'blora', namedReportJson());
  await reportCase(runtime, 'blora', namedReportJson());
  await seedClosedCases();
}, 60_000);
afterAll(async () => {
  await runtime.stop();
});

describe('dated case list (year index)', () => {
  it('pages a date range across the new year newest first, every case exactly once', async () => {
    // Prepare
    const store = new DynamoStaffCaseStore(runtime.dynamo.documents, runtime.tableName);
    const filter = { statuses: ['selesai' as const], createdFrom: '2025-12-30T17:00:00.000Z', createdBefore: '2026-01-03T17:00:00.000Z' };

    // Act
    const seen: string[] = [];
    let resumeAfter: string | undefined;
    do {
      const page = await store.listCases('purwakarta', filter, 1, resumeAfter);
      seen.push(...page.items.map((c) => c.createdAt));
      resumeAfter = page.resumeAfter;
    } while (resumeAfter);

    // Assess
    expect(seen).toEqual([...CLOSED_AT].reverse());
  });

  it('leaves out cases before and after the range', async () => {
    // Prepare
    const store = new DynamoStaffCaseStore(runtime.dynamo.documents, runtime.tableName);

    // Act: 1 January 2026 in the regency, 17:00 UTC the day before to 17:00 UTC that day.
    const page = await store.listCases(
      'purwakarta',
      { createdFrom: '2025-12-31T17:00:00.000Z', createdBefore: '2026-01-01T17:00:00.000Z' },
      25,
    );

    // Assess
    expect(page.items.map((c) => c.createdAt)).toEqual(['2025-12-31T18:00:00.000Z']);
  });
});

describe('yearly numbers of past years', () => {
  it('counts other years without reading them and keeps a long-finished year total on its counter', async () => {
    // Prepare
    clock.set('2026-03-01T03:00:00.000Z');
    const supervisor = staffClient(runtime, 'blora', 'supervisor');

    // Act
    const { json } = await supervisor.get('/numbers?year=2026');

    // Assess
    expect(json.perYear).toEqual([
      { key: '2024', count: 1 },
      { key: '2025', count: 2 },
      { key: '2026', count: 0 },
    ]);
    const counters = (await runtime.scanAll()).filter((item) => String(item.SK).startsWith('COUNTER#REF#') && item.PK === 'TENANT#blora');
    expect(counters.map((item) => [item.SK, item.caseTotal])).toEqual([
      ['COUNTER#REF#2024', 1],
      ['COUNTER#REF#2025', 2],
    ]);
  });
});
