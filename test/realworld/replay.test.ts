import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../support/local-runtime.js';
import { type LoadedFixture, loadFixtures, type RealworldFixture } from './realworld-fixture.js';
import { replayFixtures, resultLine } from './replay-fixtures.js';
import type { ReplayTarget } from './replay-target.js';

/** Only the fixtures this repository owns: the suite never depends on the folder outside it. */
const OWN_FIXTURES = fileURLToPath(new URL('../fixtures/realworld/', import.meta.url));

let runtime: TestRuntime;
let target: ReplayTarget;
beforeAll(async () => {
  runtime = await startTestRuntime();
  target = {
    api: runtime.url,
    appSecret: runtime.whatsapp.appSecret,
    phoneNumberIds: runtime.whatsapp.phoneNumberIds,
    callCenterKeys: runtime.callCenterKeys,
    staffToken: (tenant) => runtime.staff.login.tokenFor(tenant, 'responder'),
  };
});
afterAll(async () => {
  await runtime.stop();
});

/** One of the repository's fixtures, changed by `edit`. */
function ownFixture(id: string, edit: (fixture: Record<string, any>) => void): LoadedFixture {
  const found = loadFixtures(OWN_FIXTURES).find((loaded) => loaded.id === id);
  if (!found || !('fixture' in found)) throw new Error(`no fixture ${id}`);
  const fixture = structuredClone(found.fixture) as Record<string, any>;
  edit(fixture);
  return { id, fixture: fixture as RealworldFixture };
}

describe('replayFixtures', () => {
  it("gives every fixture the repository owns the answer its expect names, covering every kind of expect", async () => {
    // Prepare
    const loaded = loadFixtures(OWN_FIXTURES);

    // Act
    const results = await replayFixtures(target, loaded);

    // Assess
    expect(results.filter((result) => !result.pass)).toEqual([]);
    expect(results.map((result) => result.id)).toEqual(loaded.map((item) => item.id));
    const kinds = loaded.flatMap((item) => ('fixture' in item ? [`${item.fixture.channel}:${item.fixture.expect}`] : []));
    expect(new Set(kinds)).toEqual(
      new Set(['whatsapp:reply', 'whatsapp:silent', 'whatsapp:ack', 'call-center:case']),
    );
  });

  it('gives the same answers when the same fixtures are replayed again in another run', async () => {
    // Act
    const results = await replayFixtures(target, loadFixtures(OWN_FIXTURES));

    // Assess
    expect(results.filter((result) => !result.pass)).toEqual([]);
  });

  it('fails a fixture with the reason when the product answers otherwise than it expects', async () => {
    // Prepare
    const fixtures = [
      ownFixture('wa-own-text', (f) => {
        f.expect = 'silent';
      }),
      ownFixture('wa-own-reaction', (f) => {
        f.expect = 'reply';
      }),
      ownFixture('cc-own-call-analytics', (f) => {
        f.callerWords = 'kata yang tidak pernah diucapkan';
      }),
      ownFixture('cc-own-channels-agent-named', (f) => {
        f.agentWords = f.callerWords;
      }),
      ownFixture('cc-own-speaker-labels-caller-first', (f) => {
        f.published = { TranscriptEvent: {} };
      }),
    ];

    // Act
    const results = await replayFixtures(target, fixtures);

    // Assess
    expect(results.map(resultLine)).toEqual([
      expect.stringMatching(/^FAIL wa-own-text: [1-9]\d* repl(y|ies); expected none$/),
      expect.stringMatching(/^FAIL wa-own-reaction: no reply to the number \(webhook answered 200 \{"received":1\}\)$/),
      expect.stringMatching(/^FAIL cc-own-call-analytics: MSJ-\d{4}-\d{5}: the caller's words are not in the narrative$/),
      expect.stringMatching(/^FAIL cc-own-channels-agent-named: PWK-\d{4}-\d{5}: the agent's words are in the narrative$/),
      'FAIL cc-own-speaker-labels-caller-first: answered 400 UNSUPPORTED_TRANSCRIPT_FORMAT',
    ]);
  });

  it('fails a fixture file that is not a replay fixture, and replays the others', async () => {
    // Prepare
    const folder = mkdtempSync(join(tmpdir(), 'replay-fixtures-'));
    writeFileSync(join(folder, 'broken.json'), '{"id": "broken"');
    writeFileSync(join(folder, 'no-expect.json'), JSON.stringify({ id: 'no-expect', channel: 'whatsapp', tenant: 'blora' }));

    // Act
    const results = await replayFixtures(target, loadFixtures(folder));
    rmSync(folder, { recursive: true });

    // Assess
    expect(results.map(resultLine)).toEqual([
      expect.stringMatching(/^FAIL broken: unreadable: /),
      expect.stringMatching(/^FAIL no-expect: not a replay fixture: expect: /),
    ]);
  });
});
