import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseMediaHandler } from '#functions/case-media/handler.js';
import type { IdentityVault } from '#shared/crypto/identity-vault.js';
import type { HttpEvent } from '#shared/http/http-types.js';
import type { MediaStore } from '#shared/media/media-store.js';
import type { MediaLinkSigner } from '#shared/staff/case-media-ports.js';
import { crashingAt } from '../../support/alert-faults.js';
import { EVIDENCE, type EvidenceCase, reportWithEvidence } from '../../support/case-evidence.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { staffClient } from '../../support/staff/staff-client.js';

let runtime: TestRuntime;
let evidence: EvidenceCase;
let files: { objectId: string; kind: string; contentType: string; disposition: string; fileName: string }[];

// A whole WhatsApp conversation through the webhook: more than a hook's default 10 s on a busy machine.
beforeAll(async () => {
  runtime = await startTestRuntime();
  evidence = await reportWithEvidence(runtime);
  files = (await staffClient(runtime, 'blora').get(`/cases/${evidence.caseId}/media`)).json.files;
}, 60_000);
afterAll(async () => {
  await runtime.stop();
});

const auditItems = async () => (await runtime.scanAll()).filter((item) => item.type === 'MediaAudit');
const fileOfKind = (kind: string) => {
  const file = files.find((f) => f.kind === kind);
  if (!file) throw new Error(`no ${kind} in the case`);
  return file;
};

/** The case-media function invoked as API Gateway would, with some of its adapters replaced. */
function mediaEvent(caseId: string, objectId: string, token: string): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'GET /api/v1/staff/cases/{caseId}/media/{objectId}',
    rawPath: `/api/v1/staff/cases/${caseId}/media/${objectId}`,
    rawQueryString: '',
    headers: { authorization: `Bearer ${token}` },
    pathParameters: { caseId, objectId },
    requestContext: {} as HttpEvent['requestContext'],
    isBase64Encoded: false,
  };
}

/** A responder's GET of one file, as the console's fetch does it. */
async function openFile(path: string, token = runtime.staff.login.tokenFor('blora', 'responder')) {
  const response = await fetch(`${runtime.url}/api/v1/staff${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe("a case's files", () => {
  it('lists the files of the report and those the reporter sent after the alert, with the types we serve them as', async () => {
    // Assess
    expect(files.map((f) => [f.kind, f.contentType, f.disposition])).toEqual([
      ['image', 'image/png', 'inline'],
      ['audio', 'audio/wav', 'inline'],
      ['document', 'application/pdf', 'attachment'],
    ]);
    expect(files.map((f) => f.fileName)).toEqual(files.map((f) => expect.stringMatching(new RegExp(`^${f.objectId}\\.(png|wav|pdf)$`))));
  });

  it.each([
    ['image', EVIDENCE.photo, 'inline'],
    ['audio', EVIDENCE.voiceNote, 'inline'],
    ['document', EVIDENCE.document, 'attachment'],
  ] as const)('returns the %s byte for byte to a blora responder, uncached, and audits the opening', async (kind, original, disposition) => {
    // Prepare
    const file = fileOfKind(kind);
    const before = await auditItems();

    // Act
    const { status, headers, bytes } = await openFile(`/cases/${evidence.caseId}/media/${file.objectId}`);

    // Assess
    expect(status).toBe(200);
    expect(bytes.equals(original.bytes)).toBe(true);
    expect(headers.get('content-type')).toBe(original.contentType);
    expect(headers.get('content-disposition')).toBe(`${disposition}; filename="${file.fileName}"`);
    expect(headers.get('cache-control')).toContain('no-store');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const added = (await auditItems()).filter((item) => !before.some((old) => old.auditId === item.auditId));
    expect(added).toEqual([
      expect.objectContaining({
        tenantId: 'blora',
        caseId: evidence.caseId,
        reference: evidence.reference,
        objectId: file.objectId,
        by: expect.objectContaining({ role: 'responder' }),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
  });

  it('writes the audit record before the file is decrypted', async () => {
    // Prepare
    const file = fileOfKind('image');
    const deps = runtime.staff.mediaDeps;
    const order: string[] = [];
    const media: Pick<MediaStore, 'get'> = {
      get: async (tenantId, objectId) => {
        const audited = (await auditItems()).some((item) => item.objectId === objectId && item.caseId === evidence.caseId);
        order.push(audited ? 'audited' : 'unaudited');
        return deps.media.get(tenantId, objectId);
      },
    };
    const before = (await auditItems()).filter((item) => item.objectId === file.objectId).length;
    const handler = createCaseMediaHandler({ ...deps, media });

    // Act
    const result = await handler(mediaEvent(evidence.caseId, file.objectId, runtime.staff.login.tokenFor('blora', 'responder')), {} as never);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(order).toEqual(['audited']);
    expect((await auditItems()).filter((item) => item.objectId === file.objectId)).toHaveLength(before + 1);
  });

  it('answers 503 and decrypts nothing of the case when the audit record cannot be written', async () => {
    // Prepare
    const file = fileOfKind('audio');
    const deps = runtime.staff.mediaDeps;
    const opened: string[] = [];
    const vault: IdentityVault = {
      seal: (context, value) => deps.vault.seal(context, value),
      open: (context, envelope) => {
        opened.push(context.purpose);
        return deps.vault.open(context, envelope);
      },
    };
    const media: Pick<MediaStore, 'get'> = {
      get: (tenantId, objectId) => {
        opened.push('media');
        return deps.media.get(tenantId, objectId);
      },
    };
    const handler = createCaseMediaHandler({ ...deps, audit: crashingAt(deps.audit, 'recordMediaOpening'), vault, media });

    // Act
    const result = await handler(mediaEvent(evidence.caseId, file.objectId, runtime.staff.login.tokenFor('blora', 'responder')), {} as never);

    // Assess
    expect(result.statusCode).toBe(503);
    expect(JSON.parse(String(result.body)).code).toBe('AUDIT_UNAVAILABLE');
    expect(opened).toEqual([]);
  });

  it("answers 404 to purwakarta's staff for blora's file, exactly as for a missing case", async () => {
    // Prepare
    const file = fileOfKind('image');
    const purwakarta = runtime.staff.login.tokenFor('purwakarta', 'supervisor');
    const before = (await auditItems()).length;

    // Act
    const opened = await openFile(`/cases/${evidence.caseId}/media/${file.objectId}`, purwakarta);
    const listed = await staffClient(runtime, 'purwakarta').get(`/cases/${evidence.caseId}/media`);

    // Assess
    expect(opened.status).toBe(404);
    expect(JSON.parse(opened.bytes.toString()).code).toBe('CASE_NOT_FOUND');
    expect(opened.bytes.includes(EVIDENCE.photo.bytes.subarray(0, 16))).toBe(false);
    expect(listed.status).toBe(404);
    expect(await auditItems()).toHaveLength(before);
  });

  it("answers 404 for an object id the case does not hold, another blora case's file among them", async () => {
    // Prepare
    const other = await reportWithEvidence(runtime);
    const othersFile = (await staffClient(runtime, 'blora').get(`/cases/${other.caseId}/media`)).json.files[0].objectId;

    // Act
    const unknown = await openFile(`/cases/${evidence.caseId}/media/wa-0000000000000000`);
    const elsewhere = await openFile(`/cases/${evidence.caseId}/media/${othersFile}`);

    // Assess
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.bytes.toString()).code).toBe('MEDIA_NOT_FOUND');
    expect(elsewhere.status).toBe(404);
    expect(JSON.parse(elsewhere.bytes.toString()).code).toBe('MEDIA_NOT_FOUND');
  });

  it.each([
    ['caseId', '/cases/not-a-case!/media/wa-0000000000000000'],
    ['objectId', `/cases/{case}/media/..%2F..%2Fetc`],
    ['objectId', `/cases/{case}/media/a`],
  ])('answers 400 naming %s when the path is malformed', async (field, path) => {
    // Act
    const { status, bytes } = await openFile(path.replace('{case}', evidence.caseId));

    // Assess
    expect(status).toBe(400);
    const json = JSON.parse(bytes.toString());
    expect(json.code).toBe('INVALID_FIELDS');
    expect(json.details.map((d: { field: string }) => d.field)).toEqual([field]);
  });

  it('serves a file recorded with a type off the allow-list as an opaque download, whatever it claimed', async () => {
    // Prepare
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const withSvg = await reportWithEvidence(runtime, 'blora', [{ type: 'document', contentType: 'image/svg+xml', bytes: svg }]);
    const listed = (await staffClient(runtime, 'blora').get(`/cases/${withSvg.caseId}/media`)).json.files;
    const file = listed.at(-1);

    // Act
    const { status, headers, bytes } = await openFile(`/cases/${withSvg.caseId}/media/${file.objectId}`);

    // Assess
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/octet-stream');
    expect(headers.get('content-disposition')).toBe(`attachment; filename="${file.objectId}.bin"`);
    expect(bytes.equals(svg)).toBe(true);
  });

  it('answers a file too large for a function with a short-lived link where links exist, audited, never the bytes', async () => {
    // Prepare
    const large = Buffer.alloc(5 * 1024 * 1024, 7);
    const big = await reportWithEvidence(runtime, 'blora', [{ type: 'document', contentType: 'application/pdf', bytes: large }]);
    const file = (await staffClient(runtime, 'blora').get(`/cases/${big.caseId}/media`)).json.files.at(-1);
    const deps = runtime.staff.mediaDeps;
    const asked: unknown[] = [];
    const links: MediaLinkSigner = {
      lifetimeSeconds: 60,
      linkFor: async (request) => {
        asked.push(request);
        return 'https://bucket.example/signed';
      },
    };
    const read: string[] = [];
    const media: Pick<MediaStore, 'get'> = {
      get: async (tenantId, objectId) => {
        read.push(objectId);
        return deps.media.get(tenantId, objectId);
      },
    };
    const handler = createCaseMediaHandler({ ...deps, links, media });

    // Act
    const linked = await handler(mediaEvent(big.caseId, file.objectId, runtime.staff.login.tokenFor('blora', 'responder')), {} as never);
    const local = await openFile(`/cases/${big.caseId}/media/${file.objectId}`);

    // Assess
    expect(linked.statusCode).toBe(200);
    expect(JSON.parse(String(linked.body))).toEqual({ link: { url: 'https://bucket.example/signed', expiresAt: expect.any(String) } });
    expect(asked).toEqual([
      {
        tenantId: 'blora',
        objectId: file.objectId,
        contentType: 'application/pdf',
        contentDisposition: `attachment; filename="${file.objectId}.pdf"`,
        auditId: expect.any(String),
      },
    ]);
    expect(read).toEqual([]);
    expect((await auditItems()).filter((item) => item.objectId === file.objectId)).toHaveLength(2);
    // Locally the same route answers the bytes themselves.
    expect(local.status).toBe(200);
    expect(local.bytes.equals(large)).toBe(true);
  });

  it('shows supervisors, and only them, who opened which file of which case', async () => {
    // Prepare
    const file = fileOfKind('document');
    await openFile(`/cases/${evidence.caseId}/media/${file.objectId}`);

    // Act
    const log = await staffClient(runtime, 'blora', 'supervisor').get('/audit/media?limit=100');
    const refused = await staffClient(runtime, 'blora').get('/audit/media');
    const elsewhere = await staffClient(runtime, 'purwakarta', 'supervisor').get('/audit/media');

    // Assess
    expect(log.status).toBe(200);
    expect(log.json.openings[0]).toMatchObject({ caseId: evidence.caseId, reference: evidence.reference, objectId: file.objectId });
    expect(refused.status).toBe(403);
    expect(elsewhere.json.openings).toEqual([]);
  });
});
