import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { genericCall } from '../../fixtures/call-center/call-fixtures.js';
import { postJson } from '../../support/http.js';
import { startTestRuntime } from '../../support/local-runtime.js';

const dataDir = mkdtempSync(join(tmpdir(), 'lapor-aman-cc-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('local call-center keys', () => {
  it('creates one key per call-center regency on first start and keeps it across a restart', async () => {
    // Prepare
    const first = await startTestRuntime({ dataDir, masterKey: undefined });
    const created = first.callCenterKeys;
    await first.stop();

    // Act
    const second = await startTestRuntime({ dataDir, masterKey: undefined });
    const answer = await postJson(`${second.url}/api/v1/call-center/transcripts`, genericCall(), {
      'x-api-key': created.purwakarta ?? '',
    });
    const kept = second.callCenterKeys;
    await second.stop();

    // Assess
    const file = join(dataDir, 'call-center-keys.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(created);
    expect(Object.keys(created).sort()).toEqual(['mesuji', 'purwakarta']);
    expect(kept).toEqual(created);
    expect(answer.status).toBe(201);
  });

  it('makes fresh keys in memory when the runtime has no data folder', async () => {
    // Prepare
    const one = await startTestRuntime();
    const other = await startTestRuntime();

    // Act
    const keysOfOne = one.callCenterKeys;
    const keysOfOther = other.callCenterKeys;
    await Promise.all([one.stop(), other.stop()]);

    // Assess
    expect(keysOfOne.mesuji).toMatch(/^la_cc_mesuji_/);
    expect(keysOfOne.mesuji).not.toBe(keysOfOther.mesuji);
  });
});
