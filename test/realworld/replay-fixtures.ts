/** Replays loaded fixtures one after another against a running product, each checked against its `expect`. */
import { replayCall } from './call-center-replay.js';
import type { LoadedFixture } from './realworld-fixture.js';
import { createReplayRun, fail, type ReplayResult, type ReplayRun, type ReplayTarget } from './replay-target.js';
import { replayWhatsApp } from './whatsapp-replay.js';

export async function replayFixtures(
  target: ReplayTarget,
  loaded: readonly LoadedFixture[],
  run: ReplayRun = createReplayRun(),
): Promise<ReplayResult[]> {
  const results: ReplayResult[] = [];
  for (const item of loaded) {
    if ('problem' in item) {
      results.push(fail(item.id, item.problem));
      continue;
    }
    const { fixture } = item;
    const replay = fixture.channel === 'whatsapp' ? replayWhatsApp(target, fixture, run) : replayCall(target, fixture, run);
    results.push(await replay.catch((error: Error) => fail(fixture.id, `replay failed: ${error.message}`)));
  }
  return results;
}

/** One line per fixture: PASS, or FAIL with the reason. */
export function resultLine(result: ReplayResult): string {
  return result.pass ? `PASS ${result.id}` : `FAIL ${result.id}: ${result.reason}`;
}
