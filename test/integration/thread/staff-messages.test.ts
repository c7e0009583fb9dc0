import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { reportCase, staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const QUESTION = 'Di desa mana kejadiannya? pesan-petugas-kanari-5521';
const anonymousReport = () => namedReportJson({ reporter: { anonymous: true }, consent: { dataProcessing: true, contactBack: false } });

describe('staff messages to the reporter', () => {
  it('records the message on the timeline and stores its text only sealed', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', anonymousReport());
    const responder = staffClient(runtime, 'blora');

    // Act
    const sent = await responder.post(`/cases/${caseId}/messages`, { text: QUESTION, expectedVersion: 1 });
    const view = await responder.get(`/cases/${caseId}`);

    // Assess
    expect(sent.status).toBe(201);
    expect(sent.json).toEqual({ caseId, version: 2, delivery: 'inbox' });
    expect(view.json.timeline.at(-1)).toMatchObject({ kind: 'message', text: QUESTION, by: { name: 'Petugas jaga Blora' } });
    expect(JSON.stringify(await runtime.scanAll())).not.toContain('pesan-petugas-kanari-5521');
  });

  it('answers 400 for an empty or oversized message and 409 for a stale version', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', anonymousReport());
    const responder = staffClient(runtime, 'blora');

    // Act
    const empty = await responder.post(`/cases/${caseId}/messages`, { text: '   ', expectedVersion: 1 });
    const long = await responder.post(`/cases/${caseId}/messages`, { text: 'x'.repeat(1001), expectedVersion: 1 });
    const stale = await responder.post(`/cases/${caseId}/messages`, { text: QUESTION, expectedVersion: 7 });

    // Assess
    expect([empty.status, long.status, stale.status]).toEqual([400, 400, 409]);
    expect(stale.json.code).toBe('VERSION_CONFLICT');
  });

  it('refuses with 409 and the reason when a named reporter asked not to be contacted', async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', namedReportJson({ consent: { dataProcessing: true, contactBack: false } }));

    // Act
    const refused = await staffClient(runtime, 'blora').post(`/cases/${caseId}/messages`, { text: QUESTION, expectedVersion: 1 });

    // Assess
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('REPORTER_DECLINED_CONTACT');
    expect(refused.json.message.id).toContain('tidak dihubungi');
  });

  it("answers 404 for another regency's case", async () => {
    // Prepare
    const { caseId } = await reportCase(runtime, 'blora', anonymousReport());

    // Act
    const other = await staffClient(runtime, 'purwakarta').post(`/cases/${caseId}/messages`, { text: QUESTION, expectedVersion: 1 });

    // Assess
    expect(other.status).toBe(404);
  });
});
