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

/** What a user pool does by itself: the regency rules of StaffAccounts are kept once, in AccountsOfRegencies. */
export interface AccountPool {
  /** Creates an enabled account (invitation sent); 'exists' when the e-mail already has one. */
  create(account: StaffAccount): Promise<'created' | 'exists'>;
  find(email: string): Promise<{ readonly tenantId?: string; readonly role?: StaffRole } | undefined>;
  setEnabled(email: string, enabled: boolean): Promise<void>;
}

/** StaffAccounts over any pool (Cognito in the cloud, the local table on a laptop): the same rules everywhere. */
export class AccountsOfRegencies implements StaffAccounts {
  constructor(private readonly pool: AccountPool) {}

  async ensureAccount(account: StaffAccount): Promise<'created' | 'existed'> {
    if ((await this.pool.create(account)) === 'created') return 'created';
    const existing = await this.pool.find(account.email);
    if (!existing) throw new Error('the staff account exists and cannot be read');
    if (existing.tenantId !== account.tenantId) throw new StaffAccountConflictError('other-regency');
    if (existing.role !== account.role) throw new StaffAccountConflictError('other-role');
    return 'existed';
  }

  async setSignInEnabled(account: StaffAccount, enabled: boolean): Promise<void> {
    const existing = await this.pool.find(account.email);
    if (!existing) {
      if (enabled) await this.ensureAccount(account);
      return;
    }
    if (existing.tenantId !== account.tenantId) throw new StaffAccountConflictError('other-regency');
    await this.pool.setEnabled(account.email, enabled);
  }
}
