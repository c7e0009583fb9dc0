/**
 * The staff API as the console calls it: one method per route, typed with the server's own request
 * schemas and response types (`import type` only: nothing of the server runs here). Every call carries
 * the ID token; a missing or refused token signs the console out instead of failing the view.
 */
import type * as z from 'zod';
import type { AssignmentRequest, AssignmentResult } from '#shared/staff/assign-case.js';
import type { NoteRequest, NoteResult } from '#shared/staff/add-case-note.js';
import type { CaseMediaFile } from '#shared/staff/case-media.js';
import type { CaseNumbers } from '#shared/staff/case-numbers.js';
import type { CloseDecisionBody, CloseRequestBody, ClosingResult, ReopenBody } from '#shared/staff/case-closing.js';
import type { TimelinePage } from '#shared/staff/timeline-page.js';
import type { StatusChangeRequest, StatusChangeResult } from '#shared/staff/change-case-status.js';
import type { ClassificationRequest, ClassificationResult } from '#shared/staff/correct-classification.js';
import type { AssessmentRequest, AssessmentResult } from '#shared/staff/record-assessment.js';
import type { SessionView } from '#shared/staff/describe-session.js';
import type { WalkInReceipt, WalkInRequest } from '#shared/staff/enter-walk-in-report.js';
import type { CaseList } from '#shared/staff/list-cases.js';
import type { MediaAuditPage } from '#shared/staff/list-media-audit.js';
import type { RevealAuditPage } from '#shared/staff/list-reveal-audit.js';
import type { RevealRequest, RevealResult } from '#shared/staff/reveal-identity.js';
import type { ReporterMessageRequest, ReporterMessageResult } from '#shared/staff/send-reporter-message.js';
import type { CaseView } from '#shared/staff/view-case.js';
import type { ServiceRequest } from '#shared/staff/record-service.js';
import type { PlanRequest } from '#shared/staff/set-case-plan.js';
import type { ReportSubmissionInput } from '#shared/intake/report-submission.js';
import type { Partner, PartnerRequest } from '#shared/staff/partners.js';
import type { ReferralRequest, ReferralResult, ReferralStepRequest } from '#shared/staff/refer-case.js';
import type { DataRequestState } from '#shared/pdp/data-requests.js';
import type { DeskDataRequest, DeskDataRequestResult } from '#shared/pdp/record-data-request.js';
import type { DataRequestDecision, DataRequestDecisionResult } from '#shared/pdp/decide-data-request.js';
import type { HoldRequest, HoldResult } from '#shared/pdp/hold-case.js';
import type { RevealReason } from '#shared/staff/reveal-policy.js';
import type { PendingRevealRequest, RevealDecisionRequest, RevealRequestView } from '#shared/staff/reveal-requests.js';
import type { AcknowledgementResult, openAlertLink } from '#shared/oncall/acknowledge-case.js';
import type { OnCallNow, RotaRequest, RotaView } from '#shared/oncall/manage-rota.js';
import type { PersonActiveRequest } from '#shared/oncall/manage-directory.js';
import type { OnCallAuditEntry } from '#shared/oncall/ports.js';
import type { NewPersonRequest, StaffPersonView } from '#shared/oncall/staff-person.js';
import { apiErrorFrom, SignedOutError } from './api-error.js';

/** Who is signed in and their regency (with the hours to a first assessment per urgency tier). */
export type ConsoleSession = SessionView;

/** A desk report: the one submission contract without what the API sets itself, plus who reports. */
export type WalkInBody = Omit<ReportSubmissionInput, 'channel' | 'channelRef'> & z.input<typeof WalkInRequest>;

export interface StaffApi {
  me(): Promise<ConsoleSession>;
  listCases(query: URLSearchParams): Promise<CaseList>;
  viewCase(caseId: string): Promise<CaseView>;
  changeStatus(caseId: string, body: z.input<typeof StatusChangeRequest>): Promise<StatusChangeResult>;
  assign(caseId: string, body: z.input<typeof AssignmentRequest>): Promise<AssignmentResult>;
  addNote(caseId: string, body: z.input<typeof NoteRequest>): Promise<NoteResult>;
  correctClassification(caseId: string, body: z.input<typeof ClassificationRequest>): Promise<ClassificationResult>;
  recordAssessment(caseId: string, body: z.input<typeof AssessmentRequest>): Promise<AssessmentResult>;
  messageReporter(caseId: string, body: z.input<typeof ReporterMessageRequest>): Promise<ReporterMessageResult>;
  recordService(caseId: string, body: z.input<typeof ServiceRequest>): Promise<unknown>;
  setPlan(caseId: string, body: z.input<typeof PlanRequest>): Promise<unknown>;
  reveal(caseId: string, body: z.input<typeof RevealRequest>): Promise<RevealResult>;
  enterWalkIn(body: WalkInBody): Promise<WalkInReceipt>;
  numbers(year?: string, month?: string): Promise<CaseNumbers>;
  /** The year's cases as CSV text (no personal data). */
  exportCsv(year: number): Promise<string>;
  revealAudit(cursor?: string): Promise<RevealAuditPage>;
  /** An older page of a case's timeline (`before`: the `olderTimeline` of the page after it). */
  timeline(caseId: string, before: string): Promise<TimelinePage>;
  requestClose(caseId: string, body: z.input<typeof CloseRequestBody>): Promise<ClosingResult>;
  decideClose(caseId: string, body: z.input<typeof CloseDecisionBody>): Promise<ClosingResult>;
  reopen(caseId: string, body: z.input<typeof ReopenBody>): Promise<ClosingResult>;
  caseMedia(caseId: string): Promise<{ readonly files: readonly CaseMediaFile[] }>;
  /** One file's bytes (each opening is audited), or a short-lived link to a file too large to pass through. */
  openMedia(caseId: string, objectId: string): Promise<Blob | MediaLink>;
  mediaAudit(cursor?: string): Promise<MediaAuditPage>;
  partners(): Promise<{ readonly partners: readonly Partner[] }>;
  addPartner(body: z.input<typeof PartnerRequest>): Promise<Partner>;
  disablePartner(partnerId: string): Promise<unknown>;
  refer(caseId: string, body: z.input<typeof ReferralRequest>): Promise<ReferralResult>;
  referralStep(caseId: string, referralId: string, body: z.input<typeof ReferralStepRequest>): Promise<ReferralResult>;
  /** A case's data-subject requests (UU PDP), oldest first. */
  dataRequests(caseId: string): Promise<{ readonly requests: readonly DataRequestState[] }>;
  recordDataRequest(caseId: string, body: z.input<typeof DeskDataRequest>): Promise<DeskDataRequestResult>;
  decideDataRequest(caseId: string, requestId: number, body: z.input<typeof DataRequestDecision>): Promise<DataRequestDecisionResult>;
  /** Reveal with approval: a case's requests (kinds only), asking, the pending ones (supervisors) and deciding. */
  caseRevealRequests(caseId: string): Promise<{ readonly requests: readonly RevealRequestView[] }>;
  requestReveal(caseId: string, body: z.input<typeof RevealReason>): Promise<RevealRequestView>;
  pendingRevealRequests(): Promise<{ readonly requests: readonly PendingRevealRequest[] }>;
  decideRevealRequest(requestId: string, body: z.input<typeof RevealDecisionRequest>): Promise<RevealRequestView>;
  holdCase(caseId: string, body: z.input<typeof HoldRequest>): Promise<HoldResult>;
  directory(): Promise<{ readonly people: readonly StaffPersonView[] }>;
  addPerson(body: z.input<typeof NewPersonRequest>): Promise<StaffPersonView>;
  setPersonActive(personId: string, body: z.input<typeof PersonActiveRequest>): Promise<StaffPersonView>;
  rota(): Promise<RotaView>;
  saveRota(body: z.input<typeof RotaRequest>): Promise<RotaView>;
  onCallNow(): Promise<OnCallNow>;
  onCallAudit(cursor?: string): Promise<{ readonly changes: readonly OnCallAuditEntry[]; readonly nextCursor?: string }>;
  alertLink(linkId: string): Promise<Awaited<ReturnType<typeof openAlertLink>>>;
  acknowledge(caseId: string): Promise<AcknowledgementResult>;
}

/** Where a file too large for the API's answer can be fetched, briefly (cloud only). */
export interface MediaLink {
  readonly link: { readonly url: string; readonly expiresAt: string };
}

export interface ApiSession {
  /** The token to send, if there is a usable one. */
  token(): string | undefined;
  /** The token is missing, expired or refused: forget it and show the sign-in. */
  ended(): void;
}

export function createStaffApi(apiBase: string, session: ApiSession): StaffApi {
  async function send(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, binary = false): Promise<unknown> {
    const token = session.token();
    if (!token) {
      session.ended();
      throw new SignedOutError();
    }
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(apiBase + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 401) {
      session.ended();
      throw new SignedOutError();
    }
    const json = (response.headers.get('content-type') ?? '').startsWith('application/json');
    if (!response.ok) throw apiErrorFrom(response.status, json ? await response.json().catch(() => null) : null);
    if (json) return response.json();
    return binary ? response.blob() : response.text();
  }
  // The server's types describe what it sends: the casts name them, nothing is checked twice.
  const get = <T>(path: string) => send('GET', path) as Promise<T>;
  const post = <T>(path: string, body: unknown) => send('POST', path, body) as Promise<T>;
  const caseRoute = (caseId: string, action: string) => `/cases/${encodeURIComponent(caseId)}/${action}`;
  const paged = <T>(path: string, cursor?: string) => get<T>(`${path}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);

  return {
    me: () => get('/me'),
    listCases: (query) => get(`/cases?${query}`),
    viewCase: (caseId) => get(`/cases/${encodeURIComponent(caseId)}`),
    changeStatus: (caseId, body) => post(caseRoute(caseId, 'status'), body),
    assign: (caseId, body) => post(caseRoute(caseId, 'assignment'), body),
    addNote: (caseId, body) => post(caseRoute(caseId, 'notes'), body),
    correctClassification: (caseId, body) => post(caseRoute(caseId, 'classification'), body),
    recordAssessment: (caseId, body) => send('PUT', caseRoute(caseId, 'assessment'), body) as Promise<AssessmentResult>,
    messageReporter: (caseId, body) => post(caseRoute(caseId, 'messages'), body),
    recordService: (caseId, body) => post(caseRoute(caseId, 'services'), body),
    setPlan: (caseId, body) => send('PUT', caseRoute(caseId, 'plan'), body),
    reveal: (caseId, body) => post(caseRoute(caseId, 'reveal'), body),
    enterWalkIn: (body) => post('/walk-in-reports', body),
    numbers: (year, month) => {
      const query = new URLSearchParams({ ...(year ? { year } : {}), ...(month ? { month } : {}) }).toString();
      return get(`/numbers${query ? `?${query}` : ''}`);
    },
    exportCsv: (year) => get(`/export/cases.csv?year=${year}`),
    timeline: (caseId, before) => get(`${caseRoute(caseId, 'timeline')}?before=${encodeURIComponent(before)}`),
    requestClose: (caseId, body) => post(caseRoute(caseId, 'close-request'), body),
    decideClose: (caseId, body) => post(caseRoute(caseId, 'close-decision'), body),
    reopen: (caseId, body) => post(caseRoute(caseId, 'reopen'), body),
    revealAudit: (cursor) => paged('/audit/reveals', cursor),
    caseMedia: (caseId) => get(caseRoute(caseId, 'media')),
    openMedia: (caseId, objectId) =>
      send('GET', caseRoute(caseId, `media/${encodeURIComponent(objectId)}`), undefined, true) as Promise<Blob | MediaLink>,
    mediaAudit: (cursor) => paged('/audit/media', cursor),
    partners: () => get('/partners'),
    addPartner: (body) => post('/partners', body),
    disablePartner: (partnerId) => post(`/partners/${encodeURIComponent(partnerId)}/disable`, {}),
    refer: (caseId, body) => post(caseRoute(caseId, 'referrals'), body),
    referralStep: (caseId, referralId, body) => post(caseRoute(caseId, `referrals/${encodeURIComponent(referralId)}/status`), body),
    dataRequests: (caseId) => get(caseRoute(caseId, 'data-requests')),
    recordDataRequest: (caseId, body) => post(caseRoute(caseId, 'data-requests'), body),
    decideDataRequest: (caseId, requestId, body) => post(caseRoute(caseId, `data-requests/${requestId}/decision`), body),
    caseRevealRequests: (caseId) => get(caseRoute(caseId, 'reveal-requests')),
    requestReveal: (caseId, body) => post(caseRoute(caseId, 'reveal-requests'), body),
    pendingRevealRequests: () => get('/reveal-requests'),
    decideRevealRequest: (requestId, body) => post(`/reveal-requests/${encodeURIComponent(requestId)}/decision`, body),
    holdCase: (caseId, body) => post(caseRoute(caseId, 'hold'), body),
    directory: () => get('/directory'),
    addPerson: (body) => post('/directory', body),
    setPersonActive: (personId, body) => post(`/directory/${encodeURIComponent(personId)}/active`, body),
    rota: () => get('/rota'),
    saveRota: (body) => send('PUT', '/rota', body) as Promise<RotaView>,
    onCallNow: () => get('/rota/now'),
    onCallAudit: (cursor) => paged('/audit/oncall', cursor),
    alertLink: (linkId) => get(`/alert-links/${encodeURIComponent(linkId)}`),
    acknowledge: (caseId) => post(caseRoute(caseId, 'acknowledge'), {}),
  };
}
