/**
 * A referral to another regency's UPTD PPA on this deployment: it arrives there as a new case (channel
 * `rujukan`) through the one `submitReport`, so it is numbered, sealed under the target regency's key
 * context and alerted to its on-call staff like any report. It carries only what the referral may share:
 * routing fields always (service, kind of violence, urgency; no kecamatan, the source regency's districts
 * mean nothing there), and the details part (what happened, the victim, the place) only when details are
 * shared with consent or a supervisor's override. Never the reporter's identity, the victim's contact,
 * files, or the source case's id.
 */
import type { StaffSession } from '../auth/authenticate-staff.js';
import type { ReportSubmission } from '../intake/report-submission.js';
import { submitReport } from '../intake/submit-report.js';
import type { WalkInDependencies } from './enter-walk-in-report.js';
import { type Partner, type PartnerDependencies, PartnerNotFoundError } from './partners.js';
import type { StaffCase, StaffDependencies } from './ports.js';
import type { ReferralState } from './referrals.js';

export type RegencyReferralDependencies = Pick<StaffDependencies, 'vault'> & Pick<PartnerDependencies, 'tenants'> & WalkInDependencies;

/** What the referral asks the other regency to open. */
export interface RegencyReferral {
  readonly source: StaffCase;
  readonly partner: Partner;
  readonly referralId: string;
  readonly purpose: string;
  /** Consent (or a supervisor's override) lets the victim's details go with it. */
  readonly shareDetails: boolean;
}

/** The source case's sealed details that may travel with consent (not the reporter's answers, not files). */
interface ShareableDetails {
  readonly narrative: string;
  readonly locationDetail?: string;
  readonly occurred?: ReportSubmission['occurred'];
  readonly victim?: Partial<ReportSubmission['victim']>;
  readonly immediateDanger?: ReportSubmission['immediateDanger'];
}

/** Opens (or, on a retry, finds) the referral's case in the target regency; returns its reference. */
export async function openCaseInRegency(
  deps: RegencyReferralDependencies,
  session: StaffSession,
  referral: RegencyReferral,
): Promise<NonNullable<ReferralState['linkedCase']>> {
  const target = referral.partner.targetTenantId && (await deps.tenants.find(referral.partner.targetTenantId));
  // The directory checked the regency when the partner was added; the deployment may have changed since.
  if (!target || target.id === session.tenant.id) throw new PartnerNotFoundError();
  const { source } = referral;
  const shared = referral.shareDetails ? await openShareableDetails(deps, source) : undefined;
  const receipt = await submitReport(
    deps.intake,
    target,
    {
      channel: 'rujukan',
      // Only the claim's keyed digest of it is stored in the target regency: the source case id stays unreadable.
      channelRef: `rujukan:${session.tenant.id}:${referral.referralId}`,
      service: source.service,
      category: source.category,
      urgency: source.urgency,
      // Who reported is a routing field; a desk officer's own report (`staff`) is a walk-in's only.
      ...(source.reporterRole && source.reporterRole !== 'staff' ? { reporterRole: source.reporterRole } : {}),
      narrative: shared ? `${referral.purpose}\n\n${shared.narrative}` : routingOnlyNarrative(session.tenant.displayName),
      ...(shared
        ? {
            location: { detail: shared.locationDetail },
            occurred: shared.occurred ?? {},
            victim: shared.victim ?? {},
            immediateDanger: shared.immediateDanger,
          }
        : { victim: {} }),
      reporter: { anonymous: true },
      consent: { dataProcessing: true },
    },
    { referredFrom: { tenantId: session.tenant.id, regency: session.tenant.displayName, referralId: referral.referralId } },
  );
  return { tenantId: target.id, reference: receipt.reference };
}

/** Without consent to share, the purpose stays home too: staff write it in their own words and may name the victim. */
function routingOnlyNarrative(regency: string): string {
  return `Rujukan dari UPTD PPA ${regency} tanpa data korban (tidak ada persetujuan untuk membagikannya). Hubungi UPTD PPA ${regency} untuk penanganan bersama.`;
}

async function openShareableDetails(deps: Pick<StaffDependencies, 'vault'>, source: StaffCase): Promise<ShareableDetails | undefined> {
  // Destroyed by retention: nothing is left to share.
  if (!source.details) return undefined;
  const details = await deps.vault.open<ShareableDetails>({ tenant: source.tenantId, caseId: source.caseId, purpose: 'details' }, source.details);
  const { narrative, locationDetail, occurred, victim, immediateDanger } = details;
  return { narrative, locationDetail, occurred, victim, immediateDanger };
}
