/** A case handled for a long time: notes recorded one a minute straight through the staff case store. */
import type { LocalRuntime } from '#local/runtime.js';
import type { StaffRef } from '#shared/staff/timeline.js';
import { MINUTE, type TestClock } from '../test-clock.js';

export const BLORA_RESPONDER: StaffRef = { id: 'petugas.blora@dev.lapor-aman.local', name: 'Petugas jaga Blora', role: 'responder' };

/** The text of the n-th recorded note, to find it on the timeline. */
export const noteText = (n: number) => `catatan ke-${n}`;

/**
 * Records notes `first` … `first + count - 1` on a case at version `version`, advancing `clock` a minute
 * before each; returns the case's version after the last one.
 */
export async function recordNotes(
  runtime: LocalRuntime,
  target: { readonly tenantId: string; readonly caseId: string; readonly version: number },
  notes: { readonly first: number; readonly count: number; readonly clock: TestClock },
): Promise<number> {
  const { cases, vault } = runtime.staff.apiDeps;
  const { tenantId, caseId } = target;
  let version = target.version;
  for (let n = notes.first; n < notes.first + notes.count; n++) {
    notes.clock.advance(MINUTE);
    const at = notes.clock.now().toISOString();
    const note = await vault.seal({ tenant: tenantId, caseId, purpose: 'note' }, { text: noteText(n) });
    const saved = await cases.saveChange({ tenantId, caseId, expectedVersion: version, entry: { kind: 'note', at, by: BLORA_RESPONDER, note } });
    if (!saved.saved) throw new Error(`note ${n} was refused`);
    version = saved.version;
  }
  return version;
}
