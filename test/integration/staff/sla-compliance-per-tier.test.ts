import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Urgency } from '#shared/domain/vocabulary.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { tierReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let supervisor: StaffClient;

/** A case of `urgency` reported at `at`, assessed `assessAfterHours` later (or never). */
async function caseAt(at: string, urgency: Urgency, assessAfterHours?: number) {
  clock.set(at);
  const created = await reportCase(runtime, 'blora', tierReportJson(urgency));
  if (assessAfterHours !== undefined) {
    clock.advance(assessAfterHours * HOUR);
    const { status } = await supervisor.post(`/cases/${created.caseId}/status`, { status: 'asesmen', expectedVersion: 1 });
    expect(status).toBe(200);
  }
  return created;
}

beforeAll(async () => {
  clock = createTestClock('2025-03-03T03:00:00.000Z');
  runtime = await startTestRuntime({ clock });
  supervisor = staffClient(runtime, 'blora', 'supervisor');
  // Each tier assessed after 3 h: too late for DARURAT's hour, in time for TINGGI's six and NORMAL's day.
  await caseAt('2025-03-03T03:00:00.000Z', 'DARURAT', 3);
  await caseAt('2025-03-04T03:00:00.000Z', 'TINGGI', 3);
  await caseAt('2025-03-05T03:00:00.000Z', 'NORMAL', 3);
  // DARURAT assessed within its hour; TINGGI and NORMAL after 20 h, when only NORMAL's day still holds.
  await caseAt('2025-03-06T03:00:00.000Z', 'DARURAT', 0.5);
  await caseAt('2025-03-07T03:00:00.000Z', 'TINGGI', 20);
  await caseAt('2025-03-08T03:00:00.000Z', 'NORMAL', 20);
  // Not assessed, 2 h after the report when the numbers are read: DARURAT overdue, NORMAL still in time.
  await caseAt('2025-03-10T01:00:00.000Z', 'DARURAT');
  await caseAt('2025-03-10T01:00:00.000Z', 'NORMAL');
  clock.set('2025-03-10T03:00:00.000Z');
});
afterAll(async () => {
  await runtime.stop();
});

describe('GET /api/v1/staff/numbers SLA compliance', () => {
  it('measures each case against its own tier\'s time, overall and per urgency', async () => {
    // Act
    const { status, json } = await supervisor.get('/numbers?year=2025');

    // Assess
    expect(status).toBe(200);
    expect(json.sla).toEqual({
      met: 4,
      missed: 2,
      overdue: 1,
      awaiting: 1,
      compliance: 4 / 7,
      perUrgency: [
        { key: 'DARURAT', met: 1, missed: 1, overdue: 1, awaiting: 0, compliance: 1 / 3 },
        { key: 'TINGGI', met: 1, missed: 1, overdue: 0, awaiting: 0, compliance: 0.5 },
        { key: 'NORMAL', met: 2, missed: 0, overdue: 0, awaiting: 1, compliance: 1 },
      ],
    });
  });

  it('gives each case its tier\'s due time and SLA state in the list the console counts down from', async () => {
    // Act
    const { json } = await supervisor.get('/cases?status=diterima');

    // Assess
    const waiting = json.cases.map((c: Record<string, string>) => [c.urgency, c.dueAt, c.sla]);
    expect(waiting).toEqual(
      expect.arrayContaining([
        ['DARURAT', '2025-03-10T02:00:00.000Z', 'overdue'],
        ['NORMAL', '2025-03-11T01:00:00.000Z', 'awaiting'],
      ]),
    );
    expect(waiting).toHaveLength(2);
  });
});
