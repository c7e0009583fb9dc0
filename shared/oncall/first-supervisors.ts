/**
 * How a regency's team begins without the AWS CLI: config/deployment.json names each regency's first
 * supervisor, and the deploy creates their sign-in account (the invitation goes out by e-mail). Everyone
 * else is added by a supervisor in the console's directory. Idempotent: a deploy that finds the account
 * leaves it as it is; an e-mail that signs in for another regency (or as a responder) fails the deploy.
 */
import * as z from 'zod';
import { AppError } from '../errors.js';
import { TENANT_ID_PATTERN } from '../tenancy/tenant.js';
import type { StaffAccounts } from './staff-accounts.js';

export const FirstSupervisor = z.object({
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1).max(120),
});
export type FirstSupervisor = z.infer<typeof FirstSupervisor>;

/** Regency id → its first supervisor. */
export const FirstSupervisors = z.record(z.string().regex(TENANT_ID_PATTERN), FirstSupervisor);
export type FirstSupervisors = z.infer<typeof FirstSupervisors>;

/** Names the regency whose first supervisor could not be made (never the e-mail: it is shown in the deploy). */
export class FirstSupervisorError extends Error {
  constructor(
    readonly tenantId: string,
    options: { readonly cause: unknown },
  ) {
    super(`the first supervisor of ${tenantId} could not be created: ${errorCode(options.cause)}`, options);
    this.name = new.target.name;
  }
}

/** How many accounts were created now; the rest existed. */
export async function createFirstSupervisors(accounts: StaffAccounts, supervisors: FirstSupervisors): Promise<number> {
  let created = 0;
  for (const [tenantId, supervisor] of Object.entries(supervisors)) {
    try {
      if ((await accounts.ensureAccount({ tenantId, ...supervisor, role: 'supervisor' })) === 'created') created++;
    } catch (cause) {
      throw new FirstSupervisorError(tenantId, { cause });
    }
  }
  return created;
}

function errorCode(error: unknown): string {
  if (error instanceof AppError) return `${error.code} (${error.bilingual.en})`;
  return error instanceof Error ? error.name : 'unknown error';
}
