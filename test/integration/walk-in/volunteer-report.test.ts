import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SealedEnvelope } from '#shared/crypto/envelope.js';
import { postForm } from '../../support/http.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

/** The volunteer's own contact and the victim's, each distinctive enough to find anywhere in storage. */
const VOLUNTEER = { name: 'Kader Sri Relawan Kanari', phone: '0852-3300-7711', phoneE164: '+6285233007711', village: 'Desa Relawankanari' };
const VICTIM = { name: 'Korban Wulan Kanari', phone: '0857-9900-1122', phoneE164: '+6285799001122', address: 'Gang Korbankanari 4' };
const NARRATIVE = 'Saya kader SAPA. Seorang ibu di desa kami sering dipukul suaminya, ia minta saya melapor. Relawan-kanari-3307.';

const volunteerForm = (submissionId: string): Record<string, string> => ({
  submissionId,
  lang: 'id',
  service: 'pengaduan_kekerasan',
  narrative: NARRATIVE,
  kecamatan: 'Todanan',
  victimAgeGroup: 'dewasa',
  victimGender: 'perempuan',
  relationToReporter: 'tetangga',
  immediateDanger: 'tidak',
  victimName: VICTIM.name,
  victimPhone: VICTIM.phone,
  victimAddress: VICTIM.address,
  reporterRole: 'volunteer',
  volunteerOrganisation: 'sapa',
  volunteerVillage: VOLUNTEER.village,
  anonymous: 'tidak',
  reporterName: VOLUNTEER.name,
  reporterPhone: VOLUNTEER.phone,
  consent: 'ya',
  contactBack: 'ya',
});

async function submitVolunteerReport(submissionId: string) {
  const { status, html } = await postForm(`${runtime.url}/blora/lapor`, volunteerForm(submissionId));
  const reference = html.match(/BLR-\d{4}-\d{5}/)?.[0];
  const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === reference);
  if (!item) throw new Error(`volunteer report not stored (${status})`);
  return { status, item };
}

const open = (item: Record<string, unknown>, part: 'identity' | 'victimContact', purpose = part) =>
  runtime.deps.vault.open<Record<string, unknown>>(
    { tenant: 'blora', caseId: String(item.caseId), purpose },
    item[part] as SealedEnvelope,
  );

describe('a volunteer reporting on the web form', () => {
  it("stores the volunteer's contact as the sealed identity and the victim's contact in a separate sealed part", async () => {
    // Act
    const { status, item } = await submitVolunteerReport('volunteer-form-0001');

    // Assess
    expect(status).toBe(200);
    expect(item).toMatchObject({ channel: 'web', reporterRole: 'volunteer', anonymous: false });
    expect(await open(item, 'identity')).toEqual({
      name: VOLUNTEER.name,
      phone: VOLUNTEER.phoneE164,
      organisation: 'sapa',
      village: VOLUNTEER.village,
    });
    expect(await open(item, 'victimContact')).toEqual({ name: VICTIM.name, phone: VICTIM.phoneE164, address: VICTIM.address });
  });

  it('keeps both contacts and the narrative out of every raw item in the table', async () => {
    // Prepare
    await submitVolunteerReport('volunteer-form-0002');

    // Act
    const raw = JSON.stringify(await runtime.scanAll());

    // Assess
    const secrets = [...Object.values(VOLUNTEER), ...Object.values(VICTIM), 'Relawan-kanari-3307'];
    for (const secret of secrets) expect(raw).not.toContain(secret);
    expect(raw).not.toContain(VOLUNTEER.phone.replaceAll('-', ''));
    expect(raw).not.toContain(VICTIM.phone.replaceAll('-', ''));
  });

  it("binds each part to its purpose, so the victim's contact cannot be opened as the reporter's identity", async () => {
    // Prepare
    const { item } = await submitVolunteerReport('volunteer-form-0003');

    // Act
    const opening = open(item, 'victimContact', 'identity');

    // Assess
    await expect(opening).rejects.toThrow();
  });

  it("shows staff the volunteer role and that a victim contact exists, but neither person's contact", async () => {
    // Prepare
    const { item } = await submitVolunteerReport('volunteer-form-0004');
    const responder = staffClient(runtime, 'blora');

    // Act
    const { status, json, text } = await responder.get(`/cases/${item.caseId}`);

    // Assess
    expect(status).toBe(200);
    expect(json).toMatchObject({ reporterRole: 'volunteer', hasIdentity: true, hasVictimContact: true });
    expect(json.timeline[0]).toMatchObject({ kind: 'received', channel: 'web', reporterRole: 'volunteer' });
    for (const secret of [VOLUNTEER.name, VOLUNTEER.phoneE164, VOLUNTEER.village, VICTIM.name, VICTIM.phoneE164]) {
      expect(text).not.toContain(secret);
    }
  });

  it('opens both contacts, each under its own heading, only through the audited reveal', async () => {
    // Prepare
    const { item } = await submitVolunteerReport('volunteer-form-0005');
    const responder = staffClient(runtime, 'blora');

    // Act
    const { status, json } = await responder.post(`/cases/${item.caseId}/reveal`, {
      reasonKind: 'penjangkauan_korban',
      reason: 'Menghubungi relawan untuk penjangkauan korban',
    });

    // Assess
    expect(status).toBe(200);
    expect(json.identity).toMatchObject({ name: VOLUNTEER.name, organisation: 'sapa' });
    expect(json.victimContact).toEqual({ name: VICTIM.name, phone: VICTIM.phoneE164, address: VICTIM.address });
    const audits = (await runtime.scanAll()).filter((i) => i.type === 'RevealAudit' && i.caseId === item.caseId);
    expect(audits).toHaveLength(1);
  });

  it('asks a volunteer who chose anonymous for a name or number, keeping what they typed', async () => {
    // Prepare
    const cases = async () => (await runtime.scanAll()).filter((i) => i.type === 'Case').length;
    const before = await cases();

    // Act
    const { status, html } = await postForm(`${runtime.url}/blora/lapor`, {
      ...volunteerForm('volunteer-form-anonymous'),
      anonymous: 'ya',
    });

    // Assess
    expect(status).toBe(400);
    expect(html).toContain('relawan / pendamping perlu mengisi nama atau nomor HP');
    expect(html).toContain(NARRATIVE);
    expect(await cases()).toBe(before);
  });
});

describe('an anonymous neighbour giving the victim contact', () => {
  it("stores the victim's contact sealed although the reporter has no identity", async () => {
    // Prepare
    const form = { ...volunteerForm('neighbour-form-0001'), reporterRole: 'witness', anonymous: 'ya' };

    // Act
    const { status, html } = await postForm(`${runtime.url}/blora/lapor`, form);

    // Assess
    expect(status).toBe(200);
    const reference = html.match(/BLR-\d{4}-\d{5}/)?.[0];
    const item = (await runtime.scanAll()).find((i) => i.type === 'Case' && i.reference === reference);
    expect(item).toMatchObject({ reporterRole: 'witness', anonymous: true });
    expect(item).not.toHaveProperty('identity');
    expect(await open(item as Record<string, unknown>, 'victimContact')).toMatchObject({ phone: VICTIM.phoneE164 });
  });
});
