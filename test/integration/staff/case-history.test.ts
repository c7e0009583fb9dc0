import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rescheduleDue } from '#shared/staff/reschedule-due.js';
import { MAX_KMS_REQUESTS_PER_CASE_VIEW, MAX_OPEN_AT_ONCE, TIMELINE_PAGE_SIZE } from '#shared/staff/timeline-page.js';
import { keys } from '#shared/store/table-design.js';
import { countingDataKeys, newKmsCounter } from '../../support/counting-data-keys.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { FaultPlan, faultyDocuments } from '../../support/port-faults.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { BLORA_RESPONDER, noteText, recordNotes } from '../../support/staff/long-case.js';
import { reportCase, type StaffClient, staffClient } from '../../support/staff/staff-client.js';
import { createTestClock, HOUR, MINUTE } from '../../support/test-clock.js';

const clock = createTestClock('2026-03-02T01:00:00.000Z');
const kms = newKmsCounter();
const faults = new FaultPlan();
faults.recording = false;
let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({
    clock,
    decorateDataKeys: (keys) => countingDataKeys(keys, kms),
    decorateDocuments: (documents) => faultyDocuments(documents, faults),
  });
});
afterAll(async () => {
  await runtime.stop();
});
afterEach(() => {
  faults.heal();
});

const REASON = 'Menghubungi pelapor untuk penjangkauan korban';

/** A timeline entry as one short label, to compare whole timelines. */
function label(entry: Record<string, any>): string {
  if (entry.kind === 'note') return entry.text;
  if (entry.kind === 'alert') return `alert ${entry.event} ${entry.state}`;
  if (entry.kind === 'assignment') return `assignment ${entry.assignee?.name ?? 'released'}`;
  if (entry.kind === 'addendum') return `addendum ${entry.media.map((m: any) => m.caption).join()}`;
  return entry.kind;
}

/** Every page of a case's timeline, newest first, with the KMS requests each took. */
async function allPages(staff: StaffClient, caseId: string) {
  kms.calls = 0;
  const first = await staff.get(`/cases/${caseId}`);
  const pages = [{ timeline: first.json.timeline as Record<string, any>[], kms: kms.calls }];
  let cursor: string | undefined = first.json.olderTimeline;
  while (cursor) {
    kms.calls = 0;
    const older = await staff.get(`/cases/${caseId}/timeline?before=${encodeURIComponent(cursor)}`);
    expect(older.status).toBe(200);
    pages.push({ timeline: older.json.timeline, kms: kms.calls });
    cursor = older.json.olderTimeline;
  }
  return pages;
}

const range = (first: number, count: number) => Array.from({ length: count }, (_, i) => noteText(first + i));

describe('a case handled for years (1,000 timeline entries)', () => {
  let caseId: string;
  let version: number;
  const staff = () => staffClient(runtime, 'blora');

  beforeAll(async () => {
    ({ caseId } = await reportCase(runtime, 'blora', namedReportJson()));
    const target = { tenantId: 'blora', caseId };
    const half = await recordNotes(runtime, { ...target, version: 1 }, { first: 0, count: 500, clock });
    clock.advance(MINUTE / 2);
    expect((await staff().post(`/cases/${caseId}/reveal`, { reasonKind: 'penjangkauan_korban', reason: REASON })).status).toBe(200);
    version = await recordNotes(runtime, { ...target, version: half }, { first: 500, count: 500, clock });
  }, 300_000);

  it('opens with the newest page and no more KMS requests than the stated bound, a few at a time', async () => {
    // Prepare
    kms.calls = 0;
    kms.mostInFlight = 0;

    // Act
    const { status, json } = await staff().get(`/cases/${caseId}`);

    // Assess
    expect(status).toBe(200);
    expect(json.version).toBe(1001);
    expect(json.timeline.map(label)).toEqual(range(980, 20));
    expect(json.olderTimeline).toEqual(expect.any(String));
    // The details part and the page's twenty notes: nothing older is opened.
    expect(kms.calls).toBe(1 + TIMELINE_PAGE_SIZE);
    expect(kms.calls).toBeLessThanOrEqual(MAX_KMS_REQUESTS_PER_CASE_VIEW);
    expect(kms.mostInFlight).toBeLessThanOrEqual(MAX_OPEN_AT_ONCE + 1);
  });

  it('reaches every entry exactly once and in order through the older pages, intake and reveal in their place', async () => {
    // Act
    const pages = await allPages(staff(), caseId);

    // Assess
    const timeline = pages.toReversed().flatMap((page) => page.timeline.map(label));
    expect(timeline).toEqual(['received', 'alert received sent', ...range(0, 500), 'reveal', ...range(500, 500)]);
    expect(pages).toHaveLength(1000 / TIMELINE_PAGE_SIZE);
    expect(pages.slice(1).every((page) => page.kms <= TIMELINE_PAGE_SIZE)).toBe(true);
  });

  it('takes a change as on its first day', async () => {
    // Act
    const saved = await staff().post(`/cases/${caseId}/notes`, { text: 'catatan sesudah seribu', expectedVersion: version });
    const view = await staff().get(`/cases/${caseId}`);

    // Assess
    expect(saved.status).toBe(201);
    expect(saved.json.version).toBe(version + 1);
    expect(view.json.timeline.at(-1)).toMatchObject({ kind: 'note', text: 'catatan sesudah seribu' });
    expect(view.json.timeline.map(label).slice(0, -1)).toEqual(range(981, 19));
  });
});

describe('concurrent changes of one case', () => {
  it('loses no note when staff who get 409 reload and try again while others write', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const writers = Array.from({ length: 6 }, (_, i) => ({ staff: staffClient(runtime, 'blora', i % 2 ? 'supervisor' : 'responder'), text: `catatan serentak ${i}` }));
    const conflicts: number[] = [];

    // Act
    const versions = await Promise.all(
      writers.map(async ({ staff, text }) => {
        for (;;) {
          const { json } = await staff.get(`/cases/${caseId}`);
          const saved = await staff.post(`/cases/${caseId}/notes`, { text, expectedVersion: json.version });
          if (saved.status === 201) return saved.json.version as number;
          conflicts.push(saved.status);
        }
      }),
    );

    // Assess
    expect(versions.toSorted((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(conflicts.every((status) => status === 409)).toBe(true);
    const view = (await staffClient(runtime, 'blora').get(`/cases/${caseId}`)).json;
    expect(view.version).toBe(7);
    expect(view.timeline.filter((e: any) => e.kind === 'note').map((e: any) => e.text).toSorted()).toEqual(writers.map((w) => w.text));
  });
});

describe('a crash between a change and its projection', () => {
  const caseItem = async (caseId: string) =>
    (await runtime.scanAll()).find((item) => item.type === 'Case' && item.caseId === caseId) as Record<string, any>;

  /** A note whose projection update fails: the change is in the history, the case item still says version 1. */
  async function noteWithLostProjection(): Promise<{ caseId: string; staff: StaffClient }> {
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const staff = staffClient(runtime, 'blora');
    faults.add({ label: 'Update CASE', timing: 'before', times: 1 });
    const saved = await staff.post(`/cases/${caseId}/notes`, { text: 'catatan sebelum crash', expectedVersion: 1 });
    expect(saved.json).toEqual({ caseId, version: 2 });
    expect(faults.pending).toBe(0);
    expect(await caseItem(caseId)).toMatchObject({ version: 1 });
    return { caseId, staff };
  }

  it('is repaired by the next reader of the case', async () => {
    // Prepare
    const { caseId, staff } = await noteWithLostProjection();
    const listed = (await staff.get('/cases?limit=100')).json.cases.find((c: any) => c.caseId === caseId);

    // Act
    const view = await staff.get(`/cases/${caseId}`);

    // Assess
    expect(listed.version).toBe(1);
    expect(view.json.version).toBe(2);
    expect(view.json.timeline.at(-1)).toMatchObject({ kind: 'note', text: 'catatan sebelum crash' });
    expect(await caseItem(caseId)).toMatchObject({ version: 2 });
  });

  it('is repaired by the next writer, who is told to reload when it decided on the old version', async () => {
    // Prepare
    const { caseId, staff } = await noteWithLostProjection();

    // Act
    const stale = await staff.post(`/cases/${caseId}/status`, { status: 'asesmen', expectedVersion: 1 });

    // Assess
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('VERSION_CONFLICT');
    expect(await caseItem(caseId)).toMatchObject({ version: 2, status: 'diterima' });
  });

  it('is repaired by a writer that loses the version to the crashed change', async () => {
    // Prepare
    const { caseId } = await noteWithLostProjection();
    const at = clock.now().toISOString();

    // Act
    const result = await runtime.staff.apiDeps.cases.saveChange({
      tenantId: 'blora',
      caseId,
      expectedVersion: 1,
      entry: { kind: 'assignment', at, by: BLORA_RESPONDER, assignee: { id: BLORA_RESPONDER.id, name: BLORA_RESPONDER.name } },
      set: { assignee: { id: BLORA_RESPONDER.id, name: BLORA_RESPONDER.name } },
    });

    // Assess
    expect(result).toEqual({ saved: false, reason: 'stale' });
    const item = await caseItem(caseId);
    expect(item.version).toBe(2);
    expect(item).not.toHaveProperty('assignee');
  });
});

describe('moving a case\'s due time', () => {
  it('moves the case in the SLA schedule so that its escalation comes at the new time', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const current = await runtime.staff.apiDeps.cases.findCase('blora', caseId);
    if (!current) throw new Error('case not stored');
    const dueAt = new Date(clock.now().getTime() + HOUR).toISOString();
    const dueBy = (at: string) => runtime.alertJobDeps.outbox.findCasesDueForEscalation(at, 1000);
    const justAfter = new Date(Date.parse(dueAt) + MINUTE).toISOString();
    // Before the change the case is first looked at when its acknowledgement window ends (an hour for TINGGI).
    const before = await dueBy(new Date(clock.now().getTime() + HOUR - MINUTE).toISOString());
    const at = clock.now().toISOString();

    // Act (the classification endpoint will record its own kind of entry with the same fields)
    const saved = await runtime.staff.apiDeps.cases.saveChange({
      tenantId: 'blora',
      caseId,
      expectedVersion: current.version,
      entry: { kind: 'assignment', at, by: BLORA_RESPONDER, assignee: { id: BLORA_RESPONDER.id, name: BLORA_RESPONDER.name } },
      ...rescheduleDue({ dueAt, slaStartedAt: at, slaWatch: dueAt }),
    });

    // Assess
    expect(saved.saved).toBe(true);
    expect(before.map((c) => c.caseId)).not.toContain(caseId);
    expect((await dueBy(justAfter)).find((c) => c.caseId === caseId)).toMatchObject({ dueAt });
    expect((await staffClient(runtime, 'blora').get(`/cases/${caseId}`)).json.dueAt).toBe(dueAt);
  });
});

describe('a case from an earlier version of the product (old local data)', () => {
  it('shows the timeline and addenda lists kept on the case item as its oldest entries, paged like the rest', async () => {
    // Prepare: 24 entries and an addendum on the item itself, as the product kept them before its history.
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());
    const context = { tenant: 'blora', caseId } as const;
    const by = BLORA_RESPONDER;
    const assignee = { id: by.id, name: by.name };
    const listed = Array.from({ length: 24 }, (_, i) => {
      clock.advance(MINUTE);
      return { kind: 'assignment', at: clock.now().toISOString(), by, ...(i % 2 ? {} : { assignee }) };
    });
    const addendumAt = new Date(Date.parse(listed[9]?.at ?? '') + 1000).toISOString();
    const details = await runtime.deps.vault.seal({ ...context, purpose: 'details' }, { media: [{ kind: 'image', caption: 'foto lama' }], contactBack: true });
    await runtime.dynamo.documents.send(
      new UpdateCommand({
        TableName: runtime.tableName,
        Key: keys.case('blora', caseId),
        UpdateExpression: 'SET timeline = :timeline, addenda = :addenda, version = :version',
        ExpressionAttributeValues: { ':timeline': listed, ':addenda': [{ id: 'final', at: addendumAt, details }], ':version': 26 },
      }),
    );
    const version = await recordNotes(runtime, { tenantId: 'blora', caseId, version: 26 }, { first: 0, count: 25, clock });

    // Act
    const pages = await allPages(staffClient(runtime, 'blora'), caseId);
    const view = await staffClient(runtime, 'blora').get(`/cases/${caseId}`);

    // Assess
    const earlier = listed.map(label);
    earlier.splice(10, 0, 'addendum foto lama');
    expect(pages.toReversed().flatMap((page) => page.timeline.map(label))).toEqual([
      'received',
      'alert received sent',
      ...earlier,
      ...range(0, 25),
    ]);
    expect(pages.map((page) => page.timeline.filter((e) => e.kind !== 'received' && e.kind !== 'alert').length)).toEqual([20, 20, 10]);
    expect(version).toBe(51);
    // Its details, the page's twenty notes, and that addendum: the bound, reached.
    expect(pages[0]?.kms).toBe(MAX_KMS_REQUESTS_PER_CASE_VIEW);
    // The reporter's latest answer comes from their newest addendum, though it is on no page shown.
    expect(view.json.details.contactBack).toBe(true);
  });
});

describe('the timeline route', () => {
  it('answers 404 for another regency\'s case and 400 naming `before` for a cursor it did not give', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson());

    // Act
    const foreign = await staffClient(runtime, 'purwakarta').get(`/cases/${caseId}/timeline`);
    const forged = await staffClient(runtime, 'blora').get(`/cases/${caseId}/timeline?before=${Buffer.from('{"v":"x"}').toString('base64url')}`);
    const garbage = await staffClient(runtime, 'blora').get(`/cases/${caseId}/timeline?before=%00%ff`);

    // Assess
    expect(foreign.status).toBe(404);
    expect(foreign.json.code).toBe('CASE_NOT_FOUND');
    for (const refused of [forged, garbage]) {
      expect(refused.status).toBe(400);
      expect(refused.json.details).toEqual([expect.objectContaining({ field: 'before' })]);
    }
  });
});
