/**
 * When an erasure request cannot be carried out (UU 27/2022 art. 8 with art. 16(2) and 43: processing tied
 * to legal proceedings does not end): a legal hold keeps everything until it is released; and a
 * sexual-violence case (UU 12/2022, TPKS) that went to the police — its TPKS referral met, or a referral to
 * the police PPA unit still open — keeps its record while the proceedings may need it. The answer names which.
 */
import type { StaffCase } from '../staff/ports.js';
import type { HoldReasonKind } from '../staff/timeline.js';

export type ErasureBlock = { readonly refusal: 'legal_hold'; readonly holdReasonKind: HoldReasonKind } | { readonly refusal: 'legal_duty' };

export function erasureBlock(
  record: Pick<StaffCase, 'legalHold' | 'category' | 'categories' | 'policeReferral' | 'referrals'>,
): ErasureBlock | undefined {
  if (record.legalHold) return { refusal: 'legal_hold', holdReasonKind: record.legalHold.reasonKind };
  const sexualViolence = record.category === 'kekerasan_seksual' || (record.categories ?? []).includes('kekerasan_seksual');
  const withPolice =
    record.policeReferral?.outcome === 'met' ||
    (record.referrals ?? []).some((referral) => referral.partner.kind === 'polisi_ppa' && (referral.status === 'dirujuk' || referral.status === 'diterima'));
  return sexualViolence && withPolice ? { refusal: 'legal_duty' } : undefined;
}
