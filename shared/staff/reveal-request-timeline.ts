/** A reveal request and its decision as timeline entries: kinds and names only, never the requester's words. */
import type { RevealReasonKind } from './reveal-policy.js';
import type { RevealRequestRecord } from './reveal-request-ports.js';
import type { StaffRef } from './timeline.js';

export type RevealRequestTimelineView =
  | { readonly kind: 'revealRequest'; readonly at: string; readonly by: StaffRef; readonly reasonKind: RevealReasonKind }
  | {
      readonly kind: 'revealDecision';
      readonly at: string;
      readonly by: StaffRef;
      readonly approved: boolean;
      readonly requestedBy: StaffRef;
      readonly validUntil?: string;
    };

export function revealRequestEntries(request: RevealRequestRecord): RevealRequestTimelineView[] {
  const asked: RevealRequestTimelineView = {
    kind: 'revealRequest',
    at: request.requestedAt,
    by: request.requestedBy,
    reasonKind: request.reasonKind,
  };
  if (request.status === 'pending' || !request.decidedAt || !request.decidedBy) return [asked];
  return [
    asked,
    {
      kind: 'revealDecision',
      at: request.decidedAt,
      by: request.decidedBy,
      approved: request.status === 'approved',
      requestedBy: request.requestedBy,
      validUntil: request.validUntil,
    },
  ];
}
