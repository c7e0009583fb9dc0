import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, type TestClock } from '../../support/test-clock.js';

let runtime: TestRuntime;
let clock: TestClock;
let responder: StaffClient;
let supervisor: StaffClient;
const refs: Record<string, string> = {};

beforeAll(async () => {
  clock = createTestClock('2026-11-20T03:00:00.000Z');
  runtime = await startTestRuntime({ clock });
  responder = staffClient(runtime, 'blora');
  supervisor = staffClient(runtime, 'blora', 'supervisor');
  // Oldest first: a case closed later, an older TINGGI case, then a DARURAT case and a newer TINGGI one.
  const closed = await reportCase(runtime, 'blora', namedReportJson());
  refs.closed = closed.reference;
  clock.advance(HOUR);
  refs.olderTinggi = (await reportCase(runtime, 'blora', namedReportJson())).reference;
  clock.advance(HOUR);
  const danger = await reportCase(runtime, 'blora', namedReportJson({ immediateDanger: 'ya' }));
  refs.darurat = danger.reference;
  clock.advance(HOUR);
  refs.newerTinggi = (await reportCase(runtime, 'blora', namedReportJson())).reference;
  refs.purwakarta = (await reportCase(runtime, 'purwakarta', namedReportJson({ location: { kecamatan: 'Plered' } }))).reference;

  await responder.post(`/cases/${danger.caseId}/assignment`, { assignee: 'me', expectedVersion: 1 });
  await responder.post(`/cases/${closed.caseId}/status`, { status: 'asesmen', expectedVersion: 1 });
  await supervisor.post(`/cases/${closed.caseId}/close-request`, { closingReason: 'terminasi', expectedVersion: 2 });
});
afterAll(async () => {
  await runtime.stop();
});

const references = async (client: StaffClient, query: string) => {
  const { status, json } = await client.get(`/cases${query}`);
  expect(status).toBe(200);
  return json.cases.map((c: { reference: string }) => c.reference);
};

describe('finding and ordering cases', () => {
  it('puts open cases by urgency then due time first and closed cases after them', async () => {
    // Act
    const all = await references(responder, '');

    // Assess
    expect(all).toEqual([refs.darurat, refs.olderTinggi, refs.newerTinggi, refs.closed]);
  });

  it('pages across the open and the closed cases, each case exactly once', async () => {
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { json } = await responder.get(`/cases?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...json.cases.map((c: { reference: string }) => c.reference));
      cursor = json.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);

    // Assess
    expect(seen).toEqual([refs.darurat, refs.olderTinggi, refs.newerTinggi, refs.closed]);
  });

  it('finds exactly the case a reference names, however it is typed', async () => {
    // Act
    const found = await references(responder, `?reference=${refs.newerTinggi}`);
    const typed = await references(responder, `?reference=${encodeURIComponent(` ${String(refs.closed).toLowerCase()} `)}`);
    const missing = await references(responder, '?reference=BLR-2026-09999');

    // Assess
    expect(found).toEqual([refs.newerTinggi]);
    expect(typed).toEqual([refs.closed]);
    expect(missing).toEqual([]);
  });

  it('finds nothing for another regency reference, from either side', async () => {
    // Act
    const fromBlora = await references(responder, `?reference=${refs.purwakarta}`);
    const fromPurwakarta = await references(staffClient(runtime, 'purwakarta'), `?reference=${refs.darurat}`);

    // Assess
    expect(fromBlora).toEqual([]);
    expect(fromPurwakarta).toEqual([]);
  });

  it('answers 400 naming the field for a malformed reference', async () => {
    // Act
    const { status, json } = await responder.get('/cases?reference=BLR-42');

    // Assess
    expect(status).toBe(400);
    expect(json.details[0].field).toBe('reference');
  });

  it('filters mine, unassigned and waiting-for-approval cases', async () => {
    // Assess
    expect(await references(responder, '?assignee=me')).toEqual([refs.darurat]);
    expect(await references(responder, '?assignee=none')).toEqual([refs.olderTinggi, refs.newerTinggi, refs.closed]);
    expect(await references(supervisor, '?closeRequested=true')).toEqual([]);
    expect(await references(responder, '?status=selesai')).toEqual([refs.closed]);
  });
});
