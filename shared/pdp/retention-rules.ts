/**
 * How long a regency keeps a closed case (UU 27/2022 art. 42–44: processing ends when the retention period
 * ends). No statute sets a period for case data, so each regency sets its own in config/tenants.json.
 */
import * as z from 'zod';

export const DEFAULT_RETENTION = { personalDataYears: 5, routingFieldsYears: 10 } as const;

const years = (name: string, fallback: number) =>
  z.number().int(`${name}: whole years`).min(1, `${name}: at least 1 year`).max(100, `${name}: at most 100 years`).default(fallback);

export const RetentionRules = z
  .strictObject({
    /** After closure: the sealed parts (report, identity, notes, addenda), the files and their key material. */
    personalDataYears: years('personalDataYears', DEFAULT_RETENTION.personalDataYears),
    /** After closure: the routing fields (category, kecamatan, dates) that the numbers count; then the case goes. */
    routingFieldsYears: years('routingFieldsYears', DEFAULT_RETENTION.routingFieldsYears),
  })
  .refine((r) => r.routingFieldsYears >= r.personalDataYears, {
    error: 'retention: routingFieldsYears must be at least personalDataYears (the numbers outlive the personal data)',
  });
export type RetentionRules = z.infer<typeof RetentionRules>;

/** The instant `years` calendar years after `from` (UTC). */
export function yearsAfter(from: string, years: number): string {
  const at = new Date(from);
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return at.toISOString();
}
