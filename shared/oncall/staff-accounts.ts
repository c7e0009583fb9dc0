/**
 * The sign-in accounts behind the directory (Cognito in the cloud, the dev login's list locally). An
 * account is keyed by its e-mail across the whole deployment and carries the regency and role the staff
 * token will claim; every call names the regency of the caller's token, and an account of another regency
 * is refused, never touched.
 */
import type { StaffRole } from '../auth/staff-principal.js';
import { StaffAccountConflictError } from './errors.js';

export interface StaffAccount {
  readonly tenantId: string;
  /** Lower case: the username and the token's `email`. */
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
}

export interface StaffAccounts {
  /**
   * Creates the account (the invitation goes out by e-mail). One that already exists for the same regency
   * and role counts as created, so a retried request converges; another regency's or role: StaffAccountConflictError.
   */
  ensureAccount(account: StaffAccount): Promise<'created' | 'existed'>;
  /**
   * Lets the account sign in again or not. A missing account is created when enabling and needs nothing when
   * disabling; another regency's: StaffAccountConflictError.
   */
  setSignInEnabled(account: StaffAccount, enabled: boolean): Promise<void>;
}

/** Refuses an account that exists for another regency, or, for a person being added, with another role. */
export function checkExistingAccount(
  existing: { readonly tenantId?: string; readonly role?: StaffRole },
  account: StaffAccount,
  compare: 'regency' | 'regency-and-role',
): void {
  if (existing.tenantId !== account.tenantId) throw new StaffAccountConflictError('other-regency');
  if (compare === 'regency-and-role' && existing.role !== account.role) throw new StaffAccountConflictError('other-role');
}
