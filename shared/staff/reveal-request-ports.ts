/** A responder's request to reveal an identity and a supervisor's decision on it. Adapter: dynamo-reveal-requests.ts. */
import type { SealedEnvelope } from '../crypto/envelope.js';
import type { RevealReasonKind } from './reveal-policy.js';
import type { StaffRef } from './timeline.js';
import type { TimeWindow } from './ports.js';

export type RevealRequestStatus = 'pending' | 'approved' | 'refused';

export interface RevealDecision {
  readonly status: Exclude<RevealRequestStatus, 'pending'>;
  readonly decidedAt: string;
  readonly decidedBy: StaffRef;
  /** Approved: the responder may reveal once before this instant. */
  readonly validUntil?: string;
}

export interface RevealRequestRecord extends Partial<Omit<RevealDecision, 'status'>> {
  readonly requestId: string;
  readonly tenantId: string;
  readonly caseId: string;
  readonly reference: string;
  readonly requestedAt: string;
  readonly requestedBy: StaffRef;
  readonly reasonKind: RevealReasonKind;
  /** The requester's words, sealed (purpose `note`): opened only for the deciding supervisors. */
  readonly reason: SealedEnvelope;
  readonly status: RevealRequestStatus;
  /** When its approval opened the identity (listed per case only). */
  readonly usedAt?: string;
}

export interface RevealRequestStore {
  /** Conditional put: a request is never overwritten. */
  createRequest(request: RevealRequestRecord): Promise<void>;
  findRequest(tenantId: string, requestId: string): Promise<RevealRequestRecord | undefined>;
  /** Decides a pending request; false when it was no longer pending (one conditional write decides). */
  decideRequest(tenantId: string, requestId: string, decision: RevealDecision): Promise<boolean>;
  /** The regency's pending requests, oldest first. */
  listPending(tenantId: string): Promise<RevealRequestRecord[]>;
  /** The requests of one case made within a window of its timeline, oldest first. */
  listOfCase(tenantId: string, caseId: string, window?: TimeWindow): Promise<RevealRequestRecord[]>;
}

/** The reveal function's side: an approved request opens the identity once (one conditional put decides). */
export interface RevealGrantLedger {
  findRequest(tenantId: string, requestId: string): Promise<RevealRequestRecord | undefined>;
  /** True the first time; false when the request was already used. */
  useGrant(grant: { readonly tenantId: string; readonly caseId: string; readonly requestId: string; readonly at: string }): Promise<boolean>;
}
