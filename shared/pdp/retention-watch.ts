/** A closed case's place in the retention schedule (the sparse `retentionDue` index). */
export type RetentionStage = 'closed' | 'personal' | 'routing';

export interface RetentionWatch {
  readonly stage: RetentionStage;
  /** `closed`: when the case closed (not yet planned); otherwise when that stage's destruction is due. */
  readonly at: string;
}

const STAGE_PREFIX: Readonly<Record<RetentionStage, string>> = { closed: 'C', personal: 'P', routing: 'R' };

/** The index sort key: stage, then time, so one query finds everything of a stage due before now. */
export const retentionSortKey = (watch: RetentionWatch, tenantId: string, caseId: string): string =>
  `${STAGE_PREFIX[watch.stage]}#${watch.at}#${tenantId}#${caseId}`;

export const retentionStagePrefix = (stage: RetentionStage): string => `${STAGE_PREFIX[stage]}#`;
