/**
 * The regency's directory of partner organisations that cases are referred to, kept by supervisors. A
 * partner is an organisation, not a reporter: its name and contact are staff data (plaintext). A partner
 * is disabled, never deleted, so old referrals still name it. Every change is audited.
 */
import * as z from 'zod';
import { requireSupervisor, type StaffSession } from '../auth/authenticate-staff.js';
import { AppError } from '../errors.js';
import type { IdGenerator } from '../intake/ports.js';
import type { TenantRegistry } from '../tenancy/tenant-registry.js';
import { parseOrThrow } from '../validation.js';
import { staffRef } from './load-case.js';
import type { StaffDependencies } from './ports.js';
import type { StaffRef } from './timeline.js';

export const PARTNER_KINDS = ['polisi_ppa', 'rsud', 'bantuan_hukum', 'psikolog', 'rumah_aman', 'uptd_lain', 'sapa_129'] as const;
export const PartnerKind = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof PartnerKind>;

export const PARTNER_KIND_LABELS: Readonly<Record<PartnerKind, { id: string; en: string }>> = {
  polisi_ppa: { id: 'Unit PPA Polres', en: 'Police PPA unit' },
  rsud: { id: 'RSUD', en: 'Regional hospital' },
  bantuan_hukum: { id: 'LBH / bantuan hukum', en: 'Legal aid' },
  psikolog: { id: 'Psikolog', en: 'Psychologist' },
  rumah_aman: { id: 'Rumah aman / shelter', en: 'Shelter' },
  uptd_lain: { id: 'UPTD PPA kabupaten/kota lain', en: "Another regency's UPTD PPA" },
  sapa_129: { id: 'SAPA 129', en: 'SAPA 129' },
};

export interface Partner {
  readonly tenantId: string;
  readonly partnerId: string;
  readonly kind: PartnerKind;
  readonly name: string;
  readonly contact: string;
  /** For `uptd_lain`: the regency on this deployment that receives the referral as a new case. */
  readonly targetTenantId?: string;
  readonly active: boolean;
  readonly addedAt: string;
  readonly addedBy: StaffRef;
}

/** One audited act of case work that is not a case change of its own (partners, consent overrides). */
export interface CaseworkAuditEntry {
  readonly tenantId: string;
  readonly auditId: string;
  readonly at: string;
  readonly by: StaffRef;
  readonly action: 'partner-added' | 'partner-disabled' | 'consent-override';
  readonly partnerId?: string;
  readonly caseId?: string;
  /** The referral a consent override let through; its written reason is sealed on the case's timeline. */
  readonly referralId?: string;
}

export interface PartnerDirectory {
  listPartners(tenantId: string): Promise<Partner[]>;
  findPartner(tenantId: string, partnerId: string): Promise<Partner | undefined>;
  /** Conditional put: a new partner never replaces another. */
  addPartner(partner: Partner): Promise<void>;
  /** Returns false when there is no such partner. */
  disablePartner(tenantId: string, partnerId: string): Promise<boolean>;
  /** Conditional put: an audit record is never overwritten. */
  recordAudit(entry: CaseworkAuditEntry): Promise<void>;
  listAudit(tenantId: string): Promise<CaseworkAuditEntry[]>;
}

export interface PartnerDependencies extends Pick<StaffDependencies, 'clock' | 'logger'> {
  readonly partners: PartnerDirectory;
  readonly tenants: TenantRegistry;
  readonly ids: IdGenerator;
}

export class PartnerNotFoundError extends AppError {
  constructor() {
    super(404, 'PARTNER_NOT_FOUND', { id: 'Lembaga mitra tidak ditemukan.', en: 'Partner organisation not found.' });
  }
}

const TENANT_ID = /^[a-z0-9-]{2,40}$/;

export const PartnerRequest = z
  .object({
    kind: PartnerKind,
    name: z.string().trim().min(1).max(120),
    contact: z.string().trim().min(1).max(200),
    targetTenantId: z.string().regex(TENANT_ID).optional(),
  })
  .refine((partner) => (partner.kind === 'uptd_lain') === (partner.targetTenantId !== undefined), {
    message: 'another regency’s UPTD names its regency (targetTenantId), and only it does',
    path: ['targetTenantId'],
  });

export async function listPartners(deps: PartnerDependencies, session: StaffSession): Promise<{ partners: Partner[] }> {
  const partners = await deps.partners.listPartners(session.tenant.id);
  return { partners: partners.sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function addPartner(deps: PartnerDependencies, session: StaffSession, input: unknown): Promise<Partner> {
  requireSupervisor(session.staff);
  const request = parseOrThrow(PartnerRequest, input);
  if (request.targetTenantId !== undefined) {
    const target = await deps.tenants.find(request.targetTenantId);
    // Only a regency of this deployment other than the caller's can receive a referral as a case.
    if (!target || target.id === session.tenant.id) throw new PartnerNotFoundError();
  }
  const at = deps.clock.now().toISOString();
  const by = staffRef(session.staff);
  const partner: Partner = { ...request, tenantId: session.tenant.id, partnerId: deps.ids.newId(), active: true, addedAt: at, addedBy: by };
  await deps.partners.addPartner(partner);
  await deps.partners.recordAudit({ tenantId: partner.tenantId, auditId: deps.ids.newId(), at, by, action: 'partner-added', partnerId: partner.partnerId });
  deps.logger.info('partner added', { tenant: partner.tenantId, partnerId: partner.partnerId, kind: partner.kind });
  return partner;
}

export async function disablePartner(
  deps: PartnerDependencies,
  session: StaffSession,
  partnerId: string | undefined,
): Promise<{ partnerId: string; active: false }> {
  requireSupervisor(session.staff);
  const tenantId = session.tenant.id;
  if (!partnerId || !(await deps.partners.disablePartner(tenantId, partnerId))) throw new PartnerNotFoundError();
  const at = deps.clock.now().toISOString();
  await deps.partners.recordAudit({ tenantId, auditId: deps.ids.newId(), at, by: staffRef(session.staff), action: 'partner-disabled', partnerId });
  deps.logger.info('partner disabled', { tenant: tenantId, partnerId });
  return { partnerId, active: false };
}
