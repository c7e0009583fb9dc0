/** A data-request decision as the staff timeline shows it: its sealed reason and corrections opened. */
import type { IdentityVault } from '../crypto/identity-vault.js';
import type { StaffCase } from '../staff/ports.js';
import type { DataRequestDecisionEntry } from '../staff/timeline.js';
import type { DataCorrection } from './decide-data-request.js';

export interface DataRequestDecisionView extends Omit<DataRequestDecisionEntry, 'reason' | 'correction'> {
  readonly reason?: string;
  readonly corrections?: readonly DataCorrection[];
}

/** Up to two KMS requests; a part the retention job destroyed is simply absent. */
export async function openDataRequestDecision(
  vault: IdentityVault,
  record: Pick<StaffCase, 'tenantId' | 'caseId'>,
  entry: DataRequestDecisionEntry,
): Promise<DataRequestDecisionView> {
  const { reason, correction, ...shown } = entry;
  const context = { tenant: record.tenantId, caseId: record.caseId };
  const [opened, corrected] = await Promise.all([
    reason && vault.open<{ text: string }>({ ...context, purpose: 'note' }, reason),
    correction && vault.open<{ corrections: DataCorrection[] }>({ ...context, purpose: 'details' }, correction),
  ]);
  return { ...shown, ...(opened ? { reason: opened.text } : {}), ...(corrected ? { corrections: corrected.corrections } : {}) };
}
