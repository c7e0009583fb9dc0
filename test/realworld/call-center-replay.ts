/**
 * Replays a published transcript file as a call system posts it: the product's documented body
 * `{call, transcribe}` with the fixture's call metadata and a call id unique to the run, under the local
 * key of the fixture's tenant. A filed case's narrative is read back as the tenant's staff read it.
 */
import type { CallCenterFixture } from './realworld-fixture.js';
import { fail, jsonOf, pass, type ReplayResult, type ReplayRun, type ReplayTarget } from './replay-target.js';

/** Pages of the staff case list searched for a just-filed case (newest first, so it is on the first). */
const MAX_PAGES = 20;

export async function replayCall(target: ReplayTarget, fixture: CallCenterFixture, run: ReplayRun): Promise<ReplayResult> {
  const key = target.callCenterKeys[fixture.tenant];
  if (key === undefined) return fail(fixture.id, `tenant "${fixture.tenant}" has no local call-center key`);
  const body = { call: { ...fixture.call, callId: `${fixture.id}.rw${run.id}` }, transcribe: fixture.published };
  const response = await fetch(`${target.api}/api/v1/call-center/transcripts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify(body),
  });
  const json = await jsonOf(response);
  if (response.status !== 201 && response.status !== 200) {
    return fail(fixture.id, `answered ${response.status} ${json?.code ?? ''}`.trim());
  }
  const reference = json?.reference;
  if (typeof reference !== 'string') return fail(fixture.id, `answered ${response.status} without a reference`);
  if (!fixture.attributionCounted) return pass(fixture.id);

  const narrative = await narrativeOf(target, fixture.tenant, reference);
  if (narrative === undefined) return fail(fixture.id, `${reference}: staff cannot open the case`);
  if (fixture.callerWords && !holds(narrative, fixture.callerWords)) {
    return fail(fixture.id, `${reference}: the caller's words are not in the narrative`);
  }
  if (fixture.agentWords && holds(narrative, fixture.agentWords)) {
    return fail(fixture.id, `${reference}: the agent's words are in the narrative`);
  }
  return pass(fixture.id);
}

/** Case and spacing aside: a narrative keeps the words, not their layout. */
function holds(narrative: string, words: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
  return plain(narrative).includes(plain(words));
}

/** The narrative of a case as the tenant's staff see it, found by its reference. */
async function narrativeOf(target: ReplayTarget, tenant: string, reference: string): Promise<string | undefined> {
  const get = async (path: string) =>
    jsonOf(await fetch(`${target.api}/api/v1/staff${path}`, { headers: { authorization: `Bearer ${target.staffToken(tenant)}` } }));
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const list = await get(`/cases?channel=call-center&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const found = (list?.cases ?? []).find((item: { reference?: string }) => item.reference === reference);
    if (found) return (await get(`/cases/${encodeURIComponent(found.caseId)}`))?.details?.narrative;
    cursor = list?.nextCursor;
    if (!cursor) return undefined;
  }
  return undefined;
}
