import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericCall } from '../../fixtures/call-center/call-fixtures.js';
import { casesWithReference } from '../../support/alert-observations.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { namedReportJson } from '../../support/report-fixtures.js';
import { answerUntilDanger, receiptIn, WhatsAppReporter } from '../../support/whatsapp.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const roleOf = async (reference: string) => (await casesWithReference(runtime, reference))[0]?.reporterRole;

let calls = 0;
const postCall = (notes: Record<string, unknown>) => {
  const body = genericCall();
  body.call.callId = `role-call-${++calls}`;
  body.notes = { ...body.notes, ...notes };
  return postJson(`${runtime.url}/api/v1/call-center/transcripts`, body, {
    'x-api-key': runtime.callCenterKeys.purwakarta ?? '',
  });
};

describe('the reporter role of every channel', () => {
  it('infers family from the WhatsApp answer when the reporter says the victim is their child', async () => {
    // Prepare
    const mother = new WhatsAppReporter(runtime, 'blora', '6281298761234');
    await answerUntilDanger(mother, { narrative: 'Anak saya dipukul bapaknya tadi malam.', place: 'Desa Ngloram', relation: 'anak' });

    // Act
    const danger = await mother.tap('danger:ya');

    // Assess
    expect(await roleOf(receiptIn(danger.text).reference)).toBe('family');
  });

  it('keeps the role a call-center agent noted, and infers one from the relation when none was noted', async () => {
    // Act
    const noted = await postCall({ reporterRole: 'volunteer' });
    const inferred = await postCall({});

    // Assess
    expect(await roleOf(noted.json.reference)).toBe('volunteer');
    expect(await roleOf(inferred.json.reference)).toBe('witness');
  });

  it('refuses the staff role from a call system, which only staff at the desk may record', async () => {
    // Act
    const { status, json } = await postCall({ reporterRole: 'staff' });

    // Assess
    expect(status).toBe(400);
    expect(json.details.map((d: { field: string }) => d.field)).toEqual(['notes.reporterRole']);
  });

  it('keeps the role a web reporter chose, and infers victim when a reporter tells of themself', async () => {
    // Act
    const chosen = await postJson(`${runtime.url}/api/v1/blora/reports`, namedReportJson({ reporterRole: 'family' }));
    const self = await postJson(
      `${runtime.url}/api/v1/blora/reports`,
      namedReportJson({ victim: { ageGroup: 'dewasa', gender: 'perempuan', relationToReporter: 'diri_sendiri' } }),
    );

    // Assess
    expect(await roleOf(chosen.json.reference)).toBe('family');
    expect(await roleOf(self.json.reference)).toBe('victim');
  });
});
