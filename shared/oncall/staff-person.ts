/**
 * A person of a regency's response team, as its supervisors keep the directory: name, role, the e-mail
 * they sign in with, and a mobile number for alerts. The number is personal data: sealed (purpose
 * `staffPhone`) and opened only by the functions that send alerts and by the directory view.
 */
import * as z from 'zod';
import { StaffRole } from '../auth/staff-principal.js';
import type { SealedEnvelope } from '../crypto/envelope.js';
import { IndonesianPhone } from '../intake/report-submission.js';
import type { StaffRef } from '../staff/timeline.js';

/** Directory ids are ULIDs; anything else cannot name a person. */
export const PersonId = z.string().regex(/^[0-9A-Z]{26}$/, 'id orang tidak dikenal');

export interface StaffPerson {
  readonly tenantId: string;
  readonly personId: string;
  readonly name: string;
  readonly role: StaffRole;
  /** The sign-in e-mail (lower case): what the staff token names as the principal's id. */
  readonly email: string;
  /** E.164, sealed with context `{tenant, caseId: personId, purpose: 'staffPhone'}`. */
  readonly phone: SealedEnvelope;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Bumped by every change (optimistic locking). */
  readonly version: number;
}

/** The directory as supervisors see it: the number opened, never stored or logged this way. */
export interface StaffPersonView extends Omit<StaffPerson, 'phone' | 'tenantId'> {
  readonly phone: string;
}

export const NewPersonRequest = z.object({
  name: z.string().trim().min(1).max(120),
  role: StaffRole,
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  phone: IndonesianPhone,
});
export type NewPersonRequest = z.infer<typeof NewPersonRequest>;

export function phoneContext(tenantId: string, personId: string) {
  return { tenant: tenantId, caseId: personId, purpose: 'staffPhone' } as const;
}

/** How a case or the audit remembers a person of the directory. */
export function personRef(person: Pick<StaffPerson, 'email' | 'name' | 'role'>): StaffRef {
  return { id: person.email, name: person.name, role: person.role };
}
